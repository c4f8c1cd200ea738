// The font of the diagram PDF (DejaVu Sans, from the dejavu-fonts-ttf package)
// and text widths measured with its metrics. DejaVu is wider than the usual
// screen fonts, so a line that fits in DejaVu fits on screen too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Fontkit from '@pdf-lib/fontkit';
import { fontkit } from './lazy-libraries.ts';

export type FontWeight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const files: Record<FontWeight, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

const bytes = new Map<FontWeight, Uint8Array>();

export function diagramFontBytes(weight: FontWeight): Uint8Array {
  let font = bytes.get(weight);
  if (!font) {
    font = readFileSync(require.resolve(files[weight]));
    bytes.set(weight, font);
  }
  return font;
}

/** Advance widths in em per character, per weight (kerning left out: it only narrows). */
const widths = new Map<FontWeight, { font: Fontkit.Font; em: Map<string, number> }>();

function metrics(weight: FontWeight) {
  let entry = widths.get(weight);
  if (!entry) {
    entry = { font: fontkit().create(diagramFontBytes(weight)), em: new Map() };
    widths.set(weight, entry);
  }
  return entry;
}

export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const { font, em } = metrics(weight);
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
