// A published tree version as the web layer serves it: the tree, its rendered
// texts and the JSON the browser script loads, prepared once per version.
import { createHash } from 'node:crypto';
import type { PlainDate } from '../core/dates/plain-date.ts';
import {
  type RulesInForce,
  type RulesTimeline,
  rulesForWalk,
} from '../core/time/rules-timeline.ts';
import type { Tree } from '../core/tree/tree.ts';
import { renderTreeTexts } from '../render/tree-texts.ts';
import type { TreeTexts } from '../views/walk-context.ts';

export interface PublishedTree {
  tree: Tree;
  version: number;
  /** From when these rules hold; the later of the tree's and the shared set's date. */
  geldigVanaf: PlainDate;
  /** The shared-rules version composed in at run time; none for a pinned version (as stored). */
  sharedVersion?: number;
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

/** The day the in-memory versions count from: before any real publish. */
export const beginningOfTime: PlainDate = '1900-01-01';

export function publishTree(
  tree: Tree,
  version: number,
  dates: { geldigVanaf?: PlainDate; sharedVersion?: number } = {},
): PublishedTree {
  const texts = renderTreeTexts(tree);
  // The fields emptied above are left out altogether, and so are the sources
  // (SPEC §11, for beheer and the API): the browser never reads them.
  const json = JSON.stringify({ tree: walkTree(tree), texts: {}, version }, (key, value) =>
    value === '' || key === 'source' ? undefined : value,
  );
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 16)}"`;
  return {
    tree,
    version,
    geldigVanaf: dates.geldigVanaf ?? beginningOfTime,
    ...(dates.sharedVersion !== undefined ? { sharedVersion: dates.sharedVersion } : {}),
    texts,
    walkData: { json, etag },
  };
}

/** The rules of one walk: what it is shown with, and the versions around it for the warning. */
export interface WalkRules {
  published: PublishedTree;
  rules: RulesInForce;
  timeline: RulesTimeline;
  /** The day the rules of `published` stop holding (another version takes effect), if one is planned. */
  until?: PlainDate;
  /** True when a version in force states overgangsrecht: an eviction date may choose older rules. */
  transition: boolean;
}

/** Where the web layer gets published trees. */
export interface TreeCatalog {
  /** The version of every tree in force on `day` (default: today), in display order. */
  list(day?: PlainDate): PublishedTree[];
  /** The version in force today, or the given one as stored; undefined when there is none. */
  get(treeId: string, version?: number): Promise<PublishedTree | undefined>;
  /** The rules for a walk on `day` with these answers; undefined for no such tree. */
  rulesFor?(
    treeId: string,
    day: PlainDate,
    answers: Readonly<Record<string, string>>,
  ): Promise<WalkRules | undefined>;
  /** A tree version composed with a shared-rules version; undefined when either is unknown. */
  combination?(
    treeId: string,
    version: number,
    sharedVersion: number,
  ): Promise<PublishedTree | undefined>;
  /** Goes up whenever versions are published or cancelled: a part of every cache key. */
  generation?(): number;
}

/** The rules of a walk from a catalog; a catalog without timelines has one version of each tree. */
export async function walkRules(
  catalog: TreeCatalog,
  treeId: string,
  day: PlainDate,
  answers: Readonly<Record<string, string>>,
): Promise<WalkRules | undefined> {
  if (catalog.rulesFor) return catalog.rulesFor(treeId, day, answers);
  const published = await catalog.get(treeId);
  return published && singleVersionRules(published, day, answers);
}

/** The rules of a walk where only one version is known: no other rules, no warning. */
export function singleVersionRules(
  published: PublishedTree,
  day: PlainDate,
  answers: Readonly<Record<string, string>>,
): WalkRules | undefined {
  const treeVersion = {
    version: published.version,
    geldigVanaf: published.geldigVanaf,
    tree: published.tree,
  };
  const timeline: RulesTimeline = { trees: [treeVersion], shared: [] };
  const rules = rulesForWalk(timeline, day, answers);
  return rules && { published, rules, timeline, transition: false };
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
