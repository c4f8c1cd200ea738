// A scenario as the form holds it (every field as typed) and back: answers
// one per question, the expected outcome or question, expected dates,
// requirement states and answer problem.

import type { Scenario } from '../../../core/publish/scenarios.ts';
import type { Tree } from '../../../core/tree/tree.ts';
import { type AnswerProblemCode, nextStep, type Step } from '../../../core/walk/next-step.ts';

export interface ScenarioState {
  name: string;
  peildatum: string;
  start: string;
  submitted: string;
  /** Question id → answer; '' is no answer. Also ids that are not (any more) in the tree. */
  answers: Record<string, string>;
  /** `outcome:<id>` or `question:<id>`. */
  expect: string;
  /** Derived date id → '' (not checked), `geen` (no date) or the date. */
  dates: Record<string, string>;
  /** Requirement id → '' (not checked), `voldaan`, `niet-voldaan`, `onbekend`. */
  requirements: Record<string, string>;
  problemField: string;
  problemCode: string;
}

export const problemCodes: { value: AnswerProblemCode; label: string }[] = [
  { value: 'missing', label: 'geen antwoord gegeven' },
  { value: 'unknown-option', label: 'onbekend antwoord' },
  { value: 'invalid-date', label: 'geen geldige datum' },
  { value: 'year-not-four-digits', label: 'jaar niet in 4 cijfers' },
  { value: 'year-out-of-range', label: 'jaar vóór 1900 of na 2999' },
  { value: 'date-after-peildatum', label: 'datum na de peildatum' },
];

const truthWords = { voldaan: true, 'niet-voldaan': false, onbekend: null } as const;

export function blankScenario(tree: Tree): ScenarioState {
  return {
    name: '',
    peildatum: '',
    start: '',
    submitted: '',
    answers: {},
    expect: '',
    dates: Object.fromEntries(tree.dates.map((rule) => [rule.id, ''])),
    requirements: Object.fromEntries(tree.requirements.map((requirement) => [requirement.id, ''])),
    problemField: '',
    problemCode: '',
  };
}

export function scenarioState(tree: Tree, scenario: Scenario): ScenarioState {
  const blank = blankScenario(tree);
  const { expect } = scenario;
  return {
    ...blank,
    name: scenario.name,
    peildatum: scenario.peildatum,
    start: scenario.start ?? '',
    submitted: scenario.submitted ?? '',
    answers: { ...scenario.answers },
    expect: expect.outcome ? `outcome:${expect.outcome}` : `question:${expect.question ?? ''}`,
    dates: {
      ...blank.dates,
      ...Object.fromEntries(
        Object.entries(expect.dates ?? {}).map(([id, date]) => [id, date ?? 'geen']),
      ),
    },
    requirements: {
      ...blank.requirements,
      ...Object.fromEntries(
        Object.entries(expect.requirements ?? {}).map(([id, met]) => [
          id,
          met === null ? 'onbekend' : met ? 'voldaan' : 'niet-voldaan',
        ]),
      ),
    },
    problemField: expect.problem?.field ?? '',
    problemCode: expect.problem?.code ?? '',
  };
}

/** The scenario of the state, or the problems by field name. */
export function scenarioOf(
  state: ScenarioState,
): { scenario: Scenario } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const [kind, id] = state.expect.split(':');
  if ((kind !== 'outcome' && kind !== 'question') || !id) {
    errors.expect = 'Kies bij welke uitkomst of vraag dit scenario moet eindigen.';
  }
  if (!state.peildatum.trim()) errors.peildatum = 'Vul een peildatum in, bijvoorbeeld 2026-11-28.';
  if ((state.problemField === '') !== (state.problemCode === '')) {
    errors[state.problemField ? 'problemCode' : 'problemField'] =
      'Kies bij een verwacht probleem zowel de vraag als het soort probleem.';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const dates = Object.entries(state.dates).filter(([, value]) => value.trim() !== '');
  const requirements = Object.entries(state.requirements).filter(
    ([, value]) => value in truthWords,
  );
  const scenario: Scenario = {
    name: state.name,
    peildatum: state.peildatum.trim(),
    answers: Object.fromEntries(
      Object.entries(state.answers).filter(([, answer]) => answer !== ''),
    ),
    ...(state.start ? { start: state.start } : {}),
    ...(state.submitted ? { submitted: state.submitted } : {}),
    expect: {
      ...(kind === 'outcome' ? { outcome: id } : { question: id }),
      ...(dates.length > 0
        ? {
            dates: Object.fromEntries(
              dates.map(([date, value]) => [date, value.trim() === 'geen' ? null : value.trim()]),
            ),
          }
        : {}),
      ...(state.problemField
        ? { problem: { field: state.problemField, code: state.problemCode as AnswerProblemCode } }
        : {}),
      ...(requirements.length > 0
        ? {
            requirements: Object.fromEntries(
              requirements.map(([requirement, value]) => [
                requirement,
                truthWords[value as keyof typeof truthWords],
              ]),
            ),
          }
        : {}),
    },
  };
  return { scenario };
}

/**
 * The state with the expectation taken from what the tree now does: the
 * outcome or question reached, and the same dates and requirements checked,
 * with their new values. For after a policy change, reviewed before saving.
 */
export function adoptResult(
  tree: Tree,
  scenario: Scenario,
  state: ScenarioState,
): ScenarioState | undefined {
  let step: Step;
  try {
    step = nextStep(tree, scenario.answers, scenario.peildatum, {
      ...(scenario.start ? { start: scenario.start } : {}),
      ...(scenario.submitted ? { submitted: scenario.submitted } : {}),
    });
  } catch {
    return undefined;
  }
  const shown = step.status === 'outcome' ? step.requirements : [];
  const word = (met: boolean | undefined) =>
    met === undefined ? 'onbekend' : met ? 'voldaan' : 'niet-voldaan';
  const problem = step.status === 'question' ? step.problem : undefined;
  return {
    ...state,
    expect:
      step.status === 'outcome' ? `outcome:${step.outcome.id}` : `question:${step.question.id}`,
    dates: Object.fromEntries(
      Object.entries(state.dates).map(([id, value]) => [
        id,
        value === '' ? '' : (step.dates[id] ?? 'geen'),
      ]),
    ),
    requirements: Object.fromEntries(
      Object.entries(state.requirements).map(([id, value]) => {
        const requirement = shown.find((candidate) => candidate.id === id);
        return [id, value === '' || !requirement ? '' : word(requirement.met)];
      }),
    ),
    problemField: problem?.path ?? '',
    problemCode: problem?.code ?? '',
  };
}
