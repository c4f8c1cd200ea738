// Line wrapping for generated PDFs: words measured in the embedded font
// (see pdf-fonts.ts), broken into lines that fit a width. Bold runs stay bold,
// and a run that is a link stays one.
import { measure } from './pdf-fonts.ts';

export interface TextRun {
  text: string;
  bold?: boolean;
  /** Where the text links to (https:, mailto:, tel:): a Link annotation in the PDF. */
  link?: string;
}

/** A word: pieces without whitespace between them ("**14 maart 2027**."), never split. */
export type Word = { text: string; bold: boolean; link?: string; width: number }[];
export type Line = { words: Word[]; width: number };

const weightOf = (bold: boolean) => (bold ? 'bold' : 'regular');

function wordsOf(runs: TextRun[], size: number): Word[] {
  const words: Word[] = [];
  let current: Word = [];
  for (const run of runs) {
    const bold = run.bold ?? false;
    for (const token of run.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        if (current.length > 0) words.push(current);
        current = [];
        continue;
      }
      current.push({
        text: token,
        bold,
        ...(run.link ? { link: run.link } : {}),
        width: measure(token, weightOf(bold), size),
      });
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

const wordWidth = (word: Word) => word.reduce((sum, piece) => sum + piece.width, 0);

/** The space between two words, in the face they are drawn in (see drawLine). */
export function spaceBetween(before: Word, after: Word, size: number): number {
  const bold = (before.at(-1)?.bold ?? false) && (after[0]?.bold ?? false);
  return measure(' ', weightOf(bold), size);
}

export function wrapRuns(runs: TextRun[], size: number, maxWidth: number): Line[] {
  const lines: Line[] = [];
  let line: Line = { words: [], width: 0 };
  for (const word of wordsOf(runs, size)) {
    const width = wordWidth(word);
    const previous = line.words.at(-1);
    const needed = previous ? line.width + spaceBetween(previous, word, size) + width : width;
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
