// Published trees served from memory and kept in step with the store: loaded
// at start, refreshed when any server publishes or cancels a version
// (Store.watchPublished). Walks keep working from memory while the database
// is away.
// Effective dates: the catalog knows every version's dates and
// holds the content of the versions in force today and of every scheduled
// one, so which version serves a walk is worked out per request from the day
// — at midnight a scheduled version takes over on every server without a
// restart or a message. Older versions are read on first use and kept.
import type { PlainDate } from '../core/dates/plain-date.ts';
import {
  type RulesTimeline,
  rulesForWalk,
  type SharedInTime,
  type TreeInTime,
} from '../core/time/rules-timeline.ts';
import { changeDays, laterDay, versionInForce } from '../core/time/versions-in-time.ts';
import {
  composeTree,
  type SharedRules,
  sharedRulesId,
  sharedRulesSchema,
} from '../core/tree/shared-rules.ts';
import { fillRegionTexts, type RegionWords } from '../core/tree/template.ts';
import { type Tree, treeSchema } from '../core/tree/tree.ts';
import type { Store, VersionSummary } from '../store/store.ts';
import { isStoreUnavailable } from '../store/store-unavailable.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import {
  displayOrder,
  type PublishedTree,
  publishTree,
  singleVersionRules,
  type TreeCatalog,
  type WalkRules,
} from './published-tree.ts';

export interface StoreCatalog extends TreeCatalog {
  /** Reloads the versions from the store. */
  refresh(): Promise<void>;
  close(): void;
}

/** Pinned versions (`?versie=N`) and combinations kept after first use. */
const keptAtMost = 200;

export interface StoreCatalogOptions {
  /**
   * Served while the store cannot be reached at start (the default content);
   * the catalog keeps trying and switches to the stored versions once it can.
   */
  whenUnreachable?: () => PublishedTree[];
  retryMs?: number;
  /** Today in Europe/Amsterdam; the real clock unless a test fixes it. */
  today?: () => PlainDate;
  /** The region's words for `{{regio}}` and `{{gemeenten}}`, filled in when a version is loaded. */
  regionWords?: () => RegionWords;
}

/** A bounded map: the oldest entry goes when it is full. */
class Kept<V> {
  readonly #entries = new Map<string, V>();
  get(key: string): V | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: V): V {
    if (this.#entries.size >= keptAtMost)
      this.#entries.delete(this.#entries.keys().next().value ?? '');
    this.#entries.set(key, value);
    return value;
  }
  clear(): void {
    this.#entries.clear();
  }
}

function parseTree(record: { treeId: string; version: number; content: { tree: unknown } }) {
  const parsed = treeSchema.safeParse(record.content.tree);
  if (parsed.success) return parsed.data;
  console.error(
    `Version ${record.version} of tree ${record.treeId} does not parse; it is not served.`,
  );
  return undefined;
}

function parseShared(record: { version: number; content: { tree: unknown } }) {
  const parsed = sharedRulesSchema.safeParse(record.content.tree);
  if (parsed.success) return parsed.data;
  console.error(`Version ${record.version} of the shared rules does not parse; it is not used.`);
  return undefined;
}

function dated(summary: VersionSummary) {
  return {
    version: summary.version,
    geldigVanaf: summary.geldigVanaf,
    ...(summary.geldtVoorOntruimingenVanaf
      ? { geldtVoorOntruimingenVanaf: summary.geldtVoorOntruimingenVanaf }
      : {}),
  };
}

