// What one step of a walk is: the path so far, the accepted answers, the
// derived dates, and then a question (perhaps with a problem) or an outcome.
// Types only, so the engine's modules share them without importing each other.

import type { PlainDate } from '../dates/plain-date.ts';
import type { Problem } from '../problem.ts';
import type { Outcome, QuestionNode } from '../tree/tree.ts';
import type { Truth } from './condition.ts';

export type PathEntry =
  | { kind: 'choice'; node: string; answer: string; label: string }
  | { kind: 'date'; node: string; answer: PlainDate }
  /** "Ik weet de datum niet precies": the label the question gives it. */
  | { kind: 'date-unknown'; node: string; label: string }
  | { kind: 'check'; node: string; passed: boolean; next: string };

export type AnswerProblemCode =
  | 'missing'
  | 'unknown-option'
  /** Not a date, or a day that does not exist (31-02-2022). */
  | 'invalid-date'
  /** `1-3-22`: the year needs 4 digits. */
  | 'year-not-four-digits'
  /** A year before 1900 (or after 2999): probably a typing mistake. */
  | 'year-out-of-range'
  | 'date-after-peildatum';

/** A rejected answer, pointing at the question it belongs to. */
export interface AnswerProblem extends Problem<AnswerProblemCode> {
  /** What was given, so the form can show it again (nothing is lost). */
  given?: string;
}

export interface RequirementState {
  id: string;
  label: string;
  met: Truth;
}

interface StepBase {
  path: PathEntry[];
  /** The accepted answers on the path, normalised; everything else is dropped. */
  answers: Record<string, string>;
  /** The derived dates (SPEC §5) that these answers determine. */
  dates: Record<string, PlainDate>;
}

export type Step =
  | (StepBase & { status: 'question'; question: QuestionNode; problem?: AnswerProblem })
  | (StepBase & { status: 'outcome'; outcome: Outcome; requirements: RequirementState[] });

export interface StepOptions {
  /** Start the walk at this question instead of the tree's start. */
  start?: string;
  /** The question whose form was just submitted: no answer to it means "missing". */
  submitted?: string;
}
