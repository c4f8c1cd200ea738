// Line breaking for diagram boxes without a browser, measured in the PDF font
// (see diagram-font.ts), so text fits its box in every renderer.
import { type FontWeight, textWidth } from './diagram-font.ts';

/** Greedy word wrap; a word longer than a line is cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'regular',
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, fontSize, weight) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
