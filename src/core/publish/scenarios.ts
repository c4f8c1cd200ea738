// Scenarios: domain cases as data, one YAML file beside each tree
// (content/trees/<id>.scenarios.yaml). Each scenario walks the tree with the
// engine and compares where it ends; together they must visit every node and
// outcome (the a2j flows test, STYLE.md).
import { z } from 'zod';
import { isPlainDate } from '../dates/plain-date.ts';
import { type ReadableIssue, readableIssues } from '../tree/readable-issues.ts';
import { idSchema, type Tree } from '../tree/tree.ts';
import { type AnswerProblemCode, nextStep, questionById, type Step } from '../walk/next-step.ts';

const answerProblemCodes = [
  'missing',
  'unknown-option',
  'invalid-date',
  'year-not-four-digits',
  'year-out-of-range',
  'date-after-peildatum',
] as const satisfies readonly AnswerProblemCode[];

const expectationSchema = z
  .strictObject({
    outcome: idSchema.optional(),
    question: idSchema.optional(),
    /** Derived dates; null asserts the date is absent. */
    dates: z.record(idSchema, z.string().nullable()).optional(),
    problem: z.strictObject({ field: idSchema, code: z.enum(answerProblemCodes) }).optional(),
    /** Requirement states on the outcome; null means unknown. */
    requirements: z.record(idSchema, z.boolean().nullable()).optional(),
  })
  .refine((expect) => (expect.outcome === undefined) !== (expect.question === undefined), {
    message: 'noem precies één van "outcome" en "question"',
  });

export const scenarioSchema = z.strictObject({
  /** A sentence about behaviour: what this case shows. */
  name: z.string().trim().min(1, 'de naam is leeg'),
  /** Checked when the scenario runs, so a bad date fails one scenario, not the file. */
  peildatum: z.string(),
  answers: z.record(idSchema, z.string()).default({}),
  start: idSchema.optional(),
  submitted: idSchema.optional(),
  expect: expectationSchema,
});

