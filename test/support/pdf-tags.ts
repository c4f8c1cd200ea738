// For tests: what a tagged PDF says about itself — its structure tree and
// link addresses as poppler reads them (pdfinfo -struct-text, -url), entries of
// its objects such as /Lang and /Alt, and the operators of its page content.
// The raw reading expects what PDFKit writes: objects outside object streams,
// page content compressed with Flate.
import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

function poppler(command: string, args: string[], pdf: Uint8Array): string {
  const result = spawnSync(command, [...args, '-'], { input: pdf, maxBuffer: 20_000_000 });
  if (result.error) throw new Error(`${command} is missing: apt-get install poppler-utils`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  return result.stdout.toString('utf8');
}

const pdfinfo = (args: string[], pdf: Uint8Array) => poppler('pdfinfo', args, pdf);

/** The fonts as pdffonts lists them: name, and whether embedded and a subset. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; subset: boolean }[] {
  return poppler('pdffonts', [], pdf)
    .split('\n')
    .slice(2)
    .flatMap((line) => {
      const match = /^(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      return match
        ? [{ name: match[1] ?? '', embedded: match[2] === 'yes', subset: match[3] === 'yes' }]
        : [];
    });
}

/** The structure tree with the text of each element, indented two spaces a level. */
export function pdfStructure(pdf: Uint8Array): string {
  return pdfinfo(['-struct-text'], pdf);
}

/** The element types of the structure tree, in document order. */
export function pdfStructureTypes(pdf: Uint8Array): string[] {
  return pdfinfo(['-struct'], pdf)
    .split('\n')
    .flatMap((line) => /^\s*([A-Za-z][A-Za-z0-9]*)(?: \(\w+\))?:?$/.exec(line)?.[1] ?? []);
}

/** The addresses of the link annotations. */
export function pdfLinks(pdf: Uint8Array): string[] {
  return pdfinfo(['-url'], pdf)
    .split('\n')
    .slice(1)
    .flatMap((line) => /^\s*\d+\s+Annotation\s+(\S+)/.exec(line)?.[1] ?? []);
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A PDF literal string from just after its "(" : escapes undone, UTF-16BE decoded. */
function literalString(text: string, start: number): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let value = '';
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '\\') {
      const next = text[++index] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(index, index + 3))?.[0];
      if (octal) {
        value += String.fromCharCode(Number.parseInt(octal, 8));
        index += octal.length - 1;
      } else value += escapes[next] ?? next;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) break;
    value += char;
  }
  if (value.startsWith('\xfe\xff')) {
    const bytes = Buffer.from(value.slice(2), 'latin1');
    return bytes.swap16().toString('utf16le');
  }
  return value;
}

/** Every value of `/key (…)` in the file's objects, as text. */
export function pdfStrings(pdf: Uint8Array, key: string): string[] {
  const text = latin1(pdf);
  return [...text.matchAll(new RegExp(`/${key} ?\\(`, 'g'))].map((match) =>
    literalString(text, (match.index ?? 0) + match[0].length),
  );
}

/** Whether the file holds `/key value` (a name, number or boolean) somewhere. */
export function pdfHasEntry(pdf: Uint8Array, key: string, value: string): boolean {
  return new RegExp(`/${key} ${value}(?![A-Za-z0-9])`).test(latin1(pdf));
}

/** The content stream of each page, decompressed, in page order. */
export function pdfPageContents(pdf: Uint8Array): string[] {
  const text = latin1(pdf);
  const objects = new Map(
    [...text.matchAll(/(\d+) 0 obj/g)].map((match) => [match[1], match.index ?? 0]),
  );
  return [...text.matchAll(/\/Contents (\d+) 0 R/g)].map((match) => {
    const start = text.indexOf('stream', objects.get(match[1]) ?? 0) + 'stream'.length;
    const from = text.startsWith('\r\n', start) ? start + 2 : start + 1;
    const end = text.indexOf('endstream', from);
    return inflateSync(Buffer.from(text.slice(from, end), 'latin1')).toString('latin1');
  });
}

const painting = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);

/**
 * Operators that paint outside any marked content (BDC/BMC … EMC): in a tagged
 * PDF every mark is content of an element or an artifact.
 */
export function unmarkedPainting(content: string): string[] {
  let depth = 0;
  return content.split('\n').flatMap((line) => {
    const operator = line.trim().split(/\s+/).at(-1) ?? '';
    if (operator === 'BDC' || operator === 'BMC') depth++;
    else if (operator === 'EMC') depth--;
    else if (depth === 0 && painting.has(operator)) return [line];
    return [];
  });
}

/** The font sizes the text of a page is set in (its Tf operators). */
export function fontSizes(content: string): number[] {
  return [...content.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((match) => Number(match[1]));
}
