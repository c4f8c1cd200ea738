// A4 documents from a flat list of blocks, drawn with pdf-lib and DejaVu Sans
// (embedded, subset) so ✓ ✗ é ë print. pdf-lib has no layout engine: this file
// wraps lines, breaks pages and keeps a heading with what follows it.
import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';
import { pdfLib } from './lazy-libraries.ts';
import { rgb } from './pdf-color.ts';
import { type Fonts, loadFontBytes, sharedFontkit } from './pdf-fonts.ts';
import { type Line, spaceBetween, type TextRun, wrapRuns } from './pdf-wrap.ts';

export type { TextRun } from './pdf-wrap.ts';

export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; runs: TextRun[]; small?: boolean }
  /** A list item or a mark (✓): `marker` hangs left of the text, `depth` indents. */
  | { kind: 'item'; marker: string; markerColor?: RGB; runs: TextRun[]; depth?: number }
  /** A row of a two-column list: question and answer, date label and date. */
  | { kind: 'row'; key: string; value: TextRun[] }
  /** A label in white on a coloured bar: the verdict. */
  | { kind: 'badge'; text: string; color: RGB }
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

export const pdfColors = {
  text: rgb(0.043, 0.047, 0.047),
  muted: rgb(0.3, 0.3, 0.3),
  line: rgb(0.69, 0.71, 0.72),
  accent: rgb(0, 0.38, 0.5),
  tint: rgb(0.9, 0.95, 0.97),
  green: rgb(0, 0.35, 0.15),
  red: rgb(0.63, 0.11, 0.14),
  amber: rgb(0.55, 0.3, 0),
};

const pageSize: [number, number] = [595.28, 841.89];
const margin = { x: 50, top: 50, bottom: 60 };
const leading = 1.35;
const contentWidth = pageSize[0] - 2 * margin.x;

class PageWriter {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly size: number,
  ) {
    this.page = this.newPage();
    this.y = pageSize[1] - margin.top;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(pageSize);
    this.pages.push(page);
    return page;
  }

  get lineHeight(): number {
    return this.size * leading;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height >= margin.bottom) return;
    this.page = this.newPage();
    this.y = pageSize[1] - margin.top;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Draws a line in as few text runs as possible: one per change of weight. */
  drawLine(line: Line, x: number, size: number, color: RGB): void {
    const spans: { text: string; bold: boolean; x: number }[] = [];
    let at = x;
    line.words.forEach((word, index) => {
      const previous = line.words[index - 1];
      if (previous) at += spaceBetween(previous, word, this.fonts, size);
      word.forEach((piece, pieceIndex) => {
        const last = spans.at(-1);
        const gap = previous && pieceIndex === 0 ? ' ' : '';
        if (last && last.bold === piece.bold) last.text += gap + piece.text;
        else spans.push({ text: piece.text, bold: piece.bold, x: at });
        at += piece.width;
      });
    });
    for (const span of spans) {
      const font = span.bold ? this.fonts.bold : this.fonts.regular;
      this.page.drawText(span.text, { x: span.x, y: this.y, size, font, color });
    }
  }

  /** Wrapped text from the current position; breaks pages between lines. */
  text(runs: TextRun[], x: number, width: number, size = this.size, color = pdfColors.text): void {
    const height = size * leading;
    for (const line of wrapRuns(runs, this.fonts, size, width)) {
      this.ensure(height);
      this.y -= size;
      this.drawLine(line, x, size, color);
      this.y -= height - size;
    }
  }
}

