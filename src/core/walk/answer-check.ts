// Whether a given answer answers a question: an option of a choice, or a date
// that people can type and that lies on or before the peildatum — or, where
// the question offers it, "Ik weet de datum niet precies" (SPEC §4).

import { formatDutchDate } from '../dates/dutch-date.ts';
import { compareDates, type PlainDate, parsePlainDate } from '../dates/plain-date.ts';
import type { QuestionNode } from '../tree/tree.ts';
import { dateNotKnown } from './derived-dates.ts';
import type { AnswerProblem } from './step.ts';

/** The answer normalised (an option id, an ISO date or `onbekend`), or the problem. */
export function checkAnswer(
  question: QuestionNode,
  given: string,
  peildatum: PlainDate,
): AnswerProblem | string {
  if (question.kind === 'choice') {
    if (question.options.some((option) => option.id === given)) return given;
    return {
      path: question.id,
      code: 'unknown-option',
      given,
      message: `"${given}" is geen antwoord op de vraag "${question.text}". Kies een van de antwoorden.`,
    };
  }
  if (given === dateNotKnown && question.unknown) return dateNotKnown;
  const date = parsePlainDate(given);
  if (date === null) {
    return {
      path: question.id,
      code: 'invalid-date',
      given,
      message: `Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 15-3-2022. "${given}" is geen datum die we kunnen lezen.`,
    };
  }
  if (!question.future && compareDates(date, peildatum) > 0) {
    return {
      path: question.id,
      code: 'date-after-peildatum',
      given,
      message: `De datum ${formatDutchDate(date)} ligt na ${formatDutchDate(peildatum)}: die dag is nog niet geweest. Vul een datum in die al geweest is.`,
    };
  }
  return date;
}

export function missingProblem(question: QuestionNode): AnswerProblem {
  return {
    path: question.id,
    code: 'missing',
    message:
      question.kind === 'choice'
        ? 'Kies een antwoord.'
        : 'Vul een datum in, bijvoorbeeld 15-3-2022.',
  };
}
