// A date as people type it: a text field for dag-maand-jaar. Not the browser's
// date field: that one empties a day that does not exist (31-02-2022) or keeps
// a year of two digits as 0022, so the page could not say what is wrong. What
// was typed is shown again exactly as typed; a stored answer as 15-3-2022.
import { formatTypedDate } from '../core/dates/dutch-date.ts';
import { isPlainDate } from '../core/dates/plain-date.ts';
import { html, type SafeHtml } from './html.ts';

export interface DateFieldInput {
  id: string;
  /** What was typed (shown as typed with an error), or a stored plain date. */
  value: string | undefined;
  /** The error message, shown between the format hint and the field (its id ends in `-fout`). */
  error: SafeHtml | '';
  /** Ids of what describes the field besides the format hint and error (a hint above it). */
  describedBy: string;
}

export function dateField({ id, value = '', error, describedBy }: DateFieldInput): SafeHtml {
  const invalid = error !== '';
  const shown = !invalid && isPlainDate(value) ? formatTypedDate(value) : value;
  const ids = [describedBy, `${id}-formaat`, invalid && `${id}-fout`].filter(Boolean).join(' ');
  return html`<p class="utrecht-form-field-description" id="${id}-formaat">Schrijf de datum als dag-maand-jaar, bijvoorbeeld 15-3-2022.</p>
${error}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input wkb-date${invalid ? ' utrecht-textbox--invalid' : ''}" type="text" id="${id}" name="${id}" value="${shown}" autocomplete="off" spellcheck="false" aria-describedby="${ids}"${invalid ? html` aria-invalid="true"` : ''}></div>`;
}
