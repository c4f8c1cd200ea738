// Observable Plot on a linkedom document: Plot builds the SVG elements, linkedom
// serialises them (escaping every text and attribute). Plot's own <style>
// element and class are removed — the CSP allows no inline style and
// charts.css does that job — and the SVG gets role="img", a <title> and a <desc>.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { chartInk } from './chart-palette.ts';

/** The same chart is drawn twice: narrow for phones, wide for screens and print. */
export interface ChartVariant {
  name: 'smal' | 'breed';
  /** viewBox width in SVG units; the picture scales to the column. */
  width: number;
  fontSize: number;
}

export const chartVariants: readonly ChartVariant[] = [
  { name: 'smal', width: 320, fontSize: 13 },
  { name: 'breed', width: 680, fontSize: 13 },
];

const fontFamily = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';

// One document for all renders: Plot only creates detached elements in it.
const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

export interface SvgLabel {
  /** The figure's id; the title and desc ids are derived from it and the variant. */
  id: string;
  title: string;
  description: string;
  variant: ChartVariant;
}

export function plotSvg(options: Plot.PlotOptions, label: SvgLabel): string {
  const svg = Plot.plot({
    ...options,
    document: document as unknown as Document,
  }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg')
    throw new Error('Plot returned a figure; pass no title or legend');
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const styled of svg.querySelectorAll('[style]')) styled.removeAttribute('style');
  // SVG's font-variant attribute knows only small-caps (the Nu checker refuses
  // Plot's "tabular-nums"): the stylesheet sets font-variant-numeric instead.
  for (const numeric of svg.querySelectorAll('[font-variant]'))
    numeric.removeAttribute('font-variant');
  // Plot's English aria-labels on <g> ("x-axis tick"): the image is one role="img"
  // named by its <title>, its parts are not read out (and aria-label on a bare
  // <g> is not allowed).
  for (const labelled of svg.querySelectorAll('[aria-label], [aria-hidden], [aria-description]')) {
    labelled.removeAttribute('aria-label');
    labelled.removeAttribute('aria-hidden');
    labelled.removeAttribute('aria-description');
  }
  const base = `${label.id}-${label.variant.name}`;
  svg.setAttribute('class', `wkb-chart__svg wkb-chart__svg--${label.variant.name}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${base}-titel`);
  svg.setAttribute('aria-describedby', `${base}-uitleg`);
  svg.setAttribute('font-size', String(label.variant.fontSize));
  svg.setAttribute('font-family', fontFamily);
  svg.setAttribute('fill', chartInk);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${base}-titel`);
  title.textContent = label.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${base}-uitleg`);
  desc.textContent = label.description;
  svg.prepend(title, desc);
  return svg.outerHTML;
}
