// A scenario's expectation taken from what the tree now does: for after a
// policy change (a period of the shared rules), reviewed by the beheerder.
// The same dates and requirements stay checked, with their new values.

import type { Tree } from '../tree/tree.ts';
import { nextStep } from '../walk/next-step.ts';
import { runScenario, type Scenario, type ScenarioFile } from './scenarios.ts';

export function adoptExpectation(tree: Tree, scenario: Scenario): Scenario {
  const step = nextStep(tree, scenario.answers, scenario.peildatum, {
    ...(scenario.start ? { start: scenario.start } : {}),
    ...(scenario.submitted ? { submitted: scenario.submitted } : {}),
  });
  const { expect } = scenario;
  const shown = step.status === 'outcome' ? step.requirements : [];
  const problem = step.status === 'question' ? step.problem : undefined;
  return {
    ...scenario,
    expect: {
      ...(step.status === 'outcome'
        ? { outcome: step.outcome.id }
        : { question: step.question.id }),
      ...(expect.dates && {
        dates: Object.fromEntries(
          Object.keys(expect.dates).map((id) => [id, step.dates[id] ?? null]),
        ),
      }),
      ...(expect.requirements &&
        step.status === 'outcome' && {
          requirements: Object.fromEntries(
            Object.keys(expect.requirements).flatMap((id) => {
              const state = shown.find((requirement) => requirement.id === id);
              return state ? [[id, state.met ?? null]] : [];
            }),
          ),
        }),
      ...(problem && { problem: { field: problem.path, code: problem.code } }),
    },
  };
}

/** The file with every failing scenario's expectation adopted; the names of those changed. */
export function adoptFailingScenarios(
  tree: Tree,
  file: ScenarioFile,
): { file: ScenarioFile; adopted: string[] } {
  const adopted: string[] = [];
  const scenarios = file.scenarios.map((scenario) => {
    if (runScenario(tree, scenario).passed) return scenario;
    adopted.push(scenario.name);
    return adoptExpectation(tree, scenario);
  });
  return { file: { ...file, scenarios }, adopted };
}
