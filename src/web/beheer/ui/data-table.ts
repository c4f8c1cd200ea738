// A simple NL Design System table: a caption, column headers, rows of cells.
// The container scrolls sideways on a narrow screen; it is a focusable, named
// region so keyboard users can scroll it too (WCAG 2.1.1).
import { type HtmlValue, html, type SafeHtml } from '../../../views/html.ts';

export function dataTable(caption: string, headers: string[], rows: HtmlValue[][]): SafeHtml {
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline" role="region" aria-label="${caption}" tabindex="0"><table class="utrecht-table utrecht-table--html-table">
<caption class="utrecht-table__caption">${caption}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row">${headers.map((header) => html`<th class="utrecht-table__header-cell" scope="col">${header}</th>`)}</tr></thead>
<tbody class="utrecht-table__body">${rows.map((row) => html`<tr class="utrecht-table__row">${row.map((cell) => html`<td class="utrecht-table__cell">${cell}</td>`)}</tr>`)}</tbody>
</table></div>`;
}
