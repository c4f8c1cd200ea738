import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../content/default-content.ts';
import { nextStep } from '../core/next-step.ts';
import type { Tree } from '../core/tree.ts';
import { validateTree } from '../core/validate.ts';
import { handoutText } from './handout-text.ts';

const trees = loadDefaultTrees();
const tree = (id: string): Tree => {
  const found = trees.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`tree ${id} is missing`);
  return found;
};

function outcome(treeId: string, query: string) {
  const step = nextStep(tree(treeId), Object.fromEntries(new URLSearchParams(query)), '2026-11-28');
  if (step.status !== 'outcome') throw new Error(`${query} has no outcome`);
  return step;
}

describe('the tenant handout "Uw tweede kans"', () => {
  it('names the deadline when the eviction date is known', () => {
    const step = outcome(
      'hulpverlening',
      'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=nee',
    );
    assert.equal(step.outcome.id, 'eerst-regeling');
    const handout = handoutText(tree('hulpverlening'), step, '2026-11-28');
    assert.match(handout?.deadline ?? '', /Meld u uiterlijk op 14 maart 2027 aan/);
    assert.match(handout?.body ?? '', /minimaal 6 maanden op tijd/);
    assert.doesNotMatch(handout?.body ?? '', /\{\{|\(datum nog niet bekend\)/);
  });

  it('says "within five years" without a date when the tree does not know the eviction date', () => {
    const step = outcome('corporaties', 'al_ontruimd=ja');
    const handout = handoutText(tree('corporaties'), step, '2026-11-28');
    assert.match(handout?.deadline ?? '', /Meld u binnen 5 jaar na de ontruiming aan/);
    assert.doesNotMatch(handout?.deadline ?? '', /\d{4}/);
  });

  it('falls back to the sentence without a date when a date in the deadline is unknown', () => {
    const step = outcome(
      'hulpverlening',
      'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=nee',
    );
    const handout = handoutText(tree('hulpverlening'), { ...step, dates: {} }, '2026-11-28');
    assert.match(handout?.deadline ?? '', /binnen 5 jaar na de ontruiming/);
  });

  it('is offered only on the outcomes the tree lists', () => {
    const step = outcome('hulpverlening', 'ontruimd=ja&reden=opiumwet');
    assert.equal(handoutText(tree('hulpverlening'), step, '2026-11-28'), undefined);
  });
});

describe('validating the handout', () => {
  const withHandout = (handout: object) => ({
    ...tree('hulpverlening'),
    handout: { ...tree('hulpverlening').handout, ...handout },
  });

  it('refuses a placeholder that is no parameter or date', () => {
    const { problems } = validateTree(withHandout({ body: 'Meld u aan voor {{onbekend}}.' }));
    assert.ok(
      problems.some(
        (problem) => problem.code === 'unknown-placeholder' && problem.path === 'handout.body',
      ),
      JSON.stringify(problems),
    );
  });

  it('refuses an outcome id that does not exist', () => {
    const { problems } = validateTree(withHandout({ offerOn: ['tweedekans', 'bestaat-niet'] }));
    assert.deepEqual(
      problems
        .filter((problem) => problem.path === 'handout.offerOn')
        .map((problem) => problem.code),
      ['unknown-outcome'],
    );
  });

  it('accepts both default trees', () => {
    for (const candidate of trees)
      assert.deepEqual(
        validateTree(candidate).problems.filter((problem) => problem.severity === 'error'),
        [],
      );
  });
});
