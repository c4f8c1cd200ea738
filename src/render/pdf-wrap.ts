// Line wrapping for generated PDFs: words measured in the embedded font
// (widths cached), broken into lines that fit a width. Bold runs stay bold.
import type { PDFFont } from 'pdf-lib';
import type { Fonts } from './pdf-fonts.ts';

export interface TextRun {
  text: string;
  bold?: boolean;
}

// fontkit lays out text for every measurement, which is slow: widths are
// cached per face at 1 pt (they scale linearly with the size).
const widthCache = new Map<string, number>();

export function measure(font: PDFFont, bold: boolean, text: string, size: number): number {
  const key = `${bold ? 'b' : 'r'}${text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    if (widthCache.size > 50_000) widthCache.clear();
    width = font.widthOfTextAtSize(text, 1);
    widthCache.set(key, width);
  }
  return width * size;
}

/** A word: pieces without whitespace between them ("**14 maart 2027**."), never split. */
export type Word = { text: string; bold: boolean; width: number }[];
export type Line = { words: Word[]; width: number };

function wordsOf(runs: TextRun[], fonts: Fonts, size: number): Word[] {
  const words: Word[] = [];
  let current: Word = [];
  for (const run of runs) {
    const font = run.bold ? fonts.bold : fonts.regular;
    for (const token of run.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        if (current.length > 0) words.push(current);
        current = [];
        continue;
      }
      const bold = run.bold ?? false;
      current.push({ text: token, bold, width: measure(font, bold, token, size) });
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

const wordWidth = (word: Word) => word.reduce((sum, piece) => sum + piece.width, 0);

/** The space between two words, in the face they are drawn in (see drawLine). */
export function spaceBetween(before: Word, after: Word, fonts: Fonts, size: number): number {
  const bold = (before.at(-1)?.bold ?? false) && (after[0]?.bold ?? false);
  return measure(bold ? fonts.bold : fonts.regular, bold, ' ', size);
}

export function wrapRuns(runs: TextRun[], fonts: Fonts, size: number, maxWidth: number): Line[] {
  const lines: Line[] = [];
  let line: Line = { words: [], width: 0 };
  for (const word of wordsOf(runs, fonts, size)) {
    const width = wordWidth(word);
    const previous = line.words.at(-1);
    const needed = previous
      ? line.width + spaceBetween(previous, word, fonts, size) + width
      : width;
    if (needed > maxWidth && line.words.length > 0) {
      lines.push(line);
      line = { words: [word], width };
    } else {
      line = { words: [...line.words, word], width: needed };
    }
  }
  if (line.words.length > 0) lines.push(line);
  return lines;
}
