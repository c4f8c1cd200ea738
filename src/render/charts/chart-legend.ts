// A legend in HTML beside the SVG (it wraps on a narrow screen and is read as
// a list): every colour is named, with a sample drawn in presentation
// attributes only (the CSP allows no inline style).
import { html, raw, type SafeHtml } from '../../views/html.ts';
import { chartInk, type SeriesStyle } from './chart-palette.ts';

export interface LegendEntry {
  label: string;
  /** A filled square of this colour… */
  fill?: string;
  /** …or a line sample in this style. */
  line?: SeriesStyle;
}

const symbolPaths: Record<SeriesStyle['symbol'], string> = {
  circle: '<circle cx="14" cy="7" r="4"/>',
  square: '<rect x="10" y="3" width="8" height="8"/>',
  triangle: '<path d="M14 2.5L18.5 10.5H9.5Z"/>',
  diamond: '<path d="M14 2L19 7L14 12L9 7Z"/>',
  cross: '<path d="M12.5 2.5h3v3h3v3h-3v3h-3v-3h-3v-3h3Z"/>',
  star: '<path d="M14 2l1.6 3.3 3.6.5-2.6 2.5.6 3.6-3.2-1.7-3.2 1.7.6-3.6-2.6-2.5 3.6-.5Z"/>',
};

function sample(entry: LegendEntry): SafeHtml {
  if (entry.line) {
    const { colour, dash, symbol } = entry.line;
    return raw(
      `<svg class="wkb-chart__swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" focusable="false"><path d="M1 7H27" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/><g fill="${colour}" stroke="#ffffff" stroke-width="1">${symbolPaths[symbol]}</g></svg>`,
    );
  }
  return raw(
    `<svg class="wkb-chart__swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="13" height="13" fill="${entry.fill ?? chartInk}" stroke="${chartInk}" stroke-width="1"/></svg>`,
  );
}

export function chartLegend(entries: readonly LegendEntry[], ordered = false): SafeHtml {
  const items = entries.map(
    (entry) =>
      html`<li class="wkb-chart__legend-item">${sample(entry)}<span>${entry.label}</span></li>`,
  );
  return ordered
    ? html`<ol class="wkb-chart__legend" aria-label="Legenda">${items}</ol>`
    : html`<ul class="wkb-chart__legend" aria-label="Legenda">${items}</ul>`;
}
