// Test helpers for the stored-XSS checks: hostile texts a beheerder
// or a respondent might type, and checkers that say whether HTML, SVG or CSV
// shows them as inert text — no script but the app's own, no event handler,
// no javascript: address, no unescaped angle brackets of the payload.
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';

export const scriptPayload = '<script>alert(1)</script>';
export const attributePayload = '"><img src=x onerror=alert(1)>';
export const textareaPayload = '</textarea><svg onload=alert(1)>';
export const javascriptUrl = 'javascript:alert(1)';
export const templatePayload = '{{constructor.constructor("alert(1)")()}}';
export const formulaPayload = '=HYPERLINK("http://x")';

/** The three markup payloads in one line: escaping any one of them wrongly shows. */
export const hostile = `${scriptPayload} ${attributePayload} ${textareaPayload}`;

/** A unique word before the payload, so a test can tell which text it sees. */
export function tagged(tag: string): string {
  return `${tag} ${hostile}`;
}

/** Raw fragments that only appear in a source when the payload was not escaped. */
const unescapedFragments = [
  '<script>alert(',
  '<img src=x',
  '<svg onload',
  'onerror=alert(1)>',
  '</textarea><svg',
];

const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

function dangerousUrl(value: string): boolean {
  // Browsers ignore whitespace and control characters inside the scheme.
  const compact = [...value]
    .filter((char) => char.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  return (
    /^(javascript|vbscript|data):/.test(compact) && !/^data:image\/(png|gif|jpeg)/.test(compact)
  );
}

function elementProblems(root: ParentNode, where: string): string[] {
  const problems: string[] = [];
  for (const element of [...root.querySelectorAll('*')]) {
    const name = element.localName.toLowerCase();
    if (name === 'script') {
      const src = element.getAttribute('src') ?? '';
      if (!src.startsWith('/static/') || (element.textContent ?? '').trim() !== '') {
        problems.push(
          `${where}: a <script> that is not the app's own: ${element.outerHTML.slice(0, 120)}`,
        );
      }
    }
    if (['iframe', 'object', 'embed', 'base', 'foreignobject'].includes(name)) {
      problems.push(`${where}: an unexpected <${name}> element`);
    }
    if (name === 'img' && element.getAttribute('src') === 'x') {
      problems.push(`${where}: the payload's <img src=x> became an element`);
    }
    for (const attribute of [...element.attributes]) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) {
        problems.push(
          `${where}: an event handler ${attribute.name}="${attribute.value}" on <${name}>`,
        );
      }
      if (urlAttributes.includes(attributeName) && dangerousUrl(attribute.value)) {
        problems.push(`${where}: ${attribute.name}="${attribute.value}" on <${name}>`);
      }
    }
  }
  return problems;
}

/** Unescaped payload fragments in a markup source (not for JSON or plain text). */
export function rawProblems(source: string, where = 'source'): string[] {
  return unescapedFragments
    .filter((fragment) => source.includes(fragment))
    .map((fragment) => `${where}: the payload "${fragment}" stands unescaped in the markup`);
}

/** Everything that would make this HTML page run a payload; empty when it is inert. */
export function htmlProblems(html: string, where = 'page'): string[] {
  const { document } = parseHTML(html);
  return [...rawProblems(html, where), ...elementProblems(document, where)];
}

/** The same for an SVG document, parsed as XML like an `<img>` or a browser tab would. */
export function svgProblems(svg: string, where = 'svg'): string[] {
  const { DOMParser } = parseHTML('');
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const problems = [...rawProblems(svg, where), ...elementProblems(document, where)];
  if (document.documentElement?.localName !== 'svg') {
    problems.push(`${where}: does not parse as an SVG document`);
  }
  return problems;
}

/** What a person can read or edit on the page: text, and values and labels of fields. */
export function shownText(html: string): string {
  const { document } = parseHTML(html);
  // linkedom keeps a textarea's content as raw source; a browser decodes its entities.
  const textareas = [...document.querySelectorAll('textarea')].map((textarea) => {
    const text = decodeEntities(textarea.textContent ?? '');
    textarea.textContent = '';
    return text;
  });
  const values = [...document.querySelectorAll('[value], [title], [aria-label], [alt]')].flatMap(
    (element) =>
      ['value', 'title', 'aria-label', 'alt'].flatMap((name) => element.getAttribute(name) ?? []),
  );
  return normalise(
    [document.documentElement?.textContent ?? '', ...values, ...textareas].join(' '),
  );
}

/** The text of an SVG document (every <text>, <title> and <desc>). */
export function svgText(svg: string): string {
  const { DOMParser } = parseHTML('');
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return normalise(document.documentElement?.textContent ?? '');
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return namedEntities[name] ?? entity;
  });
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Without any white space, for SVG and PDF, which break lines inside words. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Cells of a `;`-separated CSV with "quoted" cells, as a spreadsheet reads them. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Cells a spreadsheet would run as a formula: they start with = + - @ (SPEC: CSV injection). */
export function csvProblems(csv: string, where = 'csv'): string[] {
  return csvRows(csv).flatMap((row, r) =>
    row.flatMap((cell, c) =>
      /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell)
        ? [`${where}: row ${r + 1}, column ${c + 1} starts a formula: ${cell.slice(0, 60)}`]
        : [],
    ),
  );
}

/**
 * A PDF's text in the order it was drawn (`pdftotext -raw`): the diagram's
 * boxes stand side by side, and the default layout mode mixes their lines.
 */
export function pdfDrawnText(pdf: Uint8Array): string {
  const result = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr?.toString()}`);
  return normalise(result.stdout.toString('utf8'));
}
