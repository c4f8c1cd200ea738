// The beheer pages of rounds: the overview (/beheer/evaluatie) and the form to
// make or change a round (title, open from/until; when it is made, whether
// statements may be left open).
import { formatDutchDate } from '../../../core/dates/dutch-date.ts';
import type { PlainDate } from '../../../core/dates/plain-date.ts';
import type { EvaluationProblem } from '../../../core/evaluation/evaluation-problem.ts';
import { openAnswersField, roundStatus } from '../../../core/evaluation/evaluation-round.ts';
import type { EvaluationRoundRecord } from '../../../store/evaluation-store.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import { selectField, textField } from '../form-fields.ts';
import { formatAmsterdamTime } from '../ui/amsterdam-time.ts';
import { dataTable } from '../ui/data-table.ts';
import { notice } from '../ui/notice.ts';
import type { CurrentForm } from './evaluation-context.ts';
import { periodText, statusNames } from './evaluation-texts.ts';
import { focusedErrorSummary, problemsByField } from './focused-error-summary.ts';

export const roundPath = (id: number) => `/beheer/evaluatie/rondes/${id}`;
export const publicPath = (slug: string) => `/evaluatie/${slug}`;

function link(href: string, text: string): SafeHtml {
  return html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`;
}

function buttonLink(href: string, text: string, kind = 'secondary'): SafeHtml {
  return html`<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${kind}-action" href="${href}">${text}</a>`;
}

export function formVersionText({ version }: CurrentForm): string {
  return version
    ? `versie ${version.id}, opgeslagen op ${formatAmsterdamTime(version.createdAt)}${version.createdBy ? ` door ${version.createdBy}` : ''}`
    : 'het standaardformulier (Bijlage 13 van het onderzoek)';
}

/** Choose two rounds to compare; also shown on the compare page when the choice was wrong. */
export function compareChooser(
  rounds: readonly EvaluationRoundRecord[],
  chosen: { a?: string | undefined; b?: string | undefined } = {},
): SafeHtml {
  const choices = rounds.map((round) => ({ value: String(round.id), label: round.title }));
  return html`<form method="get" action="/beheer/evaluatie/vergelijken" class="wkb-evaluation-compare-form">
${selectField({ name: 'a', label: 'Eerdere ronde', value: chosen.a ?? String(rounds[1]?.id ?? ''), choices })}
${selectField({ name: 'b', label: 'Latere ronde', value: chosen.b ?? String(rounds[0]?.id ?? ''), choices })}
<button class="utrecht-button utrecht-button--secondary-action" type="submit">Vergelijken</button>
</form>`;
}

export function overviewPage(options: {
  rounds: readonly EvaluationRoundRecord[];
  current: CurrentForm;
  today: PlainDate;
  origin: string;
  mayManage: boolean;
  done: string | undefined;
}): SafeHtml {
  const { rounds, current, today, origin, mayManage, done } = options;
  const rows = rounds.map((round) => [
    link(roundPath(round.id), round.title),
    periodText(round.opensOn, round.closesOn),
    statusNames[roundStatus(round, today)],
    String(round.responses),
    html`<a class="utrecht-link utrecht-link--html-a wkb-evaluation-link" href="${publicPath(round.slug)}">${origin}${publicPath(round.slug)}</a>`,
  ]);
  return html`<h1 class="utrecht-heading-1">Evaluatie</h1>
${notice(done)}
<p class="utrecht-paragraph">Met de evaluatie vraagt u professionals wat zij vinden van het tweedekansbeleid en de Woonkansboom. U houdt de vragenlijst in rondes. Zo kunt u de antwoorden van rondes met elkaar vergelijken.</p>
${mayManage ? html`<p class="utrecht-paragraph wkb-evaluation-actions">${buttonLink('/beheer/evaluatie/nieuwe-ronde', 'Nieuwe ronde', 'primary')} ${buttonLink('/beheer/evaluatie/formulier', 'Formulier aanpassen')}</p>` : ''}
${
  rounds.length === 0
    ? html`<p class="utrecht-paragraph">Er zijn nog geen rondes.</p>`
    : dataTable(
        'Evaluatierondes, nieuwste eerst',
        ['Ronde', 'Periode', 'Status', 'Reacties', 'Openbare link'],
        rows,
      )
}
<p class="utrecht-paragraph">Nieuwe rondes krijgen ${formVersionText(current)}.</p>
${
  rounds.length >= 2
    ? html`<h2 class="utrecht-heading-2">Twee rondes vergelijken</h2>
${compareChooser(rounds)}`
    : ''
}`;
}

