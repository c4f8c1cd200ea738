// A4 documents from a flat list of blocks, drawn with PDFKit as a tagged PDF
// (tagged-pdf.ts): the title is H1, headings H2 and H3, paragraphs P, items a
// list (L, LI, Lbl, LBody), rows a table (TR with a TH and a TD), and rules,
// boxes and footers artifacts. The layout is our own (pdf-page-writer.ts): it
// wraps lines, breaks pages between lines and keeps a heading with what
// follows it.

import { measure } from './pdf-fonts.ts';
import {
  contentWidth,
  leading,
  margin,
  PageWriter,
  type PdfColor,
  pageSize,
  pdfColors,
} from './pdf-page-writer.ts';
import { type TextRun, wrapRuns } from './pdf-wrap.ts';
import { drawArtifact, drawTagged, drawText, pdfBytes, taggedPdf } from './tagged-pdf.ts';

export { type PdfColor, pdfColors } from './pdf-page-writer.ts';
export type { TextRun } from './pdf-wrap.ts';

export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; runs: TextRun[]; small?: boolean }
  /** A list item or a mark (✓): `marker` hangs left of the text, `depth` indents. */
  | { kind: 'item'; marker: string; markerColor?: PdfColor; runs: TextRun[]; depth?: number }
  /** A row of a two-column list: question and answer, date label and date. */
  | { kind: 'row'; key: string; value: TextRun[] }
  /** A label in white on a coloured bar: the verdict. */
  | { kind: 'badge'; text: string; color: PdfColor }
  /** A tinted box with a border: what must not be missed (the deadline). */
  | { kind: 'box'; paragraphs: TextRun[][] };

export interface PdfOptions {
  title: string;
  /** Body text size in points. */
  size: number;
  /** Left of the page number at the foot of every page. */
  footer: string;
  /** Creation date: the caller owns the clock. */
  created: Date;
}

