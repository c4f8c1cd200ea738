// Whether a given answer answers a question: an option of a choice, or a date
// that people can type and that lies on or before the peildatum — or, where
// the question offers it, "Ik weet de datum niet precies" (SPEC §4).

import { dateMistakeMessage } from '../dates/date-mistake-message.ts';
import { formatDutchDate } from '../dates/dutch-date.ts';
import {
  compareDates,
  type DateMistake,
  type PlainDate,
  readTypedDate,
} from '../dates/plain-date.ts';
import type { QuestionNode } from '../tree/tree.ts';
import { dateNotKnown } from './derived-dates.ts';
import type { AnswerProblem, AnswerProblemCode } from './step.ts';

/** A day that does not exist stays `invalid-date`, the code scenarios already use for it. */
const mistakeCodes: Record<DateMistake['kind'], AnswerProblemCode> = {
  unreadable: 'invalid-date',
  'no-such-month': 'invalid-date',
  'no-such-day': 'invalid-date',
  'year-not-four-digits': 'year-not-four-digits',
  'year-out-of-range': 'year-out-of-range',
};

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
  const date = readTypedDate(given);
  if (typeof date !== 'string') {
    return {
      path: question.id,
      code: mistakeCodes[date.kind],
      given,
      message: dateMistakeMessage(date, given),
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
