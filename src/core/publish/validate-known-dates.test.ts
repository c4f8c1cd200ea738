import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import type { TreeInput } from '../tree/tree.ts';
import { type TreeProblem, validateTree } from './validate.ts';

function problemsOf(change: (tree: TreeInput & typeof proefTree) => void): TreeProblem[] {
  const tree = structuredClone(proefTree) as TreeInput & typeof proefTree;
  change(tree);
  return validateTree(tree).problems.filter((problem) => problem.severity === 'error');
}

function dateNode(tree: typeof proefTree) {
  const node = tree.nodes.find((candidate) => candidate.id === 'datum_ontruiming');
  assert.ok(node && node.kind === 'date');
  return node as { unknown?: { label: string; next: string } };
}

describe('the validator on dates that are not known (SPEC §4)', () => {
  it('accepts the fixture and the default trees', () => {
    assert.deepEqual(
      problemsOf(() => {}),
      [],
    );
    for (const tree of loadDefaultTrees())
      assert.deepEqual(
        validateTree(tree).problems.filter((p) => p.severity === 'error'),
        [],
      );
  });

  it('refuses a date question without "Ik weet de datum niet precies"', () => {
    const problems = problemsOf((tree) => {
      delete dateNode(tree).unknown;
    });
    const found = problems.filter((problem) => problem.code === 'date-without-unknown');
    assert.deepEqual(
      found.map((problem) => problem.path),
      ['nodes.datum_ontruiming.unknown'],
    );
    assert.match(
      found[0]?.message ?? '',
      /datumvraag "datum_ontruiming".*Ik weet de datum niet precies/,
    );
  });

  it('refuses "Ik weet de datum niet precies" that leads to a question', () => {
    const problems = problemsOf((tree) => {
      const node = dateNode(tree);
      if (node.unknown) node.unknown.next = 'bewind';
    });
    assert.ok(problems.some((problem) => problem.code === 'date-unknown-not-outcome'));
  });

  it('refuses an outcome text with a date that a route to it does not know, naming outcome and date', () => {
    const problems = problemsOf((tree) => {
      const outcome = tree.outcomes.find((candidate) => candidate.id === 'geen-traject');
      assert.ok(outcome);
      outcome.nextSteps = 'Meld aan vóór {{uiterste_aanmelddatum}}.';
    });
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.path]),
      [['outcome-date-not-known', 'outcomes.geen-traject.nextSteps']],
    );
    assert.match(
      problems[0]?.message ?? '',
      /uitkomst "geen-traject" toont \{\{uiterste_aanmelddatum\}\} \(Uiterste aanmelddatum\).*ontruimd = nee → geen-traject/,
    );
  });

  it('knows a derived date whose amount depends on an answer only where that answer is given', () => {
    // aanmelden_vanaf adds 4 or 6 months depending on bewind: on the route
    // ontruimd → datum_ontruiming → bewind it is known, before bewind it is not.
    assert.deepEqual(
      problemsOf((tree) => {
        const outcome = tree.outcomes.find((candidate) => candidate.id === 'tweedekans');
        assert.ok(outcome);
        outcome.title = 'Aanmelden vanaf {{aanmelden_vanaf}}';
      }),
      [],
    );
    const early = problemsOf((tree) => {
      const outcome = tree.outcomes.find((candidate) => candidate.id === 'datum-onbekend');
      assert.ok(outcome);
      outcome.title = 'Aanmelden vanaf {{aanmelden_vanaf}}';
    });
    assert.deepEqual(
      early.map((problem) => problem.code),
      ['outcome-date-not-known'],
    );
  });

  it('refuses a past outcome whose requirement a route cannot decide', () => {
    const problems = problemsOf((tree) => {
      const outcome = tree.outcomes.find((candidate) => candidate.id === 'tweedekans');
      assert.ok(outcome);
      tree.requirements.push({
        id: 'hulp',
        label: 'Hulp',
        test: { answer: 'hulpverlening', is: 'ja' },
      } as never);
      tree.nodes.push({
        id: 'hulpverlening',
        kind: 'choice',
        text: 'Hulp?',
        help: 'Uitleg.',
        options: [
          { id: 'ja', label: 'Ja', next: 'tweedekans' },
          { id: 'nee', label: 'Nee', next: 'geen-traject' },
        ],
      } as never);
      outcome.requirements = ['binnen_termijn', 'hulp'];
      const bewind = tree.nodes.find((candidate) => candidate.id === 'bewind') as {
        options: { id: string; next: string }[];
      };
      bewind.options = [
        { id: 'ja', label: 'Ja', next: 'hulpverlening' },
        { id: 'nee', label: 'Nee', next: 'binnen_termijn' },
      ] as never;
    });
    const found = problems.filter((problem) => problem.code === 'past-requirement-undecided');
    assert.equal(found.length, 1, JSON.stringify(problems));
    assert.match(
      found[0]?.message ?? '',
      /uitkomst "tweedekans".*voorwaarde "hulp".*"hulpverlening" is dan niet bekend/,
    );
  });
});
