// Line breaking for diagram boxes without a browser, measured in the PDF font
// (see diagram-font.ts), so text fits its box in every renderer.
//
// Linear in the length of the text (review D3): a width is the sum of its
// characters' widths, so a word longer than a line is cut in one pass over its
// characters, never by shortening it and measuring it again.
import { type FontWeight, textWidth } from './diagram-font.ts';

/** Greedy word wrap; a word longer than a line is cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'regular',
): string[] {
  const width = (part: string) => textWidth(part, fontSize, weight);
  const space = width(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = width(word);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // Too long for any line: cut it, at least one character a line.
    line = '';
    lineWidth = 0;
    for (const char of word) {
      const charWidth = width(char);
      if (line && lineWidth + charWidth > maxWidth) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += char;
      lineWidth += charWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}
