// Property tests of the engine: for any tree the
// validator accepts and any answers, nextStep returns a question (perhaps with
// a problem: the 4xx of the API) or an outcome — never a throw — and what it
// returns belongs to the tree. Trees come from tree-arbitrary.fixture.ts:
// random trees built to be valid, and random edits of the two default trees
// of which only the accepted ones are walked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  answersArbitrary,
  peildatumArbitrary,
  strangeKeyArbitrary,
} from '../../../test/support/answer-arbitrary.ts';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { treeInputArbitrary } from '../../../test/support/tree-arbitrary.ts';
import { mutatedTreeArbitrary, renameId } from '../../../test/support/tree-mutation.ts';
import { defaultTreeContents } from '../../content/default-content.ts';
import { compareDates, isPlainDate } from '../dates/plain-date.ts';
import { validateTree } from '../publish/validate.ts';
import type { Answers, Tree } from '../tree/tree.ts';
import { nextStep, type Step, type StepOptions } from './next-step.ts';

const problemCodes = [
  'missing',
  'unknown-option',
  'invalid-date',
  'year-not-four-digits',
  'year-out-of-range',
  'date-after-peildatum',
];
const dutchWord = /\b(een|de|het|datum|antwoord|kies|vul)\b/i;

/** A well-formed, existing calendar day (any year with four digits). */
function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Everything a caller may rely on in a step; throws (fails) otherwise. */
function assertStepBelongsToTree(
  tree: Tree,
  given: Answers,
  peildatum: string,
  options: StepOptions,
  step: Step,
): void {
  const nodes = new Map(tree.nodes.map((node) => [node.id, node]));
  if (step.status === 'question') {
    assert.equal(nodes.get(step.question.id), step.question, 'the question is a node of the tree');
    assert.notEqual(step.question.kind, 'check');
    const raw = Object.hasOwn(given, step.question.id) ? given[step.question.id] : undefined;
    if (step.problem) {
      assert.equal(step.problem.path, step.question.id);
      assert.ok(problemCodes.includes(step.problem.code), step.problem.code);
      assert.match(step.problem.message, dutchWord);
      if (step.problem.code === 'missing') {
        assert.equal(options.submitted, step.question.id);
        assert.ok(isBlank(raw));
      } else {
        assert.equal(step.problem.given, raw, 'the problem shows what was given');
      }
    } else {
      assert.ok(isBlank(raw), `a usable answer to ${step.question.id} was not used: ${raw}`);
    }
  } else {
    assert.ok(tree.outcomes.includes(step.outcome), 'the outcome is one of the tree');
    assert.deepEqual(
      step.requirements.map((requirement) => requirement.id),
      step.outcome.requirements,
    );
    for (const { met } of step.requirements) assert.ok([true, false, undefined].includes(met));
  }
  const answered: Record<string, string> = {};
  for (const entry of step.path) {
    const node = nodes.get(entry.node);
    assert.ok(node, `the path holds ${entry.node}, which is not a node`);
    assert.equal(node.kind, entry.kind === 'date-unknown' ? 'date' : entry.kind);
    if (entry.kind === 'choice' && node.kind === 'choice') {
      const option = node.options.find((candidate) => candidate.id === entry.answer);
      assert.ok(option, `${entry.answer} is not an option of ${node.id}`);
      assert.equal(entry.label, option.label);
      answered[entry.node] = entry.answer;
    } else if (entry.kind === 'date') {
      assert.ok(isPlainDate(entry.answer), entry.answer);
      // Only a question that allows the future (a planned eviction) takes a later date.
      if (node.kind === 'date' && !node.future)
        assert.ok(compareDates(entry.answer, peildatum) <= 0, 'a date answer after the peildatum');
      answered[entry.node] = entry.answer;
    } else if (entry.kind === 'date-unknown' && node.kind === 'date') {
      assert.equal(entry.label, node.unknown?.label);
      answered[entry.node] = 'onbekend';
    } else if (entry.kind === 'check' && node.kind === 'check') {
      const routes = [...node.branches.map((branch) => branch.next), node.else];
      assert.ok(routes.includes(entry.next), `${entry.next} is not a route of ${node.id}`);
    }
  }
  assert.deepEqual(step.answers, answered, 'the answers are exactly those on the path');
  const ruleIds = tree.dates.map((rule) => rule.id);
  for (const [id, date] of Object.entries(step.dates)) {
    assert.ok(ruleIds.includes(id), `${id} is not a derived date`);
    assert.ok(isCalendarDay(date), `${id} is ${date}, not a calendar day`);
  }
}

