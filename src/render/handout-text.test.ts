import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../content/default-content.ts';
import { validateTree } from '../core/publish/validate.ts';
import type { Tree } from '../core/tree/tree.ts';
import { nextStep } from '../core/walk/next-step.ts';
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
      'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja',
    );
    assert.equal(step.outcome.id, 'tweedekans');
    const handout = handoutText(tree('hulpverlening'), step, '2026-11-28');
    assert.match(handout?.deadline ?? '', /u uiterlijk op 14 maart 2027 aanmelden/);
    assert.match(handout?.body ?? '', /Dan moet u eerst 6 maanden een betalingsregeling hebben/);
    assert.match(
      handout?.body ?? '',
      /Een hulpverlener meldt u aan\. Hebt u nog geen hulpverlener\? Ga dan naar WIJ Groningen\./,
    );
    assert.doesNotMatch(handout?.body ?? '', /\{\{|\(datum nog niet bekend\)/);
  });

  it('gives both dates when registering is possible only from a later day', () => {
    const step = outcome(
      'hulpverlening',
      'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-08-01&bewind=nee',
    );
    assert.equal(step.outcome.id, 'nog-niet');
    const deadline = handoutText(tree('hulpverlening'), step, '2026-11-28')?.deadline ?? '';
    assert.match(deadline, /goed op 1 februari 2027/);
    assert.match(deadline, /uiterlijk op 14 maart 2027/);
  });

  it('leaves out a date that lies before the day of printing', () => {
    const step = outcome(
      'hulpverlening',
      'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-01-01&bewind=nee&hulpverlening=ja',
    );
    assert.equal(step.outcome.id, 'tweedekans');
    const deadline = handoutText(tree('hulpverlening'), step, '2026-11-28')?.deadline ?? '';
    assert.doesNotMatch(deadline, /1 juli 2026/);
    assert.match(deadline, /uiterlijk op 14 maart 2027/);
  });

  it('gives the corporation the deadline that follows from the eviction date', () => {
    const step = outcome(
      'corporaties',
      'al_ontruimd=ja&woning_in_gemeente=ja&reden=overlast&datum_ontruiming=2022-03-15',
    );
    const handout = handoutText(tree('corporaties'), step, '2026-11-28');
    assert.match(handout?.deadline ?? '', /uiterlijk op 14 maart 2027/);
    assert.doesNotMatch(handout?.deadline ?? '', /doorgaat/);
  });

  it('falls back to the sentence without a date when a date in the deadline is unknown', () => {
    const step = outcome(
      'hulpverlening',
      'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja',
    );
    const handout = handoutText(tree('hulpverlening'), { ...step, dates: {} }, '2026-11-28');
    assert.match(handout?.deadline ?? '', /tot 5 jaar na de ontruiming/);
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
