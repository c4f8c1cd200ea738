// Text widths in the diagram's font (DejaVu Sans, see pdf-fonts.ts), measured
// without a PDF library. DejaVu is wider than the usual screen fonts, so a line
// that fits in DejaVu fits on screen too.
import { type FontWeight, fontFace } from './pdf-fonts.ts';

export type { FontWeight } from './pdf-fonts.ts';

/** Advance widths in em per character, per weight (kerning left out: it only narrows). */
const widths = new Map<FontWeight, Map<string, number>>();

export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const font = fontFace(weight);
  let em = widths.get(weight);
  if (!em) {
    em = new Map();
    widths.set(weight, em);
  }
  let total = 0;
  for (const char of text) {
    let width = em.get(char);
    if (width === undefined) {
      width = font.glyphForCodePoint(char.codePointAt(0) ?? 32).advanceWidth / font.unitsPerEm;
      em.set(char, width);
    }
    total += width;
  }
  return total * fontSize;
}
