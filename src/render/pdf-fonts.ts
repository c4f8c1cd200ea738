// The fonts of generated PDFs: DejaVu Sans regular and bold from the
// dejavu-fonts-ttf package, parsed with fontkit once per process. PDFKit embeds
// a subset of the same parsed font in each document, and every width we
// measure comes from it, so wrapped lines fit exactly as drawn.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type FontkitFont, fontkit } from './lazy-libraries.ts';

export type FontWeight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const files: Record<FontWeight, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

/**
 * Ligatures off: DejaVu draws "fi" as one glyph, and a ligature copied or
 * searched in some viewers is not the two letters.
 */
const noLigatures = { liga: false };

// Parsing DejaVu and warming fontkit's layout caches costs more than a whole
// document: each face is parsed once and shared by every document.
const faces = new Map<FontWeight, FontkitFont>();

/**
 * A face that lays out text without ligatures unless told otherwise: PDFKit
 * then needs no features per call, so it keeps its cache of laid-out words.
 */
export function fontFace(weight: FontWeight): FontkitFont {
  let face = faces.get(weight);
  if (!face) {
    const parsed = fontkit().create(readFileSync(require.resolve(files[weight])));
    face = Object.create(parsed) as FontkitFont;
    face.layout = (text, features) => parsed.layout(text, features ?? noLigatures);
    faces.set(weight, face);
  }
  return face;
}

// fontkit lays out text for every measurement, which is slow: widths are
// cached per face at 1 pt (they scale linearly with the size).
const widthCache = new Map<string, number>();

/** The width of `text` at `size` as drawn (kerning included, no ligatures). */
export function measure(text: string, weight: FontWeight, size: number): number {
  const key = `${weight === 'bold' ? 'b' : 'r'}${text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    if (widthCache.size > 50_000) widthCache.clear();
    const face = fontFace(weight);
    width = face.layout(text).advanceWidth / face.unitsPerEm;
    widthCache.set(key, width);
  }
  return width * size;
}