/** Walks and checks; returns the step so a property can say more. */
function walk(tree: Tree, given: Answers, peildatum: string, options: StepOptions): Step {
  const before = structuredClone(given);
  const step = nextStep(tree, given, peildatum, options);
  assert.deepEqual(given, before, 'nextStep changed the answers it was given');
  assertStepBelongsToTree(tree, given, peildatum, options, step);
  assert.deepEqual(nextStep(tree, given, peildatum, options), step, 'the same input, another step');
  return step;
}

/** A walk of an accepted tree: answers, peildatum, a start question and a submitted question. */
function walkInput(tree: Tree) {
  const questions = tree.nodes.filter((node) => node.kind !== 'check').map((node) => node.id);
  const optional = (ids: string[]) =>
    ids.length > 0
      ? fc.option(fc.constantFrom(...ids), { nil: undefined })
      : fc.constant(undefined);
  return fc.record({
    answers: answersArbitrary(tree),
    peildatum: peildatumArbitrary,
    start: optional(questions),
    submitted: optional(questions),
  });
}

function optionsOf(input: { start: string | undefined; submitted: string | undefined }) {
  return {
    ...(input.start !== undefined ? { start: input.start } : {}),
    ...(input.submitted !== undefined ? { submitted: input.submitted } : {}),
  };
}

/**
 * fc.assert with a short report: the error, the seed and the counterexample
 * cut to a readable length (fast-check's own report repeats the whole replay
 * path). Shrinking a tree can take minutes, so it stops after a few seconds.
 */
function assertProperty<T>(property: fc.IProperty<T>, numRuns: number): void {
  const details = fc.check(property, { numRuns, interruptAfterTimeLimit: 4_000 });
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample)?.slice(0, 4_000);
  const error = details.errorInstance;
  const cause = error instanceof Error ? (error.stack ?? error.message) : String(error);
  throw new Error(
    `Property failed after ${details.numRuns} runs (seed ${details.seed}, shrunk ${details.numShrinks} times):\n${cause}\nCounterexample: ${example}`,
  );
}

/** Validates each generated tree, walks the accepted ones; returns [accepted, total]. */
function walkAcceptedTrees(
  trees: fc.Arbitrary<unknown>,
  numRuns: number,
  check: (tree: Tree, input: fc.GeneratorValue) => void = (tree, g) => {
    const input = g(() => walkInput(tree));
    walk(tree, input.answers, input.peildatum, optionsOf(input));
  },
): [number, number] {
  let accepted = 0;
  let total = 0;
  assertProperty(
    fc.property(trees, fc.gen(), (input, g) => {
      total += 1;
      const { tree } = validateTree(input);
      if (!tree) return;
      accepted += 1;
      check(tree, g);
    }),
    numRuns,
  );
  return [accepted, total];
}

const defaultTrees = defaultTreeContents().map(({ content }) => content.tree);

