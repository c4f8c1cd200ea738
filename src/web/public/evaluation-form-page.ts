// The public questionnaire of a round (/evaluatie/:slug): the form's
// introduction (Markdown), per statement a fieldset with the five answers (and
// "Geen antwoord" when the round lets statements be left open) and a
// toelichting, a free-text field per part, optional name and function. Shows
// what was typed and every problem after a refused submit. Works without JavaScript.

import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import type { EvaluationForm, EvaluationStatement } from '../../core/evaluation/evaluation-form.ts';
import type { EvaluationProblem } from '../../core/evaluation/evaluation-problem.ts';
import { responseFields, responseLimits } from '../../core/evaluation/evaluation-response.ts';
import { evaluationScale } from '../../core/evaluation/evaluation-scale.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import type { EvaluationRoundRecord } from '../../store/evaluation-store.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';
import type { Assets } from '../assets.ts';
import { beheerScript } from '../beheer/beheer-layout.ts';
import {
  focusedErrorSummary,
  problemsByField,
} from '../beheer/evaluation/focused-error-summary.ts';
import { textArea, textField } from '../beheer/form-fields.ts';

export const idempotencyField = 'sleutel';

/** The first radio button of a score, where the error summary jumps to. */
function fieldId(field: string): string {
  return field.startsWith('score-') ? `${field}-1` : field;
}

function errorMessage(id: string, error: string | undefined): SafeHtml | '' {
  return error
    ? html`<p class="utrecht-form-field-error-message" id="${id}-fout"><span class="wkb-visually-hidden">Fout: </span>${error}</p>`
    : '';
}

function radio(
  name: string,
  suffix: string,
  value: string,
  label: string,
  fields: Readonly<Record<string, string>>,
  error: string | undefined,
): SafeHtml {
  return html`<div class="utrecht-form-field utrecht-form-field--radio">
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="${name}-${suffix}">${label}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}" type="radio" id="${name}-${suffix}" name="${name}" value="${value}"${fields[name] === value ? ' checked' : ''}${error ? html` aria-invalid="true"` : ''}></div>
</div>`;
}

function statementFieldset(
  statement: EvaluationStatement,
  number: number,
  fields: Readonly<Record<string, string>>,
  errors: Readonly<Record<string, string>>,
  openAnswersAllowed: boolean,
): SafeHtml {
  const name = responseFields.score(statement.id);
  const error = errors[name];
  const note = responseFields.note(statement.id);
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wkb-evaluation-statement${error ? ' utrecht-form-fieldset--invalid' : ''}"${error ? html` aria-describedby="${name}-fout"` : ''}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend"><span class="wkb-evaluation-number">${String(number)}.</span> ${statement.text}</legend>
${errorMessage(name, error)}
<div class="wkb-evaluation-scale">
${evaluationScale.map(({ score, label }) => radio(name, String(score), String(score), label, fields, error))}
${
  // Without JavaScript a chosen radio button cannot be unchosen: this one undoes a choice.
  openAnswersAllowed
    ? html`<p class="utrecht-paragraph wkb-evaluation-or">of</p>
${radio(name, 'open', '', 'Geen antwoord', fields, error)}`
    : ''
}
</div>
${textArea({ name: note, label: 'Toelichting (niet verplicht)', maxLength: responseLimits.note, value: fields[note] ?? '', rows: 2, error: errors[note] })}
</fieldset>`;
}

export interface PublicFormOptions {
  round: EvaluationRoundRecord;
  form: EvaluationForm;
  /** What was typed (after a refused submit), by field name. */
  fields: Readonly<Record<string, string>>;
  problems: readonly EvaluationProblem[];
  idempotencyKey: string;
  /** For the characters-left count beside the texts (the beheer script), when built. */
  assets?: Assets;
}

export function publicFormPage({
  round,
  form,
  fields,
  problems,
  idempotencyKey,
  assets,
}: PublicFormOptions): SafeHtml {
  const errors = problemsByField(problems);
  const open = round.openAnswersAllowed;
  return html`<h1 class="utrecht-heading-1">${round.title}</h1>
${focusedErrorSummary(problems, fieldId)}
${
  form.intro
    ? html`<div class="wkb-rich wkb-evaluation-intro">${raw(renderMarkdown(form.intro))}</div>`
    : html`<p class="utrecht-paragraph utrecht-paragraph--lead">Wat vindt u van het tweedekansbeleid van Bureau Woonkans en van de Woonkansboom? Met uw antwoorden maken we het beleid en de Woonkansboom beter.</p>`
}
<ul class="utrecht-unordered-list">
${
  open
    ? html`<li>Kies bij elke stelling één antwoord. U mag een stelling overslaan. Dat telt niet als ‘Neutraal/weet ik niet’.</li>`
    : html`<li>Kies bij elke stelling één antwoord. Dat is verplicht.</li>`
}
<li>Een toelichting, uw advies, uw naam en uw functie zijn niet verplicht.</li>
<li>Het formulier is open tot en met ${formatDutchDate(round.closesOn)}.</li>
</ul>
<form method="post" action="/evaluatie/${round.slug}" class="wkb-evaluation-form" novalidate>
<input type="hidden" name="${idempotencyField}" value="${idempotencyKey}">
${form.parts.map(
  (part) => html`<section class="wkb-evaluation-part" aria-labelledby="deel-${part.id}">
<h2 class="utrecht-heading-2" id="deel-${part.id}">${part.title}</h2>
${part.statements.map((statement, index) => statementFieldset(statement, index + 1, fields, errors, open))}
${textArea({ name: responseFields.advice(part.id), label: part.adviceLabel, hint: 'Niet verplicht.', maxLength: responseLimits.advice, value: fields[responseFields.advice(part.id)] ?? '', rows: 4, error: errors[responseFields.advice(part.id)] })}
</section>`,
)}
<section class="wkb-evaluation-part" aria-labelledby="over-u">
<h2 class="utrecht-heading-2" id="over-u">Over u</h2>
<p class="utrecht-paragraph">U mag deze vragen leeg laten of ‘anoniem’ invullen.</p>
${textField({ name: responseFields.name, label: 'Naam (niet verplicht)', maxLength: responseLimits.name, value: fields[responseFields.name] ?? '', error: errors[responseFields.name] })}
${textField({ name: responseFields.function, label: 'Functie (niet verplicht)', hint: 'Bijvoorbeeld: casemanager, consulent woningcorporatie, medewerker WIJ Groningen.', maxLength: responseLimits.function, value: fields[responseFields.function] ?? '', error: errors[responseFields.function] })}
</section>
<p class="utrecht-paragraph">We bewaren uw antwoorden met de datum van vandaag. We bewaren geen tijd en geen IP-adres.</p>
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Antwoorden versturen</button>
</form>
${assets ? beheerScript(assets) : ''}`;
}
