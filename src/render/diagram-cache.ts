// Diagram layouts of published versions, made once: a published version never
// changes, so its tree id, version number and content identify them — the
// content too, because every region numbers its own versions of a tree with
// the same id, and this cache is one per process. (The PDFs drawn from them
// are kept with the other PDFs, in `src/web/pdf-cache.ts`.)
import { createHash } from 'node:crypto';
import type { Tree } from '../core/tree/tree.ts';
import { type DiagramLayout, layoutTree } from './diagram-layout.ts';

/** Enough for every tree's recent versions; the oldest entry goes first. */
const maxEntries = 64;
const made = new Map<string, Promise<unknown>>();
/** The content's hash, once per tree object (a catalog keeps its trees until a publish). */
const fingerprints = new WeakMap<Tree, string>();

function fingerprint(tree: Tree): string {
  let known = fingerprints.get(tree);
  if (known === undefined) {
    known = createHash('sha256').update(JSON.stringify(tree)).digest('base64url');
    fingerprints.set(tree, known);
  }
  return known;
}

function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  const cached = made.get(key);
  if (cached) return cached as Promise<T>;
  const result = make();
  made.set(key, result);
  // A failure is not remembered: the next request tries again.
  result.catch(() => made.delete(key));
  if (made.size > maxEntries) {
    const oldest = made.keys().next().value;
    if (oldest !== undefined) made.delete(oldest);
  }
  return result;
}

export function cachedDiagramLayout(tree: Tree, version: number): Promise<DiagramLayout> {
  return once(`layout ${tree.id}@${version} ${fingerprint(tree)}`, () => layoutTree(tree));
}
