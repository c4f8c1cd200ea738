// The short public pages around the questionnaire: thank you, not open yet,
// closed, and a round that does not exist (the refusals are thrown, and
// app.ts shows them).
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import { responseLimits } from '../../core/evaluation/evaluation-response.ts';
import type { EvaluationRoundRecord } from '../../store/evaluation-store.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { HttpProblem } from '../problem.ts';

const home = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/">Naar de Woonkansboom</a></p>`;

export function thankYouPage(round: EvaluationRoundRecord, open: boolean): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--ok wkb-evaluation-done" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h1 class="utrecht-heading-1">Bedankt voor het invullen</h1>
<p class="utrecht-paragraph">Uw antwoorden voor ‘${round.title}’ zijn opgeslagen. U hoeft verder niets te doen.</p>
</div></div></div>
${open ? html`<p class="utrecht-paragraph">Vult u het formulier in voor iemand anders? <a class="utrecht-link utrecht-link--html-a" href="/evaluatie/${round.slug}">Open een nieuw, leeg formulier</a>.</p>` : ''}
${home}`;
}

export function notOpenYetPage(round: EvaluationRoundRecord): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Deze ronde is nog niet open</h1>
<p class="utrecht-paragraph">${notOpenYetText(round)}</p>
${home}`;
}

function notOpenYetText(round: EvaluationRoundRecord): string {
  return `U kunt ‘${round.title}’ invullen vanaf ${formatDutchDate(round.opensOn)}. Gebruik dan dezelfde link.`;
}

/** Answers sent before the round opens (the form was kept from a link shared early). */
export function roundNotOpenYet(round: EvaluationRoundRecord): HttpProblem {
  return new HttpProblem(409, 'Nog niet open', notOpenYetText(round), [], {
    heading: 'Deze ronde is nog niet open',
  });
}

export function roundClosed(round: EvaluationRoundRecord): HttpProblem {
  return new HttpProblem(
    410,
    'Gesloten',
    `U kunt ‘${round.title}’ niet meer invullen. Bedankt voor uw interesse. Heeft u toch iets te zeggen over het tweedekansbeleid of de Woonkansboom? Neem dan contact op met Bureau Woonkans.`,
    [],
    { heading: 'Deze ronde is gesloten' },
  );
}

export function unknownRound(): HttpProblem {
  return new HttpProblem(
    404,
    'Niet gevonden',
    'Er is geen evaluatieformulier op dit adres. Controleer de link die u kreeg. Klopt die? Vraag dan Bureau Woonkans om een nieuwe link.',
    [],
    { heading: 'Formulier niet gevonden' },
  );
}

/** Far more than a full form can hold; the body is refused before it is read. */
export const maxAnswerBytes = 2 * 1024 * 1024;

export function answersTooLarge(): HttpProblem {
  return new HttpProblem(
    413,
    'Uw antwoorden zijn te lang',
    `Wat u verstuurde is groter dan ${maxAnswerBytes / (1024 * 1024)} MB en is niet opgeslagen. Een toelichting mag hoogstens ${responseLimits.note} tekens zijn, een advies ${responseLimits.advice}.`,
    [],
    {
      hint: 'Ga terug met de knop Vorige van uw browser: daar staan uw antwoorden nog. Maak de lange teksten korter en verstuur het formulier opnieuw.',
    },
    { Connection: 'close' },
  );
}
