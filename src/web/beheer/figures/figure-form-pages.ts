// The editing pages of the figures (beheerders): add a year, correct a year,
// set the day the Woonkansboom went live. Each keeps what was typed and shows
// an error summary that links to the fields.
import { formatDutchDate } from '../../../core/dates/dutch-date.ts';
import { errorSummary } from '../../../views/error-summary.ts';
import { type HtmlValue, html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import { checkbox, textArea, textField } from '../form-fields.ts';
import { type FormProblems, summaryOf } from '../ui/form-field.ts';
import {
  type FigureFields,
  maximumNoteLength,
  moreRegistrationsThanEvictions,
} from './figure-form.ts';
import { figureTexts as t } from './figure-texts.ts';
import type { LiveDate } from './live-date.ts';

const backLink = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/cijfers">Terug naar de cijfers</a></p>`;

function form(
  action: string,
  csrfToken: string | undefined,
  fields: HtmlValue,
  button: string,
): SafeHtml {
  return html`<form method="post" action="${action}" novalidate>
${csrfField(csrfToken)}
${fields}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">${button}</button>
</form>`;
}

function numberFields(form: FigureFields, problems: FormProblems, correcting: boolean): SafeHtml {
  return html`${textField({
    name: 'ontruimingen',
    label: t.evictions,
    value: form.ontruimingen,
    hint: 'Het aantal ontruimingen in dat jaar. Weet u het (nog) niet? Laat het veld leeg.',
    error: problems.ontruimingen,
  })}
${textField({ name: 'aanmeldingen', label: t.registrations, value: form.aanmeldingen, error: problems.aanmeldingen })}
${moreRegistrationsThanEvictions(form) ? checkbox({ name: 'bevestigd', label: 'Ja, deze cijfers kloppen: er waren dat jaar meer aanmeldingen dan ontruimingen', checked: form.bevestigd === 'ja' }) : ''}
${textArea({
  name: 'toelichting',
  label: t.note,
  maxLength: maximumNoteLength,
  value: form.toelichting,
  rows: 3,
  hint: correcting
    ? 'Waar komt het nieuwe cijfer vandaan, en waarom verandert u het? Bijvoorbeeld: “Gecorrigeerd volgens jaarrapportage 2023”.'
    : 'Waar komen de cijfers vandaan? Bijvoorbeeld: “Bureau Woonkans, jaarrapportage 2023”.',
  error: problems.toelichting,
})}`;
}

export function newYearPage(options: {
  form: FigureFields;
  problems: FormProblems;
  csrfToken: string | undefined;
}): SafeHtml {
  const { form: fields, problems, csrfToken } = options;
  return html`<h1 class="utrecht-heading-1">Jaar toevoegen</h1>
${errorSummary(summaryOf(problems))}
<p class="utrecht-paragraph">Vul de cijfers van een jaar in. U kunt ze later nog aanpassen.</p>
${form(
  '/beheer/cijfers/nieuw',
  csrfToken,
  html`${textField({ name: 'jaar', label: t.year, value: fields.jaar, hint: 'Bijvoorbeeld 2023.', error: problems.jaar })}
${numberFields(fields, problems, false)}`,
  'Jaar toevoegen',
)}
${backLink}`;
}

export function editYearPage(options: {
  year: number;
  form: FigureFields;
  problems: FormProblems;
  csrfToken: string | undefined;
}): SafeHtml {
  const { year, form: fields, problems, csrfToken } = options;
  return html`<h1 class="utrecht-heading-1">Cijfers van ${String(year)} aanpassen</h1>
${errorSummary(summaryOf(problems))}
<p class="utrecht-paragraph">De oude en de nieuwe cijfers komen in het logboek.</p>
${form(`/beheer/cijfers/jaar/${year}/bewerken`, csrfToken, numberFields(fields, problems, true), 'Cijfers opslaan')}
${backLink}`;
}

export function liveDatePage(options: {
  value: string;
  live: LiveDate | undefined;
  problems: FormProblems;
  csrfToken: string | undefined;
}): SafeHtml {
  const { value, live, problems, csrfToken } = options;
  const now = live
    ? `Nu staat in de grafieken: ${formatDutchDate(live.date)}${live.source === 'first-version' ? ' (de dag waarop de eerste versie werd gepubliceerd)' : ''}.`
    : 'Er is nog geen startdatum.';
  return html`<h1 class="utrecht-heading-1">Startdatum van de Woonkansboom</h1>
${errorSummary(summaryOf(problems))}
<p class="utrecht-paragraph">Sinds welke dag gebruiken professionals de Woonkansboom? De grafieken tonen die dag als stippellijn. ${now}</p>
${form(
  '/beheer/cijfers/live-sinds/bewerken',
  csrfToken,
  textField({
    name: 'datum',
    label: 'Live sinds',
    value,
    hint: 'Bijvoorbeeld 14-3-2023. Laat het veld leeg om de dag van de eerste gepubliceerde versie te gebruiken.',
    error: problems.datum,
  }),
  'Datum opslaan',
)}
${backLink}`;
}