export interface RoundFormValues {
  titel: string;
  vanaf: string;
  tot: string;
  /** 'ja' or 'nee'; only asked when the round is made. */
  openAnswers: string;
}

/** How the beheer pages name a round's choice about open answers. */
export function openAnswersText(openAnswersAllowed: boolean): string {
  return openAnswersAllowed
    ? 'Mag wel. Een overgeslagen stelling telt niet mee in de cijfers.'
    : 'Mag niet: elke stelling moet een antwoord hebben.';
}

function openAnswersChoice(value: string): SafeHtml {
  const option = (
    choice: 'ja' | 'nee',
    label: string,
  ) => html`<div class="utrecht-form-field utrecht-form-field--radio">
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="${openAnswersField}-${choice}">${label}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="${openAnswersField}-${choice}" name="${openAnswersField}" value="${choice}"${value === choice ? ' checked' : ''}></div>
</div>`;
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="${openAnswersField}-hint">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Mogen deelnemers een stelling overslaan?</legend>
<p class="utrecht-form-field-description" id="${openAnswersField}-hint">Een overgeslagen stelling telt niet als ‘Neutraal/weet ik niet’. Kiest u ‘nee’? Dan moet elke stelling een antwoord hebben, zoals in het onderzoek. Dit kunt u later niet meer veranderen.</p>
${option('ja', 'Ja, een stelling mag open blijven')}
${option('nee', 'Nee, elke stelling moet een antwoord hebben')}
</fieldset>`;
}

export function roundFormPage(options: {
  round: EvaluationRoundRecord | undefined;
  values: RoundFormValues;
  problems: readonly EvaluationProblem[];
  current: CurrentForm;
  today: PlainDate;
  csrfToken: string | undefined;
}): SafeHtml {
  const { round, values, problems, current, today, csrfToken } = options;
  const errors = problemsByField(problems);
  const action = round ? `${roundPath(round.id)}/bewerken` : '/beheer/evaluatie/nieuwe-ronde';
  const closed = round && round.closedAt !== null;
  return html`<p class="utrecht-paragraph">${link(round ? roundPath(round.id) : '/beheer/evaluatie', round ? `Terug naar ${round.title}` : 'Terug naar de evaluatie')}</p>
<h1 class="utrecht-heading-1">${round ? 'Ronde aanpassen' : 'Nieuwe ronde'}</h1>
${focusedErrorSummary(problems)}
${
  round
    ? html`<p class="utrecht-paragraph">Het formulier van deze ronde blijft hetzelfde. ${closed ? 'Deze ronde is gesloten. Met andere datums gaat ze niet weer open.' : ''}</p>`
    : html`<p class="utrecht-paragraph">De ronde krijgt ${formVersionText(current)}. Wilt u eerst iets aan het formulier veranderen? ${link('/beheer/evaluatie/formulier', 'Pas dan eerst het formulier aan')}.</p>`
}
<form method="post" action="${action}" class="wkb-evaluation-round-form" novalidate>
${csrfField(csrfToken)}
${textField({ name: 'titel', label: 'Titel', hint: 'Deelnemers zien deze titel boven het formulier. Bijvoorbeeld: Evaluatie voorjaar 2029.', value: values.titel, error: errors.titel })}
${textField({ name: 'vanaf', label: 'Open vanaf', hint: `Bijvoorbeeld ${formatDutchDate(today)}: schrijf ${today.split('-').reverse().map(Number).join('-')}.`, value: values.vanaf, error: errors.vanaf })}
${textField({ name: 'tot', label: 'Open tot en met', hint: 'De ronde sluit aan het eind van deze dag.', value: values.tot, error: errors.tot })}
${round ? html`<p class="utrecht-paragraph">Stelling overslaan: ${openAnswersText(round.openAnswersAllowed)} Dit kunt u niet veranderen.</p>` : openAnswersChoice(values.openAnswers)}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">${round ? 'Wijzigingen opslaan' : 'Ronde aanmaken'}</button>
</form>`;
}
