// An expected failure in the evaluation domain, as a value: which field, a
// code for machines and a Dutch (B1) message for people.

export interface EvaluationProblem {
  /** The form field (response, round) or path in the form definition (`parts.0.title`). */
  field: string;
  code: 'required' | 'too-long' | 'invalid' | 'order';
  message: string;
}

/** Normalises typed text: trimmed, with Unix line ends. */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}