export const scenarioFileSchema = z.strictObject({
  tree: idSchema,
  scenarios: z.array(scenarioSchema).min(1),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** Dutch, each saying what was expected and what happened. */
  failures: string[];
  /** Node ids on the path plus the question or outcome reached. */
  visitedIds: string[];
}

export function parseScenarioFile(input: unknown): {
  file?: ScenarioFile;
  problems: ReadableIssue[];
} {
  const parsed = scenarioFileSchema.safeParse(input);
  return parsed.success
    ? { file: parsed.data, problems: [] }
    : { problems: readableIssues(parsed.error.issues, input) };
}

function describeStep(step: Step): string {
  return step.status === 'outcome'
    ? `uitkomst "${step.outcome.id}"`
    : `vraag "${step.question.id}"`;
}

function describeTruth(value: boolean | null | undefined): string {
  return value === undefined || value === null ? 'onbekend' : value ? 'voldaan' : 'niet voldaan';
}

/** Why a scenario cannot run on this tree at all. */
function setupFailures(tree: Tree, scenario: Scenario): string[] {
  const failures: string[] = [];
  if (!isPlainDate(scenario.peildatum)) {
    failures.push(
      `De peildatum "${scenario.peildatum}" is geen bestaande datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-28.`,
    );
  }
  for (const [field, id] of [
    ['start', scenario.start],
    ['submitted', scenario.submitted],
  ] as const) {
    if (id !== undefined && !questionById(tree, id)) {
      failures.push(`"${field}: ${id}" is geen vraag van de boom "${tree.id}". Kies een vraag.`);
    }
  }
  for (const id of Object.keys(scenario.answers)) {
    if (!questionById(tree, id)) {
      failures.push(
        `Er is een antwoord voor "${id}", maar de boom "${tree.id}" heeft geen vraag met die id.`,
      );
    }
  }
  return failures;
}

function compareStep(tree: Tree, scenario: Scenario, step: Step): string[] {
  const failures: string[] = [];
  const { expect } = scenario;
  const reached = describeStep(step);
  if (
    expect.outcome !== undefined &&
    (step.status !== 'outcome' || step.outcome.id !== expect.outcome)
  ) {
    failures.push(
      `Verwacht uitkomst "${expect.outcome}", maar het scenario eindigt bij ${reached}.`,
    );
  }
  if (
    expect.question !== undefined &&
    (step.status !== 'question' || step.question.id !== expect.question)
  ) {
    failures.push(`Verwacht vraag "${expect.question}", maar het scenario eindigt bij ${reached}.`);
  }
  const problem = step.status === 'question' ? step.problem : undefined;
  if (expect.problem) {
    const wanted = `${expect.problem.code} bij "${expect.problem.field}"`;
    if (!problem) failures.push(`Verwacht probleem ${wanted}, maar er is geen probleem.`);
    else if (problem.path !== expect.problem.field || problem.code !== expect.problem.code) {
      failures.push(
        `Verwacht probleem ${wanted}, maar kreeg ${problem.code} bij "${problem.path}".`,
      );
    }
  } else if (problem) {
    failures.push(`Onverwacht probleem ${problem.code} bij "${problem.path}": ${problem.message}`);
  }
  for (const [id, wanted] of Object.entries(expect.dates ?? {})) {
    const actual = step.dates[id];
    if (!tree.dates.some((rule) => rule.id === id)) {
      failures.push(`"${id}" is geen berekende datum van de boom "${tree.id}".`);
    } else if (wanted === null && actual !== undefined) {
      failures.push(`Verwacht geen datum "${id}", maar kreeg ${actual}.`);
    } else if (wanted !== null && actual !== wanted) {
      failures.push(`Datum "${id}": verwacht ${wanted}, maar kreeg ${actual ?? 'geen datum'}.`);
    }
  }
  if (expect.requirements && step.status !== 'outcome') {
    failures.push(
      `Voorwaarden verwacht, maar het scenario eindigt bij ${reached} en niet bij een uitkomst.`,
    );
  } else if (expect.requirements && step.status === 'outcome') {
    for (const [id, wanted] of Object.entries(expect.requirements)) {
      const state = step.requirements.find((requirement) => requirement.id === id);
      if (!state) {
        failures.push(`De uitkomst "${step.outcome.id}" toont de voorwaarde "${id}" niet.`);
      } else if ((state.met ?? null) !== wanted) {
        failures.push(
          `Voorwaarde "${id}": verwacht ${describeTruth(wanted)}, maar kreeg ${describeTruth(state.met)}.`,
        );
      }
    }
  }
  return failures;
}

export function runScenario(tree: Tree, scenario: Scenario): ScenarioResult {
  const result = (failures: string[], visitedIds: string[] = []): ScenarioResult => ({
    name: scenario.name,
    passed: failures.length === 0,
    failures,
    visitedIds,
  });
  const setup = setupFailures(tree, scenario);
  if (setup.length > 0) return result(setup);
  let step: Step;
  try {
    step = nextStep(tree, scenario.answers, scenario.peildatum, {
      ...(scenario.start && { start: scenario.start }),
      ...(scenario.submitted && { submitted: scenario.submitted }),
    });
  } catch (error) {
    // Only a tree that did not pass the validator gets here.
    return result([`De boom "${tree.id}" kon niet worden doorlopen: ${(error as Error).message}`]);
  }
  const end = step.status === 'outcome' ? step.outcome.id : step.question.id;
  return result(compareStep(tree, scenario, step), [...step.path.map((entry) => entry.node), end]);
}

export function runScenarios(tree: Tree, file: ScenarioFile): ScenarioResult[] {
  if (file.tree !== tree.id) {
    return file.scenarios.map((scenario) => ({
      name: scenario.name,
      passed: false,
      failures: [`Dit scenario is voor de boom "${file.tree}", niet voor "${tree.id}".`],
      visitedIds: [],
    }));
  }
  return file.scenarios.map((scenario) => runScenario(tree, scenario));
}

/** The nodes and outcomes of a tree that no scenario visited, in tree order. */
export function unvisitedIds(
  tree: Tree,
  results: readonly ScenarioResult[],
): { nodes: string[]; outcomes: string[] } {
  const visited = new Set(results.flatMap((result) => result.visitedIds));
  return {
    nodes: tree.nodes.map((node) => node.id).filter((id) => !visited.has(id)),
    outcomes: tree.outcomes.map((outcome) => outcome.id).filter((id) => !visited.has(id)),
  };
}
