// The engine: answers + peildatum -> the next question or an outcome, with the
// path that led there. Pure: the caller passes the peildatum and renders.

import type { PlainDate } from '../dates/plain-date.ts';
import type { Answers, QuestionNode, Tree } from '../tree/tree.ts';
import { computeDates } from './derived-dates.ts';
import type { Step, StepOptions } from './step.ts';
import { walkFrom } from './walk-from.ts';

export type {
  AnswerProblem,
  AnswerProblemCode,
  PathEntry,
  RequirementState,
  Step,
  StepOptions,
} from './step.ts';

export function questionById(tree: Tree, id: string): QuestionNode | undefined {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  return node && node.kind !== 'check' ? node : undefined;
}

/**
 * SPEC §4, the engine's promise: a start mid-tree changes the order of the
 * questions, never the outcome. The walk first follows the tree from the
 * start node; once that reaches an outcome, it walks from the root with the
 * same answers and asks what that walk still needs. Only the root walk's
 * outcome is ever returned, so it is the outcome (and the dates) of a walk
 * from the root with these answers.
 */
export function nextStep(
  tree: Tree,
  given: Answers,
  peildatum: PlainDate,
  options: StepOptions = {},
): Step {
  const { start, submitted } = options;
  if (start === undefined || start === tree.start) {
    return walkFrom(tree, given, peildatum, tree.start, submitted);
  }
  const fromStart = walkFrom(tree, given, peildatum, start, submitted);
  if (fromStart.status === 'question') return fromStart;
  const fromRoot = walkFrom(tree, given, peildatum, tree.start, submitted);
  if (fromRoot.status === 'outcome') return fromRoot;
  // Asking a root-path question: the answers from the start node stay with the
  // walk (the next request needs them), listed before the root path's.
  const path = [...fromStart.path];
  for (const entry of fromRoot.path) {
    if (!path.some((earlier) => earlier.node === entry.node)) path.push(entry);
  }
  const answers = { ...fromRoot.answers, ...fromStart.answers };
  return { ...fromRoot, path, answers, dates: computeDates(tree, answers, peildatum) };
}
