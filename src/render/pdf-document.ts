// A4 documents from a flat list of blocks, drawn with PDFKit as a tagged PDF
// (tagged-pdf.ts): the title is H1, headings H2 and H3, paragraphs P, items a
// list (L, LI, Lbl, LBody), rows a table (TR with a TH and a TD), and rules,
// boxes and footers artifacts. This file does the layout itself: it wraps
// lines, breaks pages between lines and keeps a heading with what follows it.
import { measure } from './pdf-fonts.ts';
import { type Line, spaceBetween, type TextRun, wrapRuns } from './pdf-wrap.ts';
import {
  drawArtifact,
  drawLink,
  drawTagged,
  drawText,
  type Pdf,
  pdfBytes,
  type Tag,
  tag,
  tagAttribute,
  taggedPdf,
} from './tagged-pdf.ts';

export type { TextRun } from './pdf-wrap.ts';

/** A colour as PDFKit takes it: `#rrggbb`. */
export type PdfColor = string;

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

export const pdfColors = {
  text: '#0b0c0c',
  muted: '#4d4d4d',
  line: '#b0b5b8',
  accent: '#00617f',
  tint: '#e6f2f7',
  green: '#005926',
  red: '#a11c24',
  amber: '#8c4d00',
} satisfies Record<string, PdfColor>;

const pageSize: [number, number] = [595.28, 841.89];
const margin = { x: 50, top: 50, bottom: 60 };
const leading = 1.35;
const contentWidth = pageSize[0] - 2 * margin.x;

/** How a list's items are marked, for a reader that announces it (PDF 1.7, table 347). */
function listNumbering(marker: string): string {
  if (/^\d+\.$/.test(marker)) return 'Decimal';
  return marker === '•' ? 'Disc' : 'None';
}

class PageWriter {
  /** Where the next line starts, from the top of the page (PDFKit's y runs down). */
  y = margin.top;
  pageCount = 0;
  /** The lists open at the current block, outermost first. */
  private lists: { depth: number; list: Tag; body?: Tag }[] = [];
  private table: Tag | undefined;

  constructor(
    readonly doc: Pdf,
    readonly root: Tag,
    readonly size: number,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.doc.addPage({ size: pageSize, margin: 0 });
    this.pageCount++;
    this.y = margin.top;
  }

  get lineHeight(): number {
    return this.size * leading;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y + height <= pageSize[1] - margin.bottom) return;
    this.newPage();
  }

  gap(points: number): void {
    this.y += points;
  }

  /** A new element for the block: lists and tables end where other blocks begin. */
  element(type: string, options: { scope?: 'Row' } = {}, parent = this.root): Tag {
    return tag(this.doc, parent, type, options);
  }

  /** The LBody of a new item at `depth`, its Lbl and LBody; a deeper list goes inside the item above. */
  listItem(depth: number, marker: string): { label: Tag | undefined; body: Tag } {
    while ((this.lists.at(-1)?.depth ?? -1) > depth) this.lists.pop();
    let open = this.lists.at(-1);
    // A second paragraph of the same item (no marker) goes into its body.
    if (marker === '' && open?.depth === depth && open.body)
      return { label: undefined, body: open.body };
    if (!open || open.depth < depth) {
      const list = this.element('L', {}, open?.body ?? this.root);
      tagAttribute(list, 'List', 'ListNumbering', listNumbering(marker));
      open = { depth, list };
      this.lists.push(open);
    }
    const item = this.element('LI', {}, open.list);
    const label = this.element('Lbl', {}, item);
    open.body = this.element('LBody', {}, item);
    return { label, body: open.body };
  }

  /** The table that consecutive rows share. */
  tableRow(): Tag {
    this.table ??= this.element('Table');
    return this.element('TR', {}, this.table);
  }

  /** Closes the open lists and table unless the block continues them. */
  startBlock(kind: PdfBlock['kind']): void {
    if (kind !== 'item') this.lists = [];
    if (kind !== 'row') this.table = undefined;
  }

  /**
   * Draws one line as content of `into`, in as few text runs as possible: one
   * per change of weight; a run that links becomes a Link element of its own.
   * The spaces between runs and at the end of a line (`more` lines follow) are
   * written too, invisible, so the text of the tags reads as words.
   */
  drawLine(
    line: Line,
    at: { x: number; baseline: number; size: number; color: string; more: boolean },
    into: Tag,
  ): void {
    const { baseline, size, color } = at;
    const spans: { text: string; bold: boolean; link?: string; x: number; width: number }[] = [];
    let x = at.x;
    line.words.forEach((word, index) => {
      const previous = line.words[index - 1];
      if (previous) x += spaceBetween(previous, word, size);
      word.forEach((piece, pieceIndex) => {
        const last = spans.at(-1);
        const spaced = previous !== undefined && pieceIndex === 0;
        if (last && last.bold === piece.bold && last.link === piece.link) {
          last.text += (spaced ? ' ' : '') + piece.text;
          last.width = x + piece.width - last.x;
        } else {
          // The space goes at the end of the run before, or, after a link,
          // at the start of this run.
          let start = x;
          let text = piece.text;
          if (spaced && last && !last.link) last.text += ' ';
          else if (spaced) {
            text = ` ${text}`;
            start -= measure(' ', piece.bold ? 'bold' : 'regular', size);
          }
          spans.push({
            text,
            bold: piece.bold,
            ...(piece.link ? { link: piece.link } : {}),
            x: start,
            width: x + piece.width - start,
          });
        }
        x += piece.width;
      });
    });
    const end = spans.at(-1);
    if (end && at.more) end.text += ' ';
    const draw = (span: (typeof spans)[number]) => () =>
      drawText(this.doc, span.text, {
        x: span.x,
        y: baseline,
        size,
        weight: span.bold ? 'bold' : 'regular',
        color,
      });
    let plain: (typeof spans)[number][] = [];
    const flush = () => {
      if (plain.length === 0) return;
      const run = plain;
      drawTagged(this.doc, into, () => {
        for (const span of run) draw(span)();
      });
      plain = [];
    };
    for (const span of spans) {
      if (!span.link) {
        plain.push(span);
        continue;
      }
      flush();
      const area = { x: span.x, y: baseline - size, width: span.width, height: size * leading };
      drawLink(this.doc, into, span.link, area, draw(span));
    }
    flush();
  }

  /** Wrapped text from the current position; breaks pages between lines. */
  text(
    runs: TextRun[],
    into: Tag,
    x: number,
    width: number,
    size = this.size,
    color = pdfColors.text,
  ): void {
    const height = size * leading;
    const lines = wrapRuns(runs, size, width);
    lines.forEach((line, index) => {
      this.ensure(height);
      this.y += size;
      const more = index < lines.length - 1;
      this.drawLine(line, { x, baseline: this.y, size, color, more }, into);
      this.y += height - size;
    });
  }

  /** A rule under a row, across the text column. */
  rule(y: number): void {
    drawArtifact(this.doc, 'Layout', () => {
      this.doc
        .lineWidth(0.5)
        .strokeColor(pdfColors.line)
        .moveTo(margin.x, y)
        .lineTo(margin.x + contentWidth, y)
        .stroke();
    });
  }
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
