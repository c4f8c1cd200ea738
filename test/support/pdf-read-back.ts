// For tests: read a PDF back with Debian's poppler-utils, as a person's PDF
// viewer would — its text (pdftotext), page count (pdfinfo) and a picture of
// a page (pdftoppm) to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function poppler(command: string, args: string[], input: Uint8Array): Buffer {
  const result = spawnSync(command, args, { input, maxBuffer: 20_000_000 });
  if (result.error) throw new Error(`${command} is missing: apt-get install poppler-utils`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** The text of the PDF, with runs of whitespace (line ends, wrapping) as one space. */
export function pdfText(pdf: Uint8Array): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf)
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

/** pdfinfo's fields (Title, Pages, CreationDate as ISO 8601, ...). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const info = poppler('pdfinfo', ['-isodates', '-'], pdf).toString('utf8');
  return Object.fromEntries(
    info.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1] ?? '', match[2] ?? '']] : [];
    }),
  );
}

export function pdfPageCount(pdf: Uint8Array): number {
  return Number(pdfInfo(pdf).Pages);
}

/** Renders one page to `<file>.png` (60 dpi) for a person to look at. */
export function pdfPagePng(pdf: Uint8Array, page: number, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const png = poppler(
    'pdftoppm',
    ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', '-'],
    pdf,
  );
  writeFileSync(`${file}.png`, png);
}

export interface PdfWord {
  page: number;
  text: string;
  /** Left edge in points from the sheet's left edge. */
  xMin: number;
  yMin: number;
}

/** Every word with its page and position (pdftotext -bbox), to check where things landed on paper. */
export function pdfWords(pdf: Uint8Array): PdfWord[] {
  const html = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], pdf).toString('utf8');
  const words: PdfWord[] = [];
  html.split('<page ').forEach((page, index) => {
    for (const match of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
    )) {
      words.push({
        page: index,
        text: match[3] ?? '',
        xMin: Number(match[1]),
        yMin: Number(match[2]),
      });
    }
  });
  return words;
}
