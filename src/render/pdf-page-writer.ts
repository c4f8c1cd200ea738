// The pages of an A4 document as PageWriter lays them out: lines wrapped and
// placed from the top, a new page when the next line would pass the bottom
// margin, and the elements of the structure tree the blocks draw into — lists
// and tables that consecutive blocks share.
import { measure } from './pdf-fonts.ts';
import { type Line, spaceBetween, type TextRun, wrapRuns } from './pdf-wrap.ts';
import {
  drawArtifact,
  drawLink,
  drawTagged,
  drawText,
  type Pdf,
  type Tag,
  tag,
  tagAttribute,
} from './tagged-pdf.ts';

/** A colour as PDFKit takes it: `#rrggbb`. */
export type PdfColor = string;

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

export const pageSize: [number, number] = [595.28, 841.89];
export const margin = { x: 50, top: 50, bottom: 60 };
export const leading = 1.35;
export const contentWidth = pageSize[0] - 2 * margin.x;

/** How a list's items are marked, for a reader that announces it (PDF 1.7, table 347). */
function listNumbering(marker: string): string {
  if (/^\d+\.$/.test(marker)) return 'Decimal';
  return marker === '•' ? 'Disc' : 'None';
}

export class PageWriter {
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
  startBlock(kind: string): void {
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