function drawBlock(writer: PageWriter, block: PdfBlock, next: PdfBlock | undefined): void {
  const { size, doc } = writer;
  const x = margin.x;
  writer.startBlock(block.kind);
  switch (block.kind) {
    case 'title':
      writer.text(
        [{ text: block.text, bold: true }],
        writer.element('H1'),
        x,
        contentWidth,
        size * 1.9,
      );
      writer.gap(size * 0.4);
      return;
    case 'heading':
    case 'subheading': {
      const headingSize = block.kind === 'heading' ? size * 1.3 : size * 1.1;
      // Keep the heading with at least three lines of what follows.
      writer.ensure(headingSize * 2 + (next ? writer.lineHeight * 3 : 0));
      writer.gap(headingSize * 0.6);
      writer.text(
        [{ text: block.text, bold: true }],
        writer.element(block.kind === 'heading' ? 'H2' : 'H3'),
        x,
        contentWidth,
        headingSize,
        pdfColors.accent,
      );
      writer.gap(size * 0.2);
      return;
    }
    case 'paragraph':
      writer.text(
        block.runs,
        writer.element('P'),
        x,
        contentWidth,
        block.small ? size * 0.85 : size,
      );
      writer.gap(size * 0.5);
      return;
    case 'item': {
      const depth = block.depth ?? 0;
      const indent = x + depth * size * 1.6;
      const hang = size * 2;
      writer.ensure(writer.lineHeight);
      const { label, body } = writer.listItem(depth, block.marker);
      if (label) {
        // Markers end at the same place, so "10." lines up with "9.".
        const markerWidth = measure(block.marker, 'bold', size);
        drawTagged(doc, label, () =>
          drawText(doc, block.marker, {
            x: indent + hang - size * 0.5 - markerWidth,
            y: writer.y + size,
            size,
            weight: 'bold',
            color: block.markerColor ?? pdfColors.text,
          }),
        );
      }
      writer.text(block.runs, body, indent + hang, contentWidth - (indent - x) - hang);
      writer.gap(size * 0.25);
      return;
    }
    case 'row': {
      const keyWidth = contentWidth * 0.55;
      const keyLines = wrapRuns([{ text: block.key }], size, keyWidth - size);
      const valueLines = wrapRuns(block.value, size, contentWidth - keyWidth);
      const rows = Math.max(keyLines.length, valueLines.length);
      writer.ensure(rows * writer.lineHeight + size * 0.6);
      const row = writer.tableRow();
      const top = writer.y;
      writer.text(
        [{ text: block.key }],
        writer.element('TH', { scope: 'Row' }, row),
        x,
        keyWidth - size,
      );
      const afterKey = writer.y;
      writer.y = top;
      writer.text(
        block.value,
        writer.element('TD', {}, row),
        x + keyWidth,
        contentWidth - keyWidth,
      );
      writer.y = Math.max(afterKey, writer.y) + size * 0.2;
      writer.rule(writer.y);
      writer.gap(size * 0.4);
      return;
    }
    case 'badge': {
      const width = measure(block.text, 'bold', size) + size * 1.2;
      writer.ensure(size * 2.2);
      const top = writer.y;
      drawArtifact(doc, 'Layout', () => {
        doc
          .fillColor(block.color)
          .rect(x, top, width, size * 1.6)
          .fill();
      });
      const badge = writer.element('P');
      drawTagged(doc, badge, () =>
        drawText(doc, block.text, {
          x: x + size * 0.6,
          y: top + size * 1.15,
          size,
          weight: 'bold',
          color: '#ffffff',
        }),
      );
      writer.gap(size * 2.2);
      return;
    }
    case 'box': {
      const padding = size * 0.8;
      const lines = block.paragraphs.map((runs) =>
        wrapRuns(runs, size * 1.1, contentWidth - 2 * padding),
      );
      const count = lines.reduce((sum, paragraph) => sum + paragraph.length, 0);
      const height = count * size * 1.1 * leading + 2 * padding;
      writer.ensure(height + size);
      const top = writer.y;
      drawArtifact(doc, 'Layout', () => {
        doc
          .lineWidth(1.5)
          .fillColor(pdfColors.tint)
          .strokeColor(pdfColors.accent)
          .rect(x, top, contentWidth, height)
          .fillAndStroke();
      });
      const box = writer.element('Div');
      writer.gap(padding);
      for (const runs of block.paragraphs) {
        writer.text(
          runs,
          writer.element('P', {}, box),
          x + padding,
          contentWidth - 2 * padding,
          size * 1.1,
        );
      }
      writer.gap(padding + size * 0.6);
      return;
    }
  }
}

function drawFooters(writer: PageWriter, footer: string): void {
  const { doc } = writer;
  const size = writer.size * 0.75;
  const total = writer.pageCount;
  const bottom = pageSize[1] - margin.bottom;
  for (let index = 0; index < total; index++) {
    doc.switchToPage(index);
    const number = `pagina ${index + 1} van ${total}`;
    const numberWidth = measure(number, 'regular', size);
    drawArtifact(doc, 'Pagination', () => {
      doc
        .lineWidth(0.5)
        .strokeColor(pdfColors.line)
        .moveTo(margin.x, bottom + size * 1.2)
        .lineTo(margin.x + contentWidth, bottom + size * 1.2)
        .stroke();
      const at = {
        y: bottom + size * 2.6,
        size,
        weight: 'regular',
        color: pdfColors.muted,
      } as const;
      drawText(doc, footer, { ...at, x: margin.x });
      drawText(doc, number, { ...at, x: margin.x + contentWidth - numberWidth });
    });
  }
}

export function renderPdf(blocks: PdfBlock[], options: PdfOptions): Promise<Uint8Array> {
  const { doc, root } = taggedPdf({ title: options.title, created: options.created });
  const writer = new PageWriter(doc, root, options.size);
  blocks.forEach((block, index) => {
    drawBlock(writer, block, blocks[index + 1]);
  });
  drawFooters(writer, options.footer);
  return pdfBytes(doc);
}
