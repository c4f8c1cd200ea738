// Published trees served from memory and kept in step with the store: loaded
// at start, refreshed when any server publishes (Store.watchPublished). Walks
// keep working from memory while the database is away.
import { treeSchema } from '../core/tree.ts';
import type { Store, VersionRecord } from '../store/store.ts';
import {
  displayOrder,
  type PublishedTree,
  publishTree,
  type TreeCatalog,
} from './published-tree.ts';

export interface StoreCatalog extends TreeCatalog {
  /** Reloads the latest versions from the store. */
  refresh(): Promise<void>;
  close(): void;
}

/** Older versions asked for by `?versie=N`, kept after the first request. */
const olderVersionsKept = 50;

function publishVersion(record: VersionRecord): PublishedTree | undefined {
  const parsed = treeSchema.safeParse(record.content.tree);
  if (!parsed.success) {
    console.error(
      `Version ${record.version} of tree ${record.treeId} does not parse; it is not served.`,
    );
    return undefined;
  }
  return publishTree(parsed.data, record.version);
}

export async function storeCatalog(store: Store): Promise<StoreCatalog> {
  let latest: PublishedTree[] = [];
  const older = new Map<string, PublishedTree>();

  const refresh = async (): Promise<void> => {
    const records = await store.latestVersions();
    latest = displayOrder(records.flatMap((record) => publishVersion(record) ?? []));
  };
  await refresh();
  const stop = await store.watchPublished(() => {
    refresh().catch((error: unknown) =>
      console.error('Refreshing the published trees failed:', error),
    );
  });

  return {
    list: () => latest,
    async get(treeId, version) {
      const current = latest.find((entry) => entry.tree.id === treeId);
      if (version === undefined || current?.version === version) return current;
      const key = `${treeId}@${version}`;
      const kept = older.get(key);
      if (kept) return kept;
      const record = await store.version(treeId, version);
      const published = record && publishVersion(record);
      if (!published) return undefined;
      if (older.size >= olderVersionsKept) older.delete(older.keys().next().value ?? '');
      older.set(key, published);
      return published;
    },
    refresh,
    close: stop,
  };
}
