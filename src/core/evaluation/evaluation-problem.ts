// An expected failure in the evaluation domain, as a value: which field, a
// code for machines and a Dutch (B1) message for people.

import type { Problem } from '../problem.ts';
/** `path` is the form field (response, round) or a path in the form definition (`parts.0.title`). */
export type EvaluationProblem = Problem<'required' | 'too-long' | 'invalid' | 'order'>;

/** Normalises typed text: trimmed, with Unix line ends. */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}
