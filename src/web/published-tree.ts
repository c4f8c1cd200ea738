// A published tree version as the web layer serves it: the tree, its rendered
// texts and the JSON the browser script loads, prepared once per version.
import { createHash } from 'node:crypto';
import type { Tree } from '../core/tree/tree.ts';
import { renderTreeTexts } from '../render/tree-texts.ts';
import type { TreeTexts } from '../views/walk-context.ts';

export interface PublishedTree {
  tree: Tree;
  version: number;
  texts: TreeTexts;
  /** `{ tree, texts, version }` as JSON for the browser script, and its ETag. */
  walkData: { json: string; etag: string };
}

/**
 * The tree as the browser script needs it to ask questions: the engine's
 * routes, checks, date rules and parameter values, and the question texts.
 * Outcomes are shown by the server (a normal page load), so their texts,
 * the contacts, trajectories, handout and notices stay out, and so do the
 * rendered texts. Keeps the walk page within its 15 KB script budget.
 */
function walkTree({ handout: _handout, ...tree }: Tree): Tree {
  return {
    ...tree,
    intro: '',
    audience: '',
    parameters: Object.fromEntries(
      Object.entries(tree.parameters).map(([id, parameter]) => [id, { ...parameter, label: '' }]),
    ),
    dates: tree.dates.map((rule) => ({ ...rule, label: '' })),
    requirements: tree.requirements.map((requirement) => ({ ...requirement, label: '' })),
    // A check's text names it in the diagram and beheer; the walk never shows it.
    nodes: tree.nodes.map((node) => (node.kind === 'check' ? { ...node, text: '' } : node)),
    outcomes: tree.outcomes.map((outcome) => ({
      id: outcome.id,
      verdict: outcome.verdict,
      title: '',
      explanation: '',
      nextSteps: '',
      requirements: outcome.requirements,
      links: [],
      continueWith: [],
      contacts: [],
    })),
    trajectories: [],
    contacts: [],
    notices: [],
    corporations: tree.corporations.map((corporation) => ({ ...corporation, id: '' })),
  };
}

export function publishTree(tree: Tree, version: number): PublishedTree {
  const texts = renderTreeTexts(tree);
  // The fields emptied above are left out altogether, and so are the sources
  // (SPEC §11, for beheer and the API): the browser never reads them.
  const json = JSON.stringify({ tree: walkTree(tree), texts: {}, version }, (key, value) =>
    value === '' || key === 'source' ? undefined : value,
  );
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 16)}"`;
  return { tree, version, texts, walkData: { json, etag } };
}

/** Where the web layer gets published trees; storage backs it in a later issue. */
export interface TreeCatalog {
  /** The latest published version of every tree, in display order. */
  list(): PublishedTree[];
  /** The latest version, or the given one; undefined when there is none. */
  get(treeId: string, version?: number): Promise<PublishedTree | undefined>;
}

/** Display order: the aid workers' tree first (SPEC §4). */
const preferredOrder = ['hulpverlening', 'corporaties'];

export function displayOrder(trees: PublishedTree[]): PublishedTree[] {
  const order = ({ tree }: PublishedTree) => {
    const index = preferredOrder.indexOf(tree.id);
    return index === -1 ? preferredOrder.length : index;
  };
  return [...trees].sort((a, b) => order(a) - order(b) || a.tree.id.localeCompare(b.tree.id));
}

/** The default trees as version 1, without storage (tests, and the public site alone). */
export function inMemoryCatalog(trees: Tree[]): TreeCatalog {
  const published = displayOrder(trees.map((tree) => publishTree(tree, 1)));
  return {
    list: () => published,
    get: async (treeId, version) =>
      published.find(
        (entry) => entry.tree.id === treeId && (version === undefined || entry.version === version),
      ),
  };
}