export async function storeCatalog(
  store: Store,
  {
    whenUnreachable,
    retryMs = 1000,
    today = () => amsterdamDate(new Date()),
    regionWords,
  }: StoreCatalogOptions = {},
): Promise<StoreCatalog> {
  /** Per tree id (and `sharedRulesId`): the versions that were not cancelled. */
  let summaries = new Map<string, VersionSummary[]>();
  /** Parsed content per `treeId@version`; null when it does not parse. */
  const contents = new Map<string, Tree | SharedRules | null>();
  const pinned = new Kept<PublishedTree>();
  const combined = new Kept<PublishedTree>();
  /** Served while the store was unreachable at start. */
  let fallback: PublishedTree[] | undefined;
  let generation = 0;
  let stop: () => void = () => {};
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const load = async (treeId: string, version: number) => {
    const key = `${treeId}@${version}`;
    if (contents.has(key)) return contents.get(key) ?? undefined;
    const record = await store.version(treeId, version);
    const parsed = record
      ? treeId === sharedRulesId
        ? parseShared(record)
        : parseTree(record)
      : undefined;
    const content = parsed && regionWords ? fillRegionTexts(parsed, regionWords()) : parsed;
    contents.set(key, content ?? null);
    return content;
  };

  /** The versions of a list worth holding now: in force today, and every later one. */
  const current = (list: VersionSummary[], day: PlainDate) => {
    const inForce = versionInForce(list, day);
    return list.filter((summary) => summary === inForce || summary.geldigVanaf > day);
  };

  const refresh = async (): Promise<void> => {
    const all = await store.allVersions();
    const next = new Map<string, VersionSummary[]>();
    for (const summary of all) {
      if (summary.cancelled) continue;
      next.set(summary.treeId, [...(next.get(summary.treeId) ?? []), summary]);
    }
    const day = today();
    for (const [treeId, list] of next) {
      for (const summary of current(list, day)) await load(treeId, summary.version);
    }
    summaries = next;
    fallback = undefined;
    combined.clear();
    generation += 1;
  };

  /** The timeline of a tree with the content of these versions (loaded first when needed). */
  const timelineOf = async (treeId: string, day: PlainDate): Promise<RulesTimeline | undefined> => {
    const treeList = summaries.get(treeId);
    if (!treeList || treeId === sharedRulesId) return undefined;
    const sharedList = summaries.get(sharedRulesId) ?? [];
    // The version in force on the day, every later one, and what an
    // overgangsrecht may fall back to: every earlier one that states none is not needed.
    const needed = (list: VersionSummary[]) => {
      const inForce = versionInForce(list, day);
      const from = inForce?.geldigVanaf ?? day;
      const keep = list.filter((summary) => summary.geldigVanaf >= from);
      const anyTransition = keep.some((summary) => summary.geldtVoorOntruimingenVanaf);
      return anyTransition ? list : keep;
    };
    const trees: TreeInTime[] = [];
    for (const summary of needed(treeList)) {
      const tree = await load(treeId, summary.version);
      if (tree && 'nodes' in tree) trees.push({ ...dated(summary), tree });
    }
    const shared: SharedInTime[] = [];
    for (const summary of needed(sharedList)) {
      const rules = await load(sharedRulesId, summary.version);
      if (rules && !('nodes' in rules)) shared.push({ ...dated(summary), rules });
    }
    if (trees.length === 0) return undefined;
    return {
      trees,
      shared,
      compose: (tree, set) => compositionOf(treeId, tree, set).tree,
    };
  };

  /** A tree version composed with a shared version, prepared once. */
  const compositionOf = (treeId: string, tree: TreeInTime, set: SharedInTime): PublishedTree => {
    const key = `${treeId}@${tree.version}+${set.version}`;
    return (
      combined.get(key) ??
      combined.set(
        key,
        publishTree(composeTree(tree.tree, set.rules), tree.version, {
          geldigVanaf: laterDay(set.geldigVanaf, tree.geldigVanaf),
          sharedVersion: set.version,
        }),
      )
    );
  };

  /** The rules in force on a day, synchronously: only for today's and scheduled versions. */
  const inForceNow = (treeId: string, day: PlainDate): PublishedTree | undefined => {
    const treeList = summaries.get(treeId);
    const summary = treeList && versionInForce(treeList, day);
    const tree = summary && contents.get(`${treeId}@${summary.version}`);
    if (!summary || !tree || !('nodes' in tree)) return undefined;
    const sharedList = summaries.get(sharedRulesId) ?? [];
    const sharedSummary = versionInForce(sharedList, day);
    const rules = sharedSummary && contents.get(`${sharedRulesId}@${sharedSummary.version}`);
    const treeInTime = { ...dated(summary), tree };
    if (!sharedSummary || !rules || 'nodes' in rules) {
      const key = `${treeId}@${summary.version}`;
      return (
        combined.get(key) ??
        combined.set(key, publishTree(tree, summary.version, { geldigVanaf: summary.geldigVanaf }))
      );
    }
    return compositionOf(treeId, treeInTime, { ...dated(sharedSummary), rules });
  };

  const list = (day: PlainDate = today()): PublishedTree[] => {
    if (fallback) return fallback;
    return displayOrder(
      [...summaries.keys()]
        .filter((treeId) => treeId !== sharedRulesId)
        .flatMap((treeId) => inForceNow(treeId, day) ?? []),
    );
  };

  const connect = async () => {
    await refresh();
    const unwatch = await store.watchPublished(() => {
      refresh().catch((error: unknown) =>
        console.error('Refreshing the published trees failed:', error),
      );
    });
    if (closed) unwatch();
    else stop = unwatch;
  };
  const connectLater = () => {
    retry = setTimeout(() => {
      connect().catch(() => {
        if (!closed) connectLater();
      });
    }, retryMs);
  };
  try {
    await connect();
  } catch (error) {
    if (!whenUnreachable || !isStoreUnavailable(error)) throw error;
    fallback = whenUnreachable();
    connectLater();
  }

  const get: TreeCatalog['get'] = async (treeId, version) => {
    if (fallback) {
      return fallback.find(
        (entry) => entry.tree.id === treeId && (version === undefined || entry.version === version),
      );
    }
    if (treeId === sharedRulesId) return undefined;
    if (version === undefined) return inForceNow(treeId, today());
    const key = `${treeId}@${version}`;
    const kept = pinned.get(key);
    if (kept) return kept;
    const summary = summaries.get(treeId)?.find((candidate) => candidate.version === version);
    const tree = summary && (await load(treeId, version));
    if (!summary || !tree || !('nodes' in tree)) return undefined;
    return pinned.set(key, publishTree(tree, version, { geldigVanaf: summary.geldigVanaf }));
  };

  return {
    list,
    get,
    async rulesFor(treeId, day, answers): Promise<WalkRules | undefined> {
      if (fallback) {
        const published = fallback.find((entry) => entry.tree.id === treeId);
        return published && singleVersionRules(published, day, answers);
      }
      const timeline = await timelineOf(treeId, day);
      const rules = timeline && rulesForWalk(timeline, day, answers);
      if (!timeline || !rules) return undefined;
      const published = rules.sharedVersion
        ? compositionOf(treeId, rules.treeVersion, rules.sharedVersion)
        : await get(treeId, rules.treeVersion.version);
      if (!published) return undefined;
      const [until] = changeDays(day, timeline.trees, timeline.shared);
      const inForce = [versionInForce(timeline.trees, day), versionInForce(timeline.shared, day)];
      return {
        published,
        rules,
        timeline,
        ...(until ? { until } : {}),
        transition: inForce.some((version) => version?.geldtVoorOntruimingenVanaf !== undefined),
      };
    },
    async combination(treeId, version, sharedVersion) {
      if (fallback || treeId === sharedRulesId) return undefined;
      const treeSummary = summaries.get(treeId)?.find((summary) => summary.version === version);
      const setSummary = summaries
        .get(sharedRulesId)
        ?.find((summary) => summary.version === sharedVersion);
      const tree = treeSummary && (await load(treeId, version));
      const rules = setSummary && (await load(sharedRulesId, sharedVersion));
      if (!treeSummary || !setSummary || !tree || !rules || !('nodes' in tree) || 'nodes' in rules)
        return undefined;
      return compositionOf(
        treeId,
        { ...dated(treeSummary), tree },
        { ...dated(setSummary), rules },
      );
    },
    generation: () => generation,
    refresh,
    close() {
      closed = true;
      clearTimeout(retry);
      stop();
    },
  };
}
