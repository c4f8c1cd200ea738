// The look of a diagram, shared by the SVG and the PDF: colours, the outline
// of each kind of box as an SVG path, and where the legend items go.
import type { Tone } from '../core/tree/tree.ts';
import { textWidth } from './diagram-font.ts';
import type { DiagramNodeKind } from './diagram-graph.ts';
import { type Box, diagramMetrics } from './diagram-layout.ts';
import { toneWords } from './diagram-words.ts';

export interface BoxStyle {
  fill: string;
  stroke: string;
  /** Outcomes that ask for action get a dashed outline: a second signal besides the word. */
  dashed?: boolean;
}

export const ink = '#1a1a1a';
export const arrowInk = '#4d4d4d';
export const pathInk = '#00465c';

/** Outcomes look as their badge does (SPEC §4.3 "Badge and tone"). */
const toneStyles: Record<Tone, BoxStyle> = {
  positive: { fill: '#dff2e3', stroke: '#1d6b2f' },
  action: { fill: '#fff0c7', stroke: '#845400', dashed: true },
  negative: { fill: '#fbe2e2', stroke: '#a4262c' },
  neutral: { fill: '#e3eaf5', stroke: '#34507a' },
};

export function boxStyle(kind: DiagramNodeKind, tone?: Tone): BoxStyle {
  if (kind === 'outcome' && tone) return toneStyles[tone];
  if (kind === 'check') return { fill: '#eeeeee', stroke: '#4d4d4d' };
  return { fill: '#ffffff', stroke: '#00617f' };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The outline of a box: questions rounded, checks hexagons, outcomes square. */
export function boxPath(kind: DiagramNodeKind, { x, y, width, height }: Box): string {
  const [l, t, r, b] = [x, y, x + width, y + height].map(round) as [number, number, number, number];
  if (kind === 'check') {
    const inset = round(Math.min(diagramMetrics.hexInset, width / 4));
    const mid = round(y + height / 2);
    return `M${l + inset} ${t}H${r - inset}L${r} ${mid}L${r - inset} ${b}H${l + inset}L${l} ${mid}Z`;
  }
  if (kind === 'question') {
    const c = 10;
    return `M${l + c} ${t}H${r - c}Q${r} ${t} ${r} ${t + c}V${b - c}Q${r} ${b} ${r - c} ${b}H${l + c}Q${l} ${b} ${l} ${b - c}V${t + c}Q${l} ${t} ${l + c} ${t}Z`;
  }
  return `M${l} ${t}H${r}V${b}H${l}Z`;
}

export interface LegendItem {
  kind: DiagramNodeKind | 'path';
  tone?: Tone;
  label: string;
  /** Where the sample shape goes; the label follows on its right. */
  sample: Box;
  textX: number;
  /** Baseline of the label. */
  textY: number;
}

export interface Legend {
  items: LegendItem[];
  height: number;
}

const sampleSize = { width: 30, height: 18 };
const legendGap = 22;
const legendRow = 26;

export interface LegendOptions {
  /** Questions are links (on screen, not on paper). */
  links: boolean;
  /** A walk's path is drawn. */
  path: boolean;
}

/** The legend, wrapped into rows of at most `width`. */
export function legendLayout(width: number, options: LegendOptions): Legend {
  const entries: Omit<LegendItem, 'sample' | 'textX' | 'textY'>[] = [
    { kind: 'question', label: options.links ? 'Vraag (klik om daar te beginnen)' : 'Vraag' },
    { kind: 'check', label: 'Controle (rekent met de antwoorden)' },
    ...(Object.keys(toneWords) as Tone[]).map((tone) => ({
      kind: 'outcome' as const,
      tone,
      label: `Uitkomst: ${toneWords[tone]}`,
    })),
    ...(options.path ? [{ kind: 'path' as const, label: 'De gelopen route' }] : []),
  ];
  const size = diagramMetrics.labelSize;
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const itemWidth = sampleSize.width + 6 + textWidth(entry.label, size);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    const top = row * legendRow;
    items.push({
      ...entry,
      sample: { x, y: top, ...sampleSize },
      textX: x + sampleSize.width + 6,
      textY: top + sampleSize.height / 2 + size * 0.36,
    });
    x += itemWidth + legendGap;
  }
  return { items, height: (row + 1) * legendRow };
}
