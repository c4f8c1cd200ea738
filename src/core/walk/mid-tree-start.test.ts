// SPEC §4, the engine's promise, as properties: a walk that starts at any node
// and answers what it is asked ends with the same outcome and the same dates
// as the walk from the root with the same answers; an outcome with verdict
// past shows every requirement decided (and, on the default trees, met).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { peildatumArbitrary } from '../../../test/support/answer-arbitrary.ts';
import { treeInputArbitrary } from '../../../test/support/tree-arbitrary.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { addCalendar } from '../dates/plain-date.ts';
import { validateTree } from '../publish/validate.ts';
import type { Tree } from '../tree/tree.ts';
import { dateNotKnown } from './derived-dates.ts';
import { nextStep, type Step } from './next-step.ts';

/** A valid answer to every question: an option, a date up to the peildatum, or "onbekend". */
function fullAnswers(tree: Tree, peildatum: string): fc.Arbitrary<Record<string, string>> {
  const perQuestion = tree.nodes.flatMap((node) => {
    if (node.kind === 'check') return [];
    if (node.kind === 'choice') {
      return [
        fc.constantFrom(...node.options.map((option) => option.id)).map((id) => [node.id, id]),
      ];
    }
    const date = fc
      .integer({ min: 0, max: 4_000 })
      .map((days) => addCalendar(peildatum, -days, 'days'));
    const answer = node.unknown
      ? fc.oneof(
          { weight: 4, arbitrary: date },
          { weight: 1, arbitrary: fc.constant(dateNotKnown) },
        )
      : date;
    return [answer.map((value) => [node.id, value])];
  });
  return fc.tuple(...perQuestion).map((entries) => Object.fromEntries(entries));
}

/** Walks from `start`, answering each question asked from `answers`; returns the end and what was given. */
function walkFromStart(
  tree: Tree,
  answers: Record<string, string>,
  peildatum: string,
  start: string,
): { step: Step; given: Record<string, string> } {
  const given: Record<string, string> = {};
  for (let asked = 0; asked <= tree.nodes.length; asked++) {
    const step = nextStep(tree, given, peildatum, { start });
    if (step.status === 'outcome') return { step, given };
    assert.equal(step.problem, undefined, `a problem at ${step.question.id}`);
    const answer = answers[step.question.id];
    assert.ok(answer !== undefined, `${step.question.id} has no answer`);
    assert.ok(!(step.question.id in given), `${step.question.id} was asked twice`);
    given[step.question.id] = answer;
  }
  assert.fail('the walk asked more questions than the tree has');
}

function assertPromiseKept(tree: Tree, g: fc.GeneratorValue): void {
  const peildatum = g(() => peildatumArbitrary.filter((date) => date >= '1911-01-01'));
  const answers = g(() => fullAnswers(tree, peildatum));
  const start = g(() => fc.constantFrom(...tree.nodes.map((node) => node.id)));
  const { step, given } = walkFromStart(tree, answers, peildatum, start);
  const fromRoot = nextStep(tree, given, peildatum);
  assert.equal(fromRoot.status, 'outcome');
  if (step.status !== 'outcome' || fromRoot.status !== 'outcome') return;
  assert.equal(step.outcome.id, fromRoot.outcome.id, `start ${start}: another outcome`);
  assert.deepEqual(step.dates, fromRoot.dates, `start ${start}: other dates`);
  if (step.outcome.verdict === 'past') {
    for (const requirement of step.requirements) {
      assert.notEqual(requirement.met, undefined, `past with ${requirement.id} not decided`);
    }
  }
}

/** Runs the property (at most 6 s, so a busy machine runs fewer cases); returns how many ran. */
function check(property: fc.IProperty<[unknown, fc.GeneratorValue]>, numRuns: number): number {
  const details = fc.check(property, { numRuns, interruptAfterTimeLimit: 6_000 });
  if (!details.failed) return details.numRuns;
  const error = details.errorInstance;
  const cause = error instanceof Error ? error.message : String(error);
  const example = JSON.stringify(details.counterexample?.[0])?.slice(0, 3_000);
  throw new Error(`Failed (seed ${details.seed}): ${cause}\nTree: ${example}`);
}

describe("a walk started at any node (SPEC §4, the engine's promise)", () => {
  it('ends on random valid trees with the outcome and dates of the walk from the root', () => {
    let accepted = 0;
    const ran = check(
      fc.property(treeInputArbitrary, fc.gen(), (input, g) => {
        const { tree } = validateTree(input);
        if (!tree) return;
        accepted += 1;
        assertPromiseKept(tree, g);
      }),
      400,
    );
    // Most generated trees must be valid, or the property says little.
    assert.ok(ran >= 50, `only ${ran} cases ran`);
    assert.ok(accepted > ran / 2, `only ${accepted} of ${ran} random trees were valid`);
  });

  for (const defaultTree of loadDefaultTrees()) {
    const { tree } = validateTree(defaultTree);
    it(`ends on the default tree ${defaultTree.id} like the walk from the root`, () => {
      assert.ok(tree, `the default tree ${defaultTree.id} is not valid`);
      check(
        fc.property(fc.constant(null), fc.gen(), (_, g) => assertPromiseKept(tree, g)),
        600,
      );
    });

    it(`shows ${defaultTree.id}'s past outcomes only with every requirement met`, () => {
      assert.ok(tree);
      check(
        fc.property(fc.constant(null), fc.gen(), (_, g) => {
          const peildatum = g(() => fc.constantFrom('2026-11-28', '2024-02-29', '2031-06-01'));
          const answers = g(() => fullAnswers(tree, peildatum));
          const start = g(() => fc.constantFrom(...tree.nodes.map((node) => node.id)));
          const { step } = walkFromStart(tree, answers, peildatum, start);
          if (step.status !== 'outcome' || step.outcome.verdict !== 'past') return;
          for (const requirement of step.requirements) {
            assert.equal(requirement.met, true, `${step.outcome.id}: ${requirement.id} not met`);
          }
        }),
        600,
      );
    });
  }
});
