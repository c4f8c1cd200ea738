// Diagram layouts of published versions, made once: a published version never
// changes, so its tree id and version number identify them. (The PDFs drawn
// from them are kept with the other PDFs, in `src/web/pdf-cache.ts`.)
import type { Tree } from '../core/tree/tree.ts';
import { type DiagramLayout, layoutTree } from './diagram-layout.ts';

/** Enough for every tree's recent versions; the oldest entry goes first. */
const maxEntries = 64;
const made = new Map<string, Promise<unknown>>();

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
  return once(`layout ${tree.id}@${version}`, () => layoutTree(tree));
}