function drawBlock(writer: PageWriter, block: PdfBlock, next: PdfBlock | undefined): void {
  const { size, fonts } = writer;
  const x = margin.x;
  switch (block.kind) {
    case 'title':
      writer.text([{ text: block.text, bold: true }], x, contentWidth, size * 1.9, pdfColors.text);
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
        x,
        contentWidth,
        headingSize,
        pdfColors.accent,
      );
      writer.gap(size * 0.2);
      return;
    }
    case 'paragraph':
      writer.text(block.runs, x, contentWidth, block.small ? size * 0.85 : size, pdfColors.text);
      writer.gap(size * 0.5);
      return;
    case 'item': {
      const indent = x + (block.depth ?? 0) * size * 1.6;
      const hang = size * 2;
      writer.ensure(writer.lineHeight);
      // Markers end at the same place, so "10." lines up with "9.".
      const markerWidth = fonts.bold.widthOfTextAtSize(block.marker, size);
      writer.page.drawText(block.marker, {
        x: indent + hang - size * 0.5 - markerWidth,
        y: writer.y - size,
        size,
        font: fonts.bold,
        color: block.markerColor ?? pdfColors.text,
      });
      writer.text(block.runs, indent + hang, contentWidth - (indent - x) - hang);
      writer.gap(size * 0.25);
      return;
    }
    case 'row': {
      const keyWidth = contentWidth * 0.55;
      const keyLines = wrapRuns([{ text: block.key }], fonts, size, keyWidth - size);
      const valueLines = wrapRuns(block.value, fonts, size, contentWidth - keyWidth);
      const rows = Math.max(keyLines.length, valueLines.length);
      writer.ensure(rows * writer.lineHeight + size * 0.6);
      const top = writer.y;
      writer.text([{ text: block.key }], x, keyWidth - size);
      const afterKey = writer.y;
      writer.y = top;
      writer.text(block.value, x + keyWidth, contentWidth - keyWidth);
      writer.y = Math.min(afterKey, writer.y) - size * 0.2;
      writer.page.drawLine({
        start: { x, y: writer.y },
        end: { x: x + contentWidth, y: writer.y },
        thickness: 0.5,
        color: pdfColors.line,
      });
      writer.gap(size * 0.4);
      return;
    }
    case 'badge': {
      const width = fonts.bold.widthOfTextAtSize(block.text, size) + size * 1.2;
      writer.ensure(size * 2.2);
      writer.page.drawRectangle({
        x,
        y: writer.y - size * 1.6,
        width,
        height: size * 1.6,
        color: block.color,
      });
      writer.page.drawText(block.text, {
        x: x + size * 0.6,
        y: writer.y - size * 1.15,
        size,
        font: fonts.bold,
        color: rgb(1, 1, 1),
      });
      writer.gap(size * 2.2);
      return;
    }
    case 'box': {
      const padding = size * 0.8;
      const lines = block.paragraphs.map((runs) =>
        wrapRuns(runs, fonts, size * 1.1, contentWidth - 2 * padding),
      );
      const count = lines.reduce((sum, paragraph) => sum + paragraph.length, 0);
      const height = count * size * 1.1 * leading + 2 * padding;
      writer.ensure(height + size);
      writer.page.drawRectangle({
        x,
        y: writer.y - height,
        width: contentWidth,
        height,
        color: pdfColors.tint,
        borderColor: pdfColors.accent,
        borderWidth: 1.5,
      });
      writer.gap(padding);
      for (const runs of block.paragraphs) {
        writer.text(runs, x + padding, contentWidth - 2 * padding, size * 1.1);
      }
      writer.gap(padding + size * 0.6);
      return;
    }
  }
}

function drawFooters(writer: PageWriter, footer: string): void {
  const size = writer.size * 0.75;
  const total = writer.pages.length;
  writer.pages.forEach((page, index) => {
    const number = `pagina ${index + 1} van ${total}`;
    const numberWidth = writer.fonts.regular.widthOfTextAtSize(number, size);
    page.drawLine({
      start: { x: margin.x, y: margin.bottom - size * 1.2 },
      end: { x: margin.x + contentWidth, y: margin.bottom - size * 1.2 },
      thickness: 0.5,
      color: pdfColors.line,
    });
    const options = { y: margin.bottom - size * 2.6, size, font: writer.fonts.regular };
    page.drawText(footer, { ...options, x: margin.x, color: pdfColors.muted });
    page.drawText(number, {
      ...options,
      x: margin.x + contentWidth - numberWidth,
      color: pdfColors.muted,
    });
  });
}

export async function renderPdf(blocks: PdfBlock[], options: PdfOptions): Promise<Uint8Array> {
  const doc = await pdfLib().PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const bytes = loadFontBytes();
  // Ligatures off: "fi" stays two letters when the text is copied or searched.
  const features = { liga: false };
  const fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true, features }),
    bold: await doc.embedFont(bytes.bold, { subset: true, features }),
  };
  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setLanguage('nl-NL');
  doc.setCreator('Woonkansboom');
  doc.setProducer('Woonkansboom (pdf-lib)');
  doc.setCreationDate(options.created);
  doc.setModificationDate(options.created);
  const writer = new PageWriter(doc, fonts, options.size);
  blocks.forEach((block, index) => {
    drawBlock(writer, block, blocks[index + 1]);
  });
  drawFooters(writer, options.footer);
  return doc.save();
}
