// Form fields of the editor in the NL Design System pattern: label, hint,
// error message, input. The field's id is its name, so the error summary
// can link to it; every field shows what was typed.
import { dutchCount } from '../../core/tree/tree.ts';
import { html, type SafeHtml } from '../../views/html.ts';

/** Problems of a form, by field name. */
export type FieldErrors = Readonly<Record<string, string>>;

interface FieldBase {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The names the text may use between {{ }} (`placeholderList`), shown under the field. */
  placeholders?: SafeHtml | undefined;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: readonly SelectOption[];
}

function errorMessage(name: string, error: string | undefined): SafeHtml | '' {
  return error
    ? html`<p class="utrecht-form-field-error-message" id="${name}-fout"><span class="wkb-visually-hidden">Fout: </span>${error}</p>`
    : '';
}

function hintText(name: string, hint: string | undefined): SafeHtml | '' {
  return hint ? html`<p class="utrecht-form-field-description" id="${name}-hint">${hint}</p>` : '';
}

function described({ name, hint, error }: FieldBase): SafeHtml | '' {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-fout` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
}

function field(base: FieldBase, kind: string, input: SafeHtml): SafeHtml {
  return html`<div class="utrecht-form-field utrecht-form-field--${kind}${base.error ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${base.name}">${base.label}</label></div>
${hintText(base.name, base.hint)}${errorMessage(base.name, base.error)}
<div class="utrecht-form-field__input">${input}</div>
${base.placeholders ?? ''}
</div>`;
}

/** The longest text a field takes (`textLimits`): shown in its hint and as `maxlength`. */
interface Limited {
  maxLength?: number | undefined;
}

/** The hint with "Hoogstens N tekens." after it, when the field has a limit. */
function withLimit<T extends FieldBase & Limited>(options: T): T {
  if (options.maxLength === undefined) return options;
  const limit = `Hoogstens ${dutchCount(options.maxLength)} tekens.`;
  return { ...options, hint: options.hint ? `${options.hint} ${limit}` : limit };
}

function maxLengthAttribute(maxLength: number | undefined): SafeHtml | '' {
  return maxLength === undefined ? '' : html` maxlength="${String(maxLength)}"`;
}

export function textField(
  options: FieldBase & Limited & { value: string; type?: 'text' | 'date' | 'number' },
): SafeHtml {
  const limited = withLimit(options);
  const { name, value, type = 'text', error, maxLength } = limited;
  const input = html`<input class="utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}" type="${type}" id="${name}" name="${name}" value="${value}"${type === 'number' ? html` inputmode="numeric"` : ''}${maxLengthAttribute(maxLength)}${described(limited)}>`;
  return field(limited, 'text', input);
}

export function textArea(
  options: FieldBase & Limited & { value: string; rows?: number },
): SafeHtml {
  const limited = withLimit(options);
  const { name, value, rows = 4, error, maxLength } = limited;
  const input = html`<textarea class="utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}" id="${name}" name="${name}" rows="${String(rows)}" cols="70"${maxLengthAttribute(maxLength)}${described(limited)}>${value}</textarea>`;
  return field(limited, 'textarea', input);
}

function optionTags(options: readonly SelectOption[], value: string): SafeHtml {
  return html`${options.map(
    (option) =>
      html`<option value="${option.value}"${option.value === value ? ' selected' : ''}>${option.label}</option>`,
  )}`;
}

/** A select; a value that is not among the options stays selectable, marked as unknown. */
export function selectField(
  options: FieldBase & { value: string; choices: readonly (SelectOption | SelectGroup)[] },
): SafeHtml {
  const { name, value, choices, error } = options;
  const flat = choices.flatMap((choice) => ('options' in choice ? choice.options : [choice]));
  const unknown =
    value !== '' && !flat.some((option) => option.value === value)
      ? html`<option value="${value}" selected>${value} (bestaat niet)</option>`
      : '';
  const tags = choices.map((choice) =>
    'options' in choice
      ? html`<optgroup label="${choice.label}">${optionTags(choice.options, value)}</optgroup>`
      : optionTags([choice], value),
  );
  const input = html`<select class="utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}" id="${name}" name="${name}"${described(options)}>${unknown}${tags}</select>`;
  return field(options, 'select', input);
}

/** One checkbox with its label after it. */
export function checkbox(options: {
  name: string;
  label: string;
  checked: boolean;
  value?: string;
}): SafeHtml {
  const { name, label, checked, value = 'ja' } = options;
  return html`<div class="utrecht-form-field utrecht-form-field--checkbox">
<div class="utrecht-form-field__label utrecht-form-field__label--checkbox"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${name}">${label}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="${name}" name="${name}" value="${value}"${checked ? ' checked' : ''}></div>
</div>`;
}

/** Checkboxes under one legend, all with the same name; ids are `${name}-${value}`. */
export function checkboxGroup(
  options: Omit<FieldBase, 'label'> & {
    legend: string;
    choices: readonly SelectOption[];
    checked: readonly string[];
  },
): SafeHtml {
  const { name, legend, choices, checked, hint, error } = options;
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}" id="${name}">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${legend}</legend>
${hintText(name, hint)}${errorMessage(name, error)}
${choices.length === 0 ? html`<p class="utrecht-paragraph">(geen)</p>` : ''}
${choices.map(
  (choice) => html`<div class="utrecht-form-field utrecht-form-field--checkbox">
<div class="utrecht-form-field__label utrecht-form-field__label--checkbox"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${name}-${choice.value}">${choice.label}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="${name}-${choice.value}" name="${name}" value="${choice.value}"${checked.includes(choice.value) ? ' checked' : ''}></div>
</div>`,
)}
</fieldset>`;
}

/** A group of fields that belong together (an option, a branch, a step). */
export function fieldGroup(legend: string, content: SafeHtml, id?: string): SafeHtml {
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wkb-edit-group"${id ? html` id="${id}"` : ''}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${legend}</legend>
${content}
</fieldset>`;
}