describe('the engine on any valid tree', () => {
  it('answers random valid trees with a question, an outcome or a problem, and never throws', () => {
    const [accepted, total] = walkAcceptedTrees(treeInputArbitrary, 400);
    assert.ok(accepted >= total * 0.9, `only ${accepted} of ${total} random trees were valid`);
  });

  it('answers edited copies of the default trees that the validator accepts', () => {
    const edited = fc.constantFrom(...defaultTrees).chain(mutatedTreeArbitrary);
    const [accepted, total] = walkAcceptedTrees(edited, 400);
    assert.ok(accepted >= total * 0.15, `only ${accepted} of ${total} edited trees were valid`);
    assert.ok(accepted < total, 'no edit was ever refused: the edits are too timid');
  });

  it('ignores answers to questions the tree does not have', () => {
    walkAcceptedTrees(treeInputArbitrary, 200, (tree, g) => {
      const input = g(() => walkInput(tree));
      const strange = g(() =>
        fc.array(fc.tuple(strangeKeyArbitrary, fc.string({ maxLength: 8 })), { minLength: 1 }),
      );
      const ids = new Set(tree.nodes.map((node) => node.id));
      const extra = Object.fromEntries(strange.filter(([key]) => !ids.has(key)));
      const options = optionsOf(input);
      assert.deepEqual(
        walk(tree, { ...extra, ...input.answers }, input.peildatum, options),
        walk(tree, input.answers, input.peildatum, options),
      );
    });
  });

  it('lists each question and check at most once on the path', () => {
    // Found by this file: a check that reads a question further on asks it
    // first (path entry 1); when the walk then reaches that question, the
    // answer is accepted and entered again (entry 2), so "check your answers"
    // would show it twice.
    walkAcceptedTrees(treeInputArbitrary, 300, (tree, g) => {
      const input = g(() => walkInput(tree));
      const step = walk(tree, input.answers, input.peildatum, optionsOf(input));
      const nodes = step.path.map((entry) => entry.node);
      assert.deepEqual(
        nodes,
        [...new Set(nodes)],
        `a node twice on the path: ${nodes.join(' → ')}`,
      );
    });
  });

  it('reaches the same place again from the answers it kept', () => {
    walkAcceptedTrees(treeInputArbitrary, 200, (tree, g) => {
      const input = g(() => walkInput(tree));
      const start = input.start !== undefined ? { start: input.start } : {};
      const first = walk(tree, input.answers, input.peildatum, start);
      // An outcome is the root walk's (SPEC §4): its answers lead there from the root.
      const again = walk(
        tree,
        first.answers,
        input.peildatum,
        first.status === 'outcome' ? {} : start,
      );
      assert.deepEqual(again.path, first.path);
      assert.deepEqual(again.dates, first.dates);
      if (first.status === 'outcome') {
        assert.equal(again.status === 'outcome' && again.outcome.id, first.outcome.id);
      } else {
        assert.equal(again.status === 'question' && again.question.id, first.question.id);
        assert.equal(again.status === 'question' && again.problem, undefined);
      }
    });
  });
});

describe('the engine on trees that use names JavaScript objects have themselves', () => {
  it('walks a question named "constructor" like any other question', () => {
    // Found by this file: given["constructor"] is Object's constructor when
    // the answer is absent, and next-step.ts calls .trim() on it.
    const renamed = treeInputArbitrary.chain((input) => {
      const questions = input.nodes.filter((node) => node.kind !== 'check');
      return questions.length === 0
        ? fc.constant(input)
        : fc
            .constantFrom(...questions.map((node) => node.id))
            .map((id) => renameId(input as Record<string, unknown>, id, 'constructor'));
    });
    walkAcceptedTrees(renamed, 150);
  });

  it('refuses a date rule that names a parameter the tree does not have, even "constructor"', () => {
    // Found by this file: tree.parameters["constructor"] is inherited from
    // Object.prototype, so the validator takes it for a parameter and the
    // engine later throws "check … cannot be decided".
    for (const name of ['bestaat_niet', 'constructor']) {
      const tree = structuredClone(proefTree);
      const [firstRule] = tree.dates;
      assert.ok(firstRule);
      firstRule.add[0] = { amount: { param: name }, unit: 'years' };
      const { tree: accepted, problems } = validateTree(tree);
      assert.equal(accepted, undefined, `a rule with { param: ${name} } was accepted`);
      assert.ok(problems.some((problem) => problem.code === 'unknown-parameter'));
    }
  });
});

describe('the engine on parameters far beyond the SPEC', () => {
  it('keeps derived dates readable, or the validator refuses the parameter', () => {
    // Found by this file: termijn_jaren = 9000 makes "11022-03-15", which
    // plain-date.ts then cannot read ("not a plain date") and nextStep throws.
    const huge = fc.record({
      tree: fc.constantFrom(...defaultTrees, proefTree),
      value: fc.integer({ min: 5_000, max: 1_000_000 }),
    });
    const edited = huge.map(({ tree, value }) => {
      const copy = structuredClone(tree) as { parameters?: Record<string, { value: number }> };
      for (const parameter of Object.values(copy.parameters ?? {})) parameter.value = value;
      return copy;
    });
    walkAcceptedTrees(edited, 100, (tree, g) => {
      const dateQuestions = tree.nodes
        .filter((node) => node.kind === 'date')
        .map((node) => node.id);
      const answers = g(() =>
        answersArbitrary(tree).map((given) => ({
          ...given,
          ...Object.fromEntries(dateQuestions.map((id) => [id, '2022-03-15'])),
        })),
      );
      walk(tree, answers, '2026-11-28', {});
    });
  });
});
