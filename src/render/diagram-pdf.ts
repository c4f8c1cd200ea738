// The tree diagram as a tagged PDF, drawn with PDFKit from the same layout and
// shapes as the SVG (no browser in production), on the sheets that
// diagram-sheets.ts plans. The tree is one Figure whose alternative text is
// the text outline; the first sheet's heading is the H1 and its legend a list,
// and the heading and legend repeated on later sheets are artifacts.

import type { Box, DiagramLayout, LaidOutEdge, LaidOutNode } from './diagram-layout.ts';
import { diagramMetrics } from './diagram-layout.ts';
import { diagramOutlineText } from './diagram-outline.ts';
import { arrowInk, type BoxStyle, boxPath, boxStyle, ink, legendLayout } from './diagram-shapes.ts';
import {
  headerHeight,
  legendScale,
  type PaperSize,
  paperLegend,
  type SheetPlan,
  sheetMargin,
  sheetPlan,
  sheetsOf,
} from './diagram-sheets.ts';
import type { FontWeight } from './pdf-fonts.ts';
import { measure } from './pdf-fonts.ts';
import {
  drawArtifact,
  drawTagged,
  drawText,
  type Pdf,
  pdfBytes,
  type Tag,
  tag,
  tagAttribute,
  taggedPdf,
} from './tagged-pdf.ts';

export type { PaperSize } from './diagram-sheets.ts';

/** Maps layout coordinates onto the page: page x = x + layout x × scale (y likewise, downwards). */
interface View {
  x: number;
  y: number;
  scale: number;
}

/** An outline in layout units, filled and stroked as `style` says (line widths scale too). */
function drawShape(doc: Pdf, path: string, style: BoxStyle, view: View): void {
  doc.save();
  doc.translate(view.x, view.y).scale(view.scale);
  doc.lineWidth(1.5).fillColor(style.fill).strokeColor(style.stroke);
  if (style.dashed) doc.dash(6, { space: 3 });
  doc.path(path).fillAndStroke();
  doc.restore();
}

function drawNode(doc: Pdf, node: LaidOutNode, view: View): void {
  const m = diagramMetrics;
  drawShape(doc, boxPath(node.kind, node), boxStyle(node.kind, node.tone), view);
  const centre = view.x + (node.x + node.width / 2) * view.scale;
  const text = (line: string, baseline: number, size: number, weight: FontWeight) => {
    const scaled = size * view.scale;
    drawText(doc, line, {
      x: centre - measure(line, weight, scaled) / 2,
      y: view.y + baseline * view.scale,
      size: scaled,
      weight,
      color: ink,
    });
  };
  const top = node.y + m.padding;
  text(node.caption, top + m.captionSize, m.captionSize, 'bold');
  node.lines.forEach((line, index) => {
    text(line, top + m.captionHeight + m.fontSize + index * m.lineHeight, m.fontSize, 'regular');
  });
}

function drawEdge(doc: Pdf, edge: LaidOutEdge, view: View, shows: (box: Box) => boolean): void {
  const m = diagramMetrics;
  const points = edge.points;
  const end = points.at(-1);
  const before = points.at(-2);
  if (!end || !before) return;
  const d = points.map((point, index) => `${index ? 'L' : 'M'}${point.x} ${point.y}`).join('');
  const angle = Math.atan2(end.y - before.y, end.x - before.x);
  const corner = (turn: number) =>
    `${end.x - 9 * Math.cos(angle + turn)} ${end.y - 9 * Math.sin(angle + turn)}`;
  const label = edge.label && shows(edge.label) ? edge.label : undefined;
  doc.save();
  doc.translate(view.x, view.y).scale(view.scale);
  doc.lineWidth(1.5).strokeColor(arrowInk).path(d).stroke();
  doc
    .fillColor(arrowInk)
    .path(`M${end.x} ${end.y}L${corner(0.45)}L${corner(-0.45)}Z`)
    .fill();
  if (label)
    doc
      .fillColor('#ffffff')
      .path(`M${label.x} ${label.y}h${label.width}v${label.height}h${-label.width}Z`)
      .fill();
  doc.restore();
  label?.lines.forEach((line, index) => {
    drawText(doc, line, {
      x: view.x + (label.x + 4) * view.scale,
      y: view.y + (label.y + 2 + m.labelSize + index * m.labelLineHeight) * view.scale,
      size: m.labelSize * view.scale,
      weight: 'regular',
      color: ink,
    });
  });
}

