// A laid-out tree diagram as an SVG string. Styling is in presentation
// attributes only (no <style>, no style=""), so the picture looks the same
// inline, as an <img> and under a strict CSP. Every content text is escaped:
// beheerders write them.
import type { DiagramLayout, LaidOutEdge, LaidOutNode } from './diagram-layout.ts';
import { diagramMetrics } from './diagram-layout.ts';
import {
  arrowInk,
  boxPath,
  boxStyle,
  ink,
  type LegendItem,
  legendLayout,
  pathInk,
} from './diagram-shapes.ts';

export interface DiagramSvgOptions {
  /** Node and outcome ids of a walk, in order: drawn emphasised, the rest faded. */
  highlight?: readonly string[];
  /** Pin question links to this published version (`?versie=`). */
  version?: number;
  /** Prefix for ids that must be unique in a page (`<title id>`, markers). */
  idPrefix?: string;
}

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The smallest scale at which the 14-unit text stays legible on screen (11 px). */
const legibleScale = 0.8;
/** About the widest column a desktop browser gives the diagram, in px. */
const desktopColumn = 1000;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => xmlEntities[char] ?? char);
}

const margin = 12;
const legendGap = 14;
const fontFamily = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif';
const n = (value: number) => String(Math.round(value * 10) / 10);

function questionHref(layout: DiagramLayout, id: string, version?: number): string {
  const params = new URLSearchParams();
  if (version !== undefined) params.set('versie', String(version));
  params.set('start', id);
  return `/boom/${encodeURIComponent(layout.treeId)}?${params}`;
}

function nodeTitle(node: LaidOutNode): string {
  const what = `${node.caption}: ${node.text}`;
  return node.kind === 'question' ? `${what} (begin hier)` : what;
}

