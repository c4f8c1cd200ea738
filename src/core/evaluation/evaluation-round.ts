// An evaluation round (evaluatieronde): its fields as a beheerder types them,
// and whether it is planned, open or closed on a given day. Dates are plain
// days in Europe/Amsterdam, both ends included.

import { compareDates, type PlainDate, parsePlainDate } from '../dates/plain-date.ts';
import { cleanText, type EvaluationProblem } from './evaluation-problem.ts';

export const roundTitleMaximum = 120;

export interface RoundFields {
  title: string;
  opensOn: PlainDate;
  closesOn: PlainDate;
  /** May a statement be left open? Chosen when the round is made (SPEC §6, amended 2026-12-06). */
  openAnswersAllowed: boolean;
}

/** The radio buttons "ja"/"nee"; new rounds allow open answers unless "nee" is chosen. */
export const openAnswersField = 'open-antwoorden';

export type RoundStatus = 'gepland' | 'open' | 'gesloten';

export function roundStatus(
  round: { opensOn: PlainDate; closesOn: PlainDate; closedAt: string | null },
  today: PlainDate,
): RoundStatus {
  if (round.closedAt !== null || compareDates(today, round.closesOn) > 0) return 'gesloten';
  return compareDates(today, round.opensOn) < 0 ? 'gepland' : 'open';
}

export type ReadRound =
  | { ok: true; round: RoundFields }
  | { ok: false; problems: EvaluationProblem[] };

/** Reads `titel`, `vanaf` and `tot` (ISO or Dutch dates, e.g. 15-3-2029) and `open-antwoorden`. */
export function readRoundFields(fields: Readonly<Record<string, string>>): ReadRound {
  const problems: EvaluationProblem[] = [];
  const title = cleanText(fields.titel).replace(/\s+/g, ' ');
  if (title === '') {
    problems.push({
      path: 'titel',
      code: 'required',
      message: 'Vul een titel in, bijvoorbeeld “Evaluatie voorjaar 2029”.',
    });
  } else if (title.length > roundTitleMaximum) {
    problems.push({
      path: 'titel',
      code: 'too-long',
      message: `De titel is te lang: hoogstens ${roundTitleMaximum} tekens.`,
    });
  }
  const date = (field: 'vanaf' | 'tot', what: string): PlainDate | null => {
    const value = cleanText(fields[field]);
    const parsed = value === '' ? null : parsePlainDate(value);
    if (value === '') {
      problems.push({ path: field, code: 'required', message: `Vul de datum in ${what}.` });
    } else if (parsed === null) {
      problems.push({
        path: field,
        code: 'invalid',
        message: `Vul een bestaande datum in ${what}, bijvoorbeeld 15-3-2029.`,
      });
    }
    return parsed;
  };
  const opensOn = date('vanaf', 'vanaf wanneer de ronde open is');
  const closesOn = date('tot', 'tot en met wanneer de ronde open is');
  if (opensOn && closesOn && compareDates(closesOn, opensOn) < 0) {
    problems.push({
      path: 'tot',
      code: 'order',
      message: 'De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.',
    });
  }
  if (problems.length > 0 || !opensOn || !closesOn) return { ok: false, problems };
  const openAnswersAllowed = fields[openAnswersField] !== 'nee';
  return { ok: true, round: { title, opensOn, closesOn, openAnswersAllowed } };
}
