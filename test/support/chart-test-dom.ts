// For the chart tests: the rendered figure parsed back into a DOM (linkedom),
// with its SVG drawings and its table rows.
import { parseHTML } from 'linkedom';
import type { SafeHtml } from '../../src/views/html.ts';

export function parseFigure(figure: SafeHtml) {
  const { document } = parseHTML(`<!doctype html><html><body>${figure.value}</body></html>`);
  const svgs = [...document.querySelectorAll('svg.wkb-chart__svg')];
  const rows = [...document.querySelectorAll('.wkb-chart__table tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
  );
  const head = [...document.querySelectorAll('.wkb-chart__table thead th')].map(
    (cell) => cell.textContent?.trim() ?? '',
  );
  return { document, svgs, rows, head };
}

/** The SVG elements a mark drew (`className` of the Plot mark). */
export function markElements(svg: Element, mark: string): Element[] {
  return [...svg.querySelectorAll(`g.wkb-chart-${mark} > *`)];
}
