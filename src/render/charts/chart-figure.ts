// The frame every chart shares: a <figure> with its caption, the legend, the
// SVG (a narrow and a wide drawing; CSS shows one) and the same numbers as a
// table below it.
import { html, raw, type SafeHtml } from '../../views/html.ts';

export interface FigureParts {
  id: string;
  title: string;
  legend?: SafeHtml;
  /** Serialised SVG from plotSvg: escaped by linkedom, so trusted here. */
  svgs: readonly string[];
  table: SafeHtml;
}

export function chartFigure(parts: FigureParts): SafeHtml {
  return html`<figure class="wkb-chart" id="${parts.id}">
<figcaption class="wkb-chart__caption">${parts.title}</figcaption>
${parts.legend ?? ''}
<div class="wkb-chart__picture">${parts.svgs.map((svg) => raw(svg))}</div>
${parts.table}
</figure>`;
}
