// A published tree version as the web layer serves it: the tree, its rendered
// texts and the JSON the browser script loads, prepared once per version.
import { createHash } from 'node:crypto';
import type { Tree } from '../core/tree.ts';
import { renderTreeTexts } from '../render/tree-texts.ts';
import { type TreeTexts, textKey } from '../views/walk-context.ts';

export interface PublishedTree {
  tree: Tree;
  version: number;
  texts: TreeTexts;
  /** `{ tree, texts, version }` as JSON for the browser script, and its ETag. */
  walkData: { json: string; etag: string };
}

/**
 * The tree as the browser script needs it: Markdown fields are dropped (it
 * gets their rendered HTML in `texts`), and so are the texts only the server
 * pages use. Keeps the walk page within its 15 KB script budget.
 */
function walkTree(tree: Tree): Tree {
  return {
    ...tree,
    intro: '',
    audience: '',
    parameters: Object.fromEntries(
      Object.entries(tree.parameters).map(([id, parameter]) => [id, { ...parameter, label: '' }]),
    ),
    // A check's text names it in the diagram and beheer; the walk never shows it.
    nodes: tree.nodes.map((node) => (node.kind === 'check' ? { ...node, text: '' } : node)),
    outcomes: tree.outcomes.map((outcome) => ({ ...outcome, explanation: '', nextSteps: '' })),
    trajectories: tree.trajectories.map((trajectory) => ({
      ...trajectory,
      summary: '',
      body: '',
      steps: trajectory.steps.map((step) => ({ ...step, text: '' })),
    })),
    contacts: tree.contacts.map((contact) => ({ ...contact, text: '' })),
    // Only whether a handout is offered; its text is for the print pages.
    ...(tree.handout
      ? { handout: { ...tree.handout, title: '', body: '', deadline: '', noDeadline: '' } }
      : {}),
  };
}

function walkTexts(texts: TreeTexts): TreeTexts {
  return Object.fromEntries(
    // Trajectory texts are for the information pages and the print views.
    Object.entries(texts).filter(
      ([key]) => key !== textKey.intro() && !key.startsWith('trajectory.'),
    ),
  );
}

export function publishTree(tree: Tree, version: number): PublishedTree {
  const texts = renderTreeTexts(tree);
  // The fields emptied above are left out altogether, and so are the sources
  // (SPEC §11, for beheer and the API): the browser never reads them.
  const json = JSON.stringify(
    { tree: walkTree(tree), texts: walkTexts(texts), version },
    (key, value) => (value === '' || key === 'source' ? undefined : value),
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
