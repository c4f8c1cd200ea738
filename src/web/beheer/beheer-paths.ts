// Where things live in the editor. Problems point at content paths
// (`nodes.reden.options.opiumwet.next`); these turn them into edit pages.
import type { Tree } from '../../core/tree/tree.ts';

export const beheerHome = '/beheer';

export function treePath(treeId: string): string {
  return `/beheer/bomen/${encodeURIComponent(treeId)}`;
}

/** The edit page of a part: `part` is an editor's segment, `key` its id. */
export function editPath(treeId: string, part: string, key?: string): string {
  return `${treePath(treeId)}/${part}${key === undefined ? '' : `/${encodeURIComponent(key)}`}`;
}

/** The edit page of a question, check or outcome, by id. */
export function nodeEditPath(treeId: string, tree: Tree, id: string): string | undefined {
  if (tree.outcomes.some((outcome) => outcome.id === id)) return editPath(treeId, 'uitkomst', id);
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (!node) return undefined;
  return editPath(treeId, node.kind === 'check' ? 'controle' : 'vraag', id);
}

const partOfList: Record<string, string> = {
  parameters: 'parameter',
  requirements: 'voorwaarde',
  trajectories: 'traject',
  contacts: 'contact',
};

/** The editor's part (URL segment) and key a content path belongs to; undefined when none edits it. */
export function partOf(tree: Tree, path: string): { part: string; key: string } | undefined {
  const [list, id] = path.split('.');
  if (list === undefined) return undefined;
  if (['title', 'audience', 'intro', 'start', 'id'].includes(list)) {
    return { part: 'algemeen', key: '' };
  }
  if (list === 'handout') return { part: 'folder', key: '' };
  if ((list === 'nodes' || list === 'outcomes') && id) {
    if (tree.outcomes.some((outcome) => outcome.id === id)) return { part: 'uitkomst', key: id };
    const node = tree.nodes.find((candidate) => candidate.id === id);
    return node && { part: node.kind === 'check' ? 'controle' : 'vraag', key: id };
  }
  const part = partOfList[list];
  if (part && id) return { part, key: id };
  if (list === 'scenarios' && id && /^\d+$/.test(id)) {
    return { part: 'scenario', key: String(Number(id) + 1) };
  }
  return undefined;
}

/** The page where the thing at a content path can be fixed; the draft page when there is none. */
export function problemPath(treeId: string, tree: Tree, path: string): string {
  const found = partOf(tree, path);
  if (found) return editPath(treeId, found.part, found.key === '' ? undefined : found.key);
  const [list] = path.split('.');
  if (list === 'nodes' || list === 'outcomes') return `${treePath(treeId)}#onderdelen`;
  if (list === 'dates') return `${treePath(treeId)}#datums`;
  return treePath(treeId);
}
