// The numbers of a chart as a table (screen readers, print, and anyone who
// prefers to read them): the first column names the row, numbers are written
// the Dutch way and aligned right, a missing number says so.
import { html, type SafeHtml } from '../../views/html.ts';
import { dutchNumber } from './chart-number.ts';

export type TableCell = string | number | null;

function cell(value: TableCell): SafeHtml {
  if (value === null) {
    return html`<td class="utrecht-table__cell utrecht-table__cell--numeric-data"><span aria-hidden="true">–</span><span class="wkb-visually-hidden">geen cijfer</span></td>`;
  }
  if (typeof value === 'number') {
    return html`<td class="utrecht-table__cell utrecht-table__cell--numeric-data">${dutchNumber(value)}</td>`;
  }
  return html`<td class="utrecht-table__cell">${value}</td>`;
}

/** `head[0]` is the header of the label column; each row starts with its label. */
export function chartTable(
  caption: string,
  head: readonly string[],
  rows: readonly TableCell[][],
): SafeHtml {
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline wkb-chart__table" role="region" aria-label="${caption}" tabindex="0"><table class="utrecht-table utrecht-table--html-table">
<caption class="utrecht-table__caption">${caption}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row">${head.map(
    (header, index) =>
      html`<th class="utrecht-table__header-cell${index > 0 ? ' utrecht-table__header-cell--numeric-column' : ''}" scope="col">${header}</th>`,
  )}</tr></thead>
<tbody class="utrecht-table__body">${rows.map(
    ([label, ...values]) =>
      html`<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${label === null ? '' : String(label)}</th>${values.map(cell)}</tr>`,
  )}</tbody>
</table></div>`;
}