function nodeBody(node: LaidOutNode, onPath: boolean): string {
  const m = diagramMetrics;
  const style = boxStyle(node.kind, node.tone);
  const centre = node.x + node.width / 2;
  const top = node.y + m.padding;
  const shape = `<path d="${boxPath(node.kind, node)}" fill="${style.fill}" stroke="${onPath ? pathInk : style.stroke}" stroke-width="${onPath ? 4 : 1.5}"${style.dashed ? ' stroke-dasharray="6 3"' : ''}/>`;
  const caption = `<text x="${n(centre)}" y="${n(top + m.captionSize)}" text-anchor="middle" font-size="${m.captionSize}" font-weight="700" fill="${ink}">${escapeXml(node.caption)}</text>`;
  const lines = node.lines
    .map(
      (line, index) =>
        `<tspan x="${n(centre)}" y="${n(top + m.captionHeight + m.fontSize + index * m.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `${shape}${caption}<text text-anchor="middle" font-size="${m.fontSize}" fill="${ink}">${lines}</text>`;
}

function nodeSvg(
  node: LaidOutNode,
  layout: DiagramLayout,
  state: { onPath: boolean; faded: boolean },
  version?: number,
): string {
  const attributes = `id="node-${escapeXml(node.id)}"${state.onPath ? ' data-path="true"' : ''}${state.faded ? ' opacity="0.45"' : ''}`;
  const title = `<title>${escapeXml(nodeTitle(node))}</title>`;
  const body = nodeBody(node, state.onPath);
  if (node.kind !== 'question') return `<g ${attributes}>${title}${body}</g>`;
  const href = escapeXml(questionHref(layout, node.id, version));
  return `<a ${attributes} href="${href}" class="wkb-diagram__link">${title}${body}</a>`;
}

function edgeSvg(
  edge: LaidOutEdge,
  state: { onPath: boolean; faded: boolean },
  marker: string,
): string {
  const m = diagramMetrics;
  if (edge.points.length < 2) return '';
  const d = edge.points.map((point, index) => `${index ? 'L' : 'M'}${n(point.x)} ${n(point.y)}`);
  const stroke = state.onPath ? pathInk : arrowInk;
  const line = `<path d="${d.join('')}" fill="none" stroke="${stroke}" stroke-width="${state.onPath ? 4 : 1.5}" marker-end="url(#${marker}${state.onPath ? '-path' : ''})"/>`;
  const label = edge.label
    ? `<rect x="${n(edge.label.x)}" y="${n(edge.label.y)}" width="${n(edge.label.width)}" height="${n(edge.label.height)}" rx="3" fill="#ffffff"${state.onPath ? ` stroke="${pathInk}"` : ''}/><text font-size="${m.labelSize}" fill="${ink}">${edge.label.lines
        .map(
          (text, index) =>
            `<tspan x="${n((edge.label?.x ?? 0) + 4)}" y="${n((edge.label?.y ?? 0) + 2 + m.labelSize + index * m.labelLineHeight)}">${escapeXml(text)}</tspan>`,
        )
        .join('')}</text>`
    : '';
  const attributes = `id="${escapeXml(edge.id)}"${state.onPath ? ' data-path="true"' : ''}${state.faded ? ' opacity="0.45"' : ''}`;
  return `<g ${attributes}>${line}${label}</g>`;
}

function legendSvg(item: LegendItem, marker: string): string {
  const { sample } = item;
  const shape =
    item.kind === 'path'
      ? `<path d="M${n(sample.x)} ${n(sample.y + sample.height / 2)}H${n(sample.x + sample.width - 4)}" stroke="${pathInk}" stroke-width="4" marker-end="url(#${marker}-path)"/>`
      : (() => {
          const style = boxStyle(item.kind, item.tone);
          return `<path d="${boxPath(item.kind, sample)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"${style.dashed ? ' stroke-dasharray="6 3"' : ''}/>`;
        })();
  return `${shape}<text x="${n(item.textX)}" y="${n(item.textY)}" font-size="${diagramMetrics.labelSize}" fill="${ink}">${escapeXml(item.label)}</text>`;
}

function markers(id: string): string {
  const arrow = (markerId: string, colour: string) =>
    `<marker id="${markerId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10Z" fill="${colour}"/></marker>`;
  return `<defs>${arrow(id, arrowInk)}${arrow(`${id}-path`, pathInk).replace('markerWidth="7" markerHeight="7"', 'markerWidth="11" markerHeight="11"')}</defs>`;
}

/** The ids of a walk that the layout knows, and the arrows between consecutive ones. */
export function pathSelection(layout: DiagramLayout, highlight: readonly string[]) {
  const known = new Set(layout.nodes.map((node) => node.id));
  const nodes = new Set(highlight.filter((id) => known.has(id)));
  const edges = new Set<string>();
  for (let index = 1; index < highlight.length; index++) {
    const from = highlight[index - 1];
    const to = highlight[index];
    const edge = layout.edges.find((candidate) => candidate.from === from && candidate.to === to);
    if (edge) edges.add(edge.id);
  }
  return { nodes, edges };
}

export function diagramSvg(layout: DiagramLayout, options: DiagramSvgOptions = {}): string {
  const prefix = options.idPrefix ?? 'wkb-diagram';
  const highlighting = (options.highlight?.length ?? 0) > 0;
  const path = pathSelection(layout, options.highlight ?? []);
  const width = Math.max(layout.width, 480) + 2 * margin;
  const legend = legendLayout(width - 2 * margin, { links: !highlighting, path: highlighting });
  const top = margin + legend.height + legendGap;
  const height = top + layout.height + margin;
  const marker = `${prefix}-pijl`;
  const edges = layout.edges.map((edge) => {
    const onPath = path.edges.has(edge.id);
    return edgeSvg(edge, { onPath, faded: highlighting && !onPath }, marker);
  });
  const nodes = layout.nodes.map((node) => {
    const onPath = path.nodes.has(node.id);
    return nodeSvg(node, layout, { onPath, faded: highlighting && !onPath }, options.version);
  });
  const title = `Schema van de ${layout.title}${highlighting ? ', met de gelopen route' : ''}`;
  // Wider than a desktop column even at 11 px text: shown smaller but not fitted (diagram.css).
  const wide = width * legibleScale > desktopColumn ? ' wkb-diagram__svg--wide' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMin meet" font-family="${fontFamily}" class="wkb-diagram__svg${wide}" aria-labelledby="${prefix}-titel" data-tree="${escapeXml(layout.treeId)}">
<title id="${prefix}-titel">${escapeXml(title)}</title>
${markers(marker)}
<g transform="translate(${margin} ${margin})">${legend.items.map((item) => legendSvg(item, marker)).join('')}</g>
<g transform="translate(${margin + (width - 2 * margin - layout.width) / 2} ${top})">
<g>${edges.join('\n')}</g>
<g>${nodes.join('\n')}</g>
</g>
</svg>`;
}
