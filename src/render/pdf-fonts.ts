// The fonts of generated PDFs: DejaVu Sans regular and bold from the
// dejavu-fonts-ttf package, parsed once per process and embedded per document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontkit } from './lazy-libraries.ts';

const fontFile = createRequire(import.meta.url);
let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;

export function loadFontBytes() {
  fontBytes ??= {
    regular: readFileSync(fontFile.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(fontFile.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fontBytes;
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

// Parsing DejaVu and warming fontkit's layout caches costs more than a whole
// document: parse each face once per process and share it between documents
// (pdf-lib only reads it; every document makes its own subset).
const parsedFonts = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>();
export const sharedFontkit: Fontkit = {
  create(bytes, postscriptName) {
    let font = parsedFonts.get(bytes);
    if (!font) {
      font = fontkit().create(bytes, postscriptName);
      parsedFonts.set(bytes, font);
    }
    return font;
  },
};

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}
