// All responses of a round as CSV (src/render/csv.ts: BOM, `;`, CRLF, no
// formulas): one row per response with the day, name and function as given,
// whether the round let statements be left open, per statement the answer as
// label and as number (both empty when left open) plus the toelichting, and
// the advice per part, and last the rules in force that day (the version of
// each tree and of the shared rules; empty for responses from before that was
// kept). Columns follow the round's own form.
import type { EvaluationForm } from '../../../core/evaluation/evaluation-form.ts';
import type { EvaluationAnswers } from '../../../core/evaluation/evaluation-response.ts';
import { scoreLabel } from '../../../core/evaluation/evaluation-scale.ts';
import { type CsvCell, toCsv } from '../../../render/csv.ts';

export interface CsvResponse {
  submittedOn: string;
  name: string | null;
  function: string | null;
  answers: EvaluationAnswers;
  rulesVersions?: Readonly<Record<string, number>> | null;
}

/** "hulpverlening 3, corporaties 2, gedeeld 1"; empty when not known. */
export function rulesVersionsText(versions: Readonly<Record<string, number>> | null | undefined) {
  return Object.entries(versions ?? {})
    .map(([id, version]) => `${id} ${version}`)
    .join(', ');
}

export function responsesCsv(
  form: EvaluationForm,
  round: { openAnswersAllowed: boolean },
  responses: readonly CsvResponse[],
): string {
  const statements = form.parts.flatMap((part) =>
    part.statements.map((statement, index) => ({
      ...statement,
      name: `${part.title} ${index + 1}. ${statement.text}`,
    })),
  );
  const header = [
    'datum',
    'naam',
    'functie',
    'stelling overslaan mocht',
    ...statements.flatMap((statement) => [
      `${statement.name} (antwoord)`,
      `${statement.name} (cijfer 1-5)`,
      `${statement.name} (toelichting)`,
    ]),
    ...form.parts.map((part) => part.adviceLabel),
    'regels die golden (versies)',
  ];
  const rows = responses.map((response): CsvCell[] => [
    response.submittedOn,
    response.name,
    response.function,
    round.openAnswersAllowed ? 'ja' : 'nee',
    ...statements.flatMap((statement) => {
      const score = response.answers.scores[statement.id] ?? null;
      return [score === null ? '' : scoreLabel(score), score, response.answers.notes[statement.id]];
    }),
    ...form.parts.map((part) => response.answers.advice[part.id]),
    rulesVersionsText(response.rulesVersions),
  ]);
  return toCsv(header, rows);
}
