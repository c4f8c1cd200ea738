// The heavy rendering libraries (PDF, fonts, graph layout) are loaded on first
// use instead of at start-up: most requests never need them, and loading them
// cost about a third of the cold start (the budget is 1.5 s).
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

export function pdfKit(): typeof PDFDocument {
  return require('pdfkit');
}

/** What we use of a fontkit font (fontkit ships no types). */
export interface FontkitFont {
  unitsPerEm: number;
  layout(
    text: string,
    features?: Record<string, boolean>,
  ): { advanceWidth: number; glyphs: unknown[] };
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

/** fontkit, as PDFKit itself loads it: one parsed font serves PDFKit and our measuring. */
export function fontkit(): { create(bytes: Uint8Array): FontkitFont } {
  return require('fontkit');
}

export type Elk = typeof import('elkjs/lib/elk-api.js').default;

export function elkConstructor(): Elk {
  return (require('elkjs') as { default: Elk }).default;
}