/** The legend under the heading: a list on the first sheet (`list`), an artifact after that. */
function drawLegend(doc: Pdf, plan: SheetPlan, list: Tag | undefined): void {
  const legend = legendLayout(plan.area.width / legendScale, paperLegend);
  const top = sheetMargin + headerHeight;
  const view = { x: sheetMargin, y: top, scale: legendScale };
  for (const item of legend.items) {
    const { kind } = item;
    if (kind === 'path') continue;
    const shape = boxPath(kind, item.sample);
    drawArtifact(doc, 'Layout', () => drawShape(doc, shape, boxStyle(kind, item.tone), view));
    const label = () =>
      drawText(doc, item.label, {
        x: sheetMargin + item.textX * legendScale,
        y: top + item.textY * legendScale,
        size: diagramMetrics.labelSize * legendScale,
        weight: 'regular',
        color: ink,
      });
    if (list) drawTagged(doc, tag(doc, tag(doc, list, 'LI'), 'LBody'), label);
    else drawArtifact(doc, 'Pagination', label);
  }
}

function edgeBounds(edge: LaidOutEdge): Box {
  const boxes = [
    ...edge.points.map((point) => ({ x: point.x, y: point.y, width: 0, height: 0 })),
    ...(edge.label ? [edge.label] : []),
  ];
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** What sheet `index` shows of the diagram, clipped to its region. */
function drawSheet(doc: Pdf, layout: DiagramLayout, plan: SheetPlan, index: number): void {
  const { area, scale, regions } = plan;
  const region = regions[index];
  if (!region) return;
  const width = (region.right - region.left) * scale;
  const height = (region.bottom - region.top) * scale;
  // The whole width of the tree is centred as before; a column of it starts at the left.
  const whole = region.left === 0 && region.right >= layout.width;
  const left = area.x + (whole ? (area.width - width) / 2 : 0);
  const view: View = { x: left - region.left * scale, y: area.y - region.top * scale, scale };
  doc.save();
  doc.rect(left, area.y, width, height).clip();
  // A box goes on one sheet when one holds it whole (text under the clip
  // would still be found by search); arrows go on every sheet they cross.
  const here = (box: Box) => sheetsOf(regions, box).includes(index);
  const crosses = (box: Box) =>
    box.y < region.bottom &&
    box.y + box.height > region.top &&
    box.x < region.right &&
    box.x + box.width > region.left;
  for (const edge of layout.edges) if (crosses(edgeBounds(edge))) drawEdge(doc, edge, view, here);
  for (const node of layout.nodes) if (here(node)) drawNode(doc, node, view);
  doc.restore();
}

export interface DiagramPdfOptions {
  paper: PaperSize;
  /** The published version, printed in the header. */
  version: number;
}

export function diagramPdf(layout: DiagramLayout, options: DiagramPdfOptions): Promise<Uint8Array> {
  const plan = sheetPlan(layout, options.paper);
  const { doc, root } = taggedPdf({
    title: `Schema: ${layout.title}`,
    author: 'Bureau Woonkans Groningen',
  });
  const alt = `Schema: ${layout.title} (versie ${options.version}). Elke vraag met de antwoorden, en waar elk antwoord naartoe leidt:\n${diagramOutlineText(layout)}`;
  const sheets = plan.regions.length;
  let figure: Tag | undefined;
  plan.regions.forEach((_, index) => {
    doc.addPage({ size: plan.size, margin: 0 });
    const sheet = sheets > 1 ? ` – blad ${index + 1} van ${sheets}` : '';
    const heading = () =>
      drawText(doc, `Schema: ${layout.title} (versie ${options.version})${sheet}`, {
        x: sheetMargin,
        y: sheetMargin + 14,
        size: 14,
        weight: 'bold',
        color: ink,
      });
    if (index === 0) {
      drawTagged(doc, tag(doc, root, 'H1'), heading);
      const legend = tag(doc, root, 'L');
      tagAttribute(legend, 'List', 'ListNumbering', 'None');
      drawLegend(doc, plan, legend);
    } else {
      drawArtifact(doc, 'Pagination', heading);
      drawLegend(doc, plan, undefined);
    }
    figure ??= tag(doc, root, 'Figure', { alt });
    drawTagged(doc, figure, () => drawSheet(doc, layout, plan, index));
  });
  return pdfBytes(doc);
}
