// The tree diagram as a PDF, drawn with pdf-lib from the same layout and
// shapes as the SVG (no browser in production). A4: landscape sheets at a
// readable size, cut between rows of boxes. A3: the whole tree on one poster.

import type { PDFFont, PDFPage } from 'pdf-lib';
import { diagramFontBytes } from './diagram-font.ts';
import type { Box, DiagramLayout, LaidOutEdge, LaidOutNode } from './diagram-layout.ts';
import { diagramMetrics } from './diagram-layout.ts';
import { arrowInk, boxPath, boxStyle, ink, legendLayout } from './diagram-shapes.ts';
import { fontkit, pdfLib } from './lazy-libraries.ts';
import { rgb } from './pdf-color.ts';

export type PaperSize = 'a4' | 'a3';

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const mm = 72 / 25.4;
const margin = 12 * mm;
const headerHeight = 22;
const legendScale = 0.75;
const paperLegend = { links: false, path: false };
/** Not bigger than this on A4: 14 pt text would waste paper. */
const maxA4Scale = 0.75;

function colour(hex: string) {
  const value = Number.parseInt(hex.slice(1), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

/** Maps layout coordinates of one slice onto the page. */
interface View {
  x: number;
  /** Page y of layout y = 0. */
  y: number;
  scale: number;
}

function drawNode(page: PDFPage, fonts: Fonts, node: LaidOutNode, view: View): void {
  const m = diagramMetrics;
  const style = boxStyle(node.kind, node.tone);
  page.drawSvgPath(boxPath(node.kind, node), {
    ...view,
    color: colour(style.fill),
    borderColor: colour(style.stroke),
    borderWidth: 1.5,
    ...(style.dashed ? { borderDashArray: [6, 3] } : {}),
  });
  const centre = view.x + (node.x + node.width / 2) * view.scale;
  const text = (line: string, baseline: number, size: number, font: PDFFont) => {
    const scaled = size * view.scale;
    page.drawText(line, {
      x: centre - font.widthOfTextAtSize(line, scaled) / 2,
      y: view.y - baseline * view.scale,
      size: scaled,
      font,
      color: colour(ink),
    });
  };
  const top = node.y + m.padding;
  text(node.caption, top + m.captionSize, m.captionSize, fonts.bold);
  node.lines.forEach((line, index) => {
    text(
      line,
      top + m.captionHeight + m.fontSize + index * m.lineHeight,
      m.fontSize,
      fonts.regular,
    );
  });
}

function drawEdge(
  page: PDFPage,
  fonts: Fonts,
  edge: LaidOutEdge,
  view: View,
  shows: (box: Box) => boolean,
): void {
  const m = diagramMetrics;
  const points = edge.points;
  const end = points.at(-1);
  const before = points.at(-2);
  if (!end || !before) return;
  const d = points.map((point, index) => `${index ? 'L' : 'M'}${point.x} ${point.y}`).join('');
  page.drawSvgPath(d, { ...view, borderColor: colour(arrowInk), borderWidth: 1.5 });
  const angle = Math.atan2(end.y - before.y, end.x - before.x);
  const corner = (turn: number) =>
    `${end.x - 9 * Math.cos(angle + turn)} ${end.y - 9 * Math.sin(angle + turn)}`;
  page.drawSvgPath(`M${end.x} ${end.y}L${corner(0.45)}L${corner(-0.45)}Z`, {
    ...view,
    color: colour(arrowInk),
  });
  const label = edge.label;
  if (!label || !shows(label)) return;
  page.drawSvgPath(`M${label.x} ${label.y}h${label.width}v${label.height}h${-label.width}Z`, {
    ...view,
    color: rgb(1, 1, 1),
  });
  label.lines.forEach((line, index) => {
    page.drawText(line, {
      x: view.x + (label.x + 4) * view.scale,
      y: view.y - (label.y + 2 + m.labelSize + index * m.labelLineHeight) * view.scale,
      size: m.labelSize * view.scale,
      font: fonts.regular,
      color: colour(ink),
    });
  });
}

function drawLegend(page: PDFPage, fonts: Fonts, width: number, top: number): number {
  const legend = legendLayout(width / legendScale, paperLegend);
  const view = { x: margin, y: top, scale: legendScale };
  for (const item of legend.items) {
    if (item.kind === 'path') continue;
    const style = boxStyle(item.kind, item.tone);
    page.drawSvgPath(boxPath(item.kind, item.sample), {
      ...view,
      color: colour(style.fill),
      borderColor: colour(style.stroke),
      borderWidth: 1.5,
      ...(style.dashed ? { borderDashArray: [6, 3] } : {}),
    });
    page.drawText(item.label, {
      x: margin + item.textX * legendScale,
      y: top - item.textY * legendScale,
      size: diagramMetrics.labelSize * legendScale,
      font: fonts.regular,
      color: colour(ink),
    });
  }
  return legend.height * legendScale;
}

function edgeBounds(edge: LaidOutEdge): Box {
  const ys = [
    ...edge.points.map((point) => point.y),
    ...(edge.label ? [edge.label.y, edge.label.y + edge.label.height] : []),
  ];
  const top = Math.min(...ys);
  return { x: 0, y: top, width: 0, height: Math.max(...ys) - top };
}

/** Where to cut a tall diagram: in the gaps between boxes, each slice at most `height` high. */
export function sliceDiagram(layout: DiagramLayout, height: number): [number, number][] {
  const blocks: Box[] = [
    ...layout.nodes,
    ...layout.edges.flatMap((edge) => (edge.label ? [edge.label] : [])),
  ];
  const covered = (y: number) => blocks.some((box) => box.y - 2 < y && y < box.y + box.height + 2);
  const slices: [number, number][] = [];
  let top = 0;
  while (top < layout.height) {
    let bottom = Math.min(layout.height, top + height);
    if (bottom < layout.height) {
      let cut = bottom;
      while (cut > top + height / 3 && covered(cut)) cut--;
      if (!covered(cut)) bottom = cut;
    }
    slices.push([top, bottom]);
    top = bottom;
  }
  return slices;
}

export interface DiagramPdfOptions {
  paper: PaperSize;
  /** The published version, printed in the header. */
  version: number;
}

export async function diagramPdf(
  layout: DiagramLayout,
  options: DiagramPdfOptions,
): Promise<Uint8Array> {
  const pdf = await pdfLib().PDFDocument.create();
  pdf.registerFontkit(fontkit());
  const fonts = {
    regular: await pdf.embedFont(diagramFontBytes('regular'), { subset: true }),
    bold: await pdf.embedFont(diagramFontBytes('bold'), { subset: true }),
  };
  pdf.setTitle(`Schema: ${layout.title}`);
  pdf.setAuthor('Bureau Woonkans Groningen');
  pdf.setCreator('Woonkansboom');
  pdf.setLanguage('nl');

  const a4: [number, number] = [297 * mm, 210 * mm];
  const portrait = layout.height > layout.width;
  const size: [number, number] =
    options.paper === 'a4' ? a4 : portrait ? [297 * mm, 420 * mm] : [420 * mm, 297 * mm];
  const contentWidth = size[0] - 2 * margin;
  const legendHeight = legendLayout(contentWidth / legendScale, paperLegend).height * legendScale;
  const contentHeight = size[1] - 2 * margin - headerHeight - legendHeight - 8;
  const fitWidth = contentWidth / layout.width;
  const scale =
    options.paper === 'a4'
      ? Math.min(fitWidth, maxA4Scale)
      : Math.min(fitWidth, contentHeight / layout.height);
  const slices: [number, number][] =
    options.paper === 'a4' ? sliceDiagram(layout, contentHeight / scale) : [[0, layout.height]];

  slices.forEach(([top, bottom], index) => {
    const page = pdf.addPage(size);
    const pageTop = size[1] - margin;
    const sheet = slices.length > 1 ? ` – blad ${index + 1} van ${slices.length}` : '';
    page.drawText(`Schema: ${layout.title} (versie ${options.version})${sheet}`, {
      x: margin,
      y: pageTop - 14,
      size: 14,
      font: fonts.bold,
      color: colour(ink),
    });
    const legendTop = pageTop - headerHeight;
    drawLegend(page, fonts, contentWidth, legendTop);
    const areaTop = legendTop - legendHeight - 8;
    const offset = (contentWidth - layout.width * scale) / 2;
    const view: View = { x: margin + offset, y: areaTop + top * scale, scale };
    page.pushOperators(
      pdfLib().pushGraphicsState(),
      pdfLib().rectangle(
        margin,
        areaTop - (bottom - top) * scale,
        contentWidth,
        (bottom - top) * scale,
      ),
      pdfLib().clip(),
      pdfLib().endPath(),
    );
    // Only what shows on this sheet: text under the clip would still be found by search.
    const shows = (box: Box) => box.y < bottom && box.y + box.height > top;
    for (const edge of layout.edges)
      if (shows(edgeBounds(edge))) drawEdge(page, fonts, edge, view, shows);
    for (const node of layout.nodes) if (shows(node)) drawNode(page, fonts, node, view);
    page.pushOperators(pdfLib().popGraphicsState());
  });
  return pdf.save();
}
