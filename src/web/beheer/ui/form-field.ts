// Form fields in the NL Design System pattern (label, hint, error message,
// input), for the account forms. Every field keeps what was typed.
import { html, type SafeHtml } from '../../../views/html.ts';

export interface TextFieldOptions {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string;
  autocomplete?: string;
  hint?: string;
  error?: string | undefined;
}

function errorMessage(id: string, error: string): SafeHtml {
  return html`<p class="utrecht-form-field-error-message" id="${id}-fout"><span class="wkb-visually-hidden">Fout: </span>${error}</p>`;
}

function describedBy(id: string, hint: unknown, error: unknown): SafeHtml | '' {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

export function textField(options: TextFieldOptions): SafeHtml {
  const { id, label, type = 'text', value = '', autocomplete, hint, error } = options;
  const invalid = error ? ' utrecht-textbox--invalid' : '';
  return html`<div class="utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
${hint ? html`<p class="utrecht-form-field-description" id="${id}-hint">${hint}</p>` : ''}
${error ? errorMessage(id, error) : ''}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input${invalid}" type="${type}" id="${id}" name="${id}" value="${value}"${autocomplete ? html` autocomplete="${autocomplete}"` : ''}${type === 'email' ? html` spellcheck="false"` : ''}${describedBy(id, hint, error)}${error ? html` aria-invalid="true"` : ''}></div>
</div>`;
}

export interface RadioChoice {
  value: string;
  label: string;
  hint?: string;
}

export interface RadioFieldOptions {
  /** The field name; the first option's id is `${name}-${value}`, for the error summary. */
  name: string;
  legend: string;
  choices: readonly RadioChoice[];
  value?: string | undefined;
  error?: string | undefined;
}

export function radioField({ name, legend, choices, value, error }: RadioFieldOptions): SafeHtml {
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}"${error ? html` aria-describedby="${name}-fout"` : ''}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${legend}</legend>
${error ? errorMessage(name, error) : ''}
${choices.map(
  (choice) => html`<div class="utrecht-form-field utrecht-form-field--radio">
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="${name}-${choice.value}">${choice.label}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}" type="radio" id="${name}-${choice.value}" name="${name}" value="${choice.value}"${value === choice.value ? ' checked' : ''}${error ? html` aria-invalid="true"` : ''}></div>
${choice.hint ? html`<p class="utrecht-form-field-description">${choice.hint}</p>` : ''}
</div>`,
)}
</fieldset>`;
}

/** A form's problems, by field name; the error summary links to the field ids. */
export type FormProblems = Record<string, string>;

export function summaryOf(problems: FormProblems, fieldIds: Record<string, string> = {}) {
  return Object.entries(problems).map(([field, message]) => ({
    href: `#${fieldIds[field] ?? field}`,
    message,
  }));
}
