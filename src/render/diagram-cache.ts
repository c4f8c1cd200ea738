// Diagram layouts of published trees, made once per tree object: a published
// version never changes, and the catalog keeps one object per version (and
// per combination with the shared rules) while it serves it. Keyed by the
// object itself, not by id and number: two regions may both have a version 1
// of a tree called "hulpverlening", with other words. (The PDFs drawn from
// them are kept with the other PDFs, in `src/web/pdf-cache.ts`.)
import type { Tree } from '../core/tree/tree.ts';
import { type DiagramLayout, layoutTree } from './diagram-layout.ts';

const made = new WeakMap<Tree, Promise<DiagramLayout>>();

/** The layout of a published tree. */
export function cachedDiagramLayout(tree: Tree): Promise<DiagramLayout> {
  const cached = made.get(tree);
  if (cached) return cached;
  const result = layoutTree(tree);
  made.set(tree, result);
  // A failure is not remembered: the next request tries again.
  result.catch(() => made.delete(tree));
  return result;
}
