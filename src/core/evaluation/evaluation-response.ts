// One filled-in questionnaire: reading the submitted fields against the form
// of the round. An answer on the scale for every statement is required only in
// a round that does not allow open answers (SPEC §6, amended 2026-12-06);
// elsewhere a statement left open is stored as null, never as "Neutraal" (3).
// Optional: every text (toelichting, advice, name, function), each with a maximum length.
import { z } from 'zod';
import type { EvaluationForm } from './evaluation-form.ts';
import { cleanText, type EvaluationProblem } from './evaluation-problem.ts';
import { isScore, type Score } from './evaluation-scale.ts';

export const responseLimits = { note: 2000, advice: 5000, name: 200, function: 200 } as const;

/** The stored answers of a response; keys are statement and part ids; a null score was left open. */
export const evaluationAnswersSchema = z.strictObject({
  scores: z.record(z.string(), z.number().int().min(1).max(5).nullable()),
  notes: z.record(z.string(), z.string()),
  advice: z.record(z.string(), z.string()),
});

export type EvaluationAnswers = { scores: Record<string, Score | null> } & Omit<
  z.infer<typeof evaluationAnswersSchema>,
  'scores'
>;

export function parseEvaluationAnswers(stored: unknown): EvaluationAnswers {
  return evaluationAnswersSchema.parse(stored) as EvaluationAnswers;
}

export interface EvaluationSubmission {
  answers: EvaluationAnswers;
  /** As typed, or null when left empty ("anoniem"). */
  name: string | null;
  function: string | null;
}

/** The names of the fields of the public form. */
export const responseFields = {
  score: (statementId: string) => `score-${statementId}`,
  note: (statementId: string) => `toelichting-${statementId}`,
  advice: (partId: string) => `advies-${partId}`,
  name: 'naam',
  function: 'functie',
} as const;

export type ReadResponse =
  | { ok: true; submission: EvaluationSubmission }
  | { ok: false; problems: EvaluationProblem[] };

function tooLong(path: string, value: string, max: number, what: string): EvaluationProblem[] {
  return value.length > max
    ? [
        {
          path,
          code: 'too-long',
          message: `${what} is te lang: hoogstens ${max} tekens. Nu zijn het er ${value.length}. Maak de tekst korter.`,
        },
      ]
    : [];
}

/** Reads the submitted fields; problems come in the order of the form. */
export function readEvaluationResponse(
  form: EvaluationForm,
  fields: Readonly<Record<string, string>>,
  { openAnswersAllowed }: { openAnswersAllowed: boolean },
): ReadResponse {
  const problems: EvaluationProblem[] = [];
  const answers: EvaluationAnswers = { scores: {}, notes: {}, advice: {} };
  for (const part of form.parts) {
    part.statements.forEach((statement, index) => {
      const field = responseFields.score(statement.id);
      const given = fields[field] ?? '';
      const score = Number(given);
      if (given !== '' && isScore(score)) answers.scores[statement.id] = score;
      else if (given === '' && openAnswersAllowed) answers.scores[statement.id] = null;
      else if (openAnswersAllowed) {
        problems.push({
          path: field,
          code: 'invalid',
          message: `Kies bij stelling ${index + 1} van ‘${part.title}’ één van de vijf antwoorden, of laat de stelling open.`,
        });
      } else {
        problems.push({
          path: field,
          code: 'required',
          message: `Kies een antwoord bij stelling ${index + 1} van ‘${part.title}’.`,
        });
      }
      const noteField = responseFields.note(statement.id);
      const note = cleanText(fields[noteField]);
      problems.push(
        ...tooLong(
          noteField,
          note,
          responseLimits.note,
          `De toelichting bij stelling ${index + 1} van ‘${part.title}’`,
        ),
      );
      if (note !== '') answers.notes[statement.id] = note;
    });
    const adviceField = responseFields.advice(part.id);
    const advice = cleanText(fields[adviceField]);
    problems.push(
      ...tooLong(adviceField, advice, responseLimits.advice, `Uw advies bij ‘${part.title}’`),
    );
    if (advice !== '') answers.advice[part.id] = advice;
  }
  const name = cleanText(fields[responseFields.name]).replace(/\s+/g, ' ');
  const role = cleanText(fields[responseFields.function]).replace(/\s+/g, ' ');
  problems.push(...tooLong(responseFields.name, name, responseLimits.name, 'Uw naam'));
  problems.push(...tooLong(responseFields.function, role, responseLimits.function, 'Uw functie'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, submission: { answers, name: name || null, function: role || null } };
}
