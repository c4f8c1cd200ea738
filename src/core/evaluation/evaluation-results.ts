// The results of one round: per statement how often each of the five answers
// was given, n, how many left it open, the share "(helemaal) mee eens", the
// mean score and the toelichtingen; per part the advice texts. Built from the
// round's own form. A statement left open is not an answer: it is not in n,
// the share or the mean (SPEC §6, amended 2026-12-06).
import type { EvaluationForm } from './evaluation-form.ts';
import type { EvaluationAnswers } from './evaluation-response.ts';
import { agreeingScores, type Score } from './evaluation-scale.ts';

export interface ResultResponse {
  name: string | null;
  function: string | null;
  answers: EvaluationAnswers;
}

/** A text someone wrote, with who wrote it as they gave it ("anoniem" otherwise). */
export interface RespondentText {
  text: string;
  respondent: string;
}

export interface StatementSummary {
  /** How often each score was given, scores 1 to 5 in order. */
  counts: [number, number, number, number, number];
  /** Number of answers on the scale. */
  n: number;
  /** Number of responses that left the statement open. */
  open: number;
  /** Share (0–1) of answers 4 and 5; null without answers. */
  agreeShare: number | null;
  /** Mean score 1–5 (3 = neutraal/weet ik niet); null without answers. */
  mean: number | null;
}

export interface StatementResult extends StatementSummary {
  id: string;
  text: string;
  /** Its number within the part, from 1. */
  number: number;
  notes: RespondentText[];
}

export interface PartResult {
  id: string;
  title: string;
  adviceLabel: string;
  statements: StatementResult[];
  advice: RespondentText[];
}

export interface RoundResults {
  /** Number of responses. */
  n: number;
  parts: PartResult[];
}

export function respondentLabel(name: string | null, role: string | null): string {
  return [name, role].filter((part) => part !== null && part !== '').join(', ') || 'anoniem';
}

/** Open answers (null or missing) are counted apart and left out of n, share and mean. */
export function summarise(given: readonly (Score | null | undefined)[]): StatementSummary {
  const scores = given.filter((score): score is Score => score !== null && score !== undefined);
  const open = given.length - scores.length;
  const counts: StatementSummary['counts'] = [0, 0, 0, 0, 0];
  for (const score of scores) counts[score - 1] = (counts[score - 1] ?? 0) + 1;
  const n = scores.length;
  if (n === 0) return { counts, n, open, agreeShare: null, mean: null };
  const agreeing = scores.filter((score) => agreeingScores.includes(score)).length;
  const total = scores.reduce<number>((sum, score) => sum + score, 0);
  return { counts, n, open, agreeShare: agreeing / n, mean: total / n };
}

export function roundResults(
  form: EvaluationForm,
  responses: readonly ResultResponse[],
): RoundResults {
  const textsOf = (pick: (answers: EvaluationAnswers) => string | undefined): RespondentText[] =>
    responses.flatMap((response) => {
      const text = pick(response.answers);
      return text ? [{ text, respondent: respondentLabel(response.name, response.function) }] : [];
    });
  return {
    n: responses.length,
    parts: form.parts.map((part) => ({
      id: part.id,
      title: part.title,
      adviceLabel: part.adviceLabel,
      statements: part.statements.map((statement, index) => ({
        id: statement.id,
        text: statement.text,
        number: index + 1,
        ...summarise(responses.map((response) => response.answers.scores[statement.id])),
        notes: textsOf((answers) => answers.notes[statement.id]),
      })),
      advice: textsOf((answers) => answers.advice[part.id]),
    })),
  };
}
