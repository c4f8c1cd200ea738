// Reads a YAML (or JSON, which YAML includes) file for the CLI, keeping the
// positions so a problem path can be shown with its line number.
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface YamlFile {
  file: string;
  value: unknown;
  /** The line of a problem path such as `nodes.reden.options.opiumwet.next`, as near as it exists. */
  lineOf(path: string): number | undefined;
}

export type YamlRead =
  | { ok: true; yaml: YamlFile }
  | { ok: false; missing: boolean; message: string };

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

export function readYamlFile(file: string): YamlRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { ok: false, missing: true, message: 'file not found' };
    if (code === 'EISDIR') return { ok: false, missing: true, message: 'is a folder, not a file' };
    return { ok: false, missing: false, message: `cannot be read (${code ?? 'unknown error'})` };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    const where = position ? `line ${position.line}, column ${position.col}: ` : '';
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, missing: false, message: `${where}${message}` };
  }
  const lineOf = (path: string): number | undefined => {
    let node: unknown = document.contents;
    let offset = (node as Node | null)?.range?.[0];
    for (const segment of path.split('.')) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === segment,
        );
        offset = (pair?.key as Node | undefined)?.range?.[0] ?? offset;
        next = pair?.value;
      } else if (isSeq(node)) {
        // Items are named by their id where they have one, otherwise by index.
        next =
          node.items.find((item) => isMap(item) && String(item.get('id')) === segment) ??
          (/^\d+$/.test(segment) ? node.items[Number(segment)] : undefined);
        offset = (next as Node | undefined)?.range?.[0] ?? offset;
      }
      if (next === undefined || next === null) break;
      node = next;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { ok: true, yaml: { file, value: document.toJS(), lineOf } };
}
