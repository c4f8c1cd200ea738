// Published trees served from memory and kept in step with the store: loaded
// at start, refreshed when any server publishes (Store.watchPublished). Walks
// keep working from memory while the database is away.
import { treeSchema } from '../core/tree/tree.ts';
import type { Store, VersionRecord } from '../store/store.ts';
import { isStoreUnavailable } from '../store/store-unavailable.ts';
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

export interface StoreCatalogOptions {
  /**
   * Served while the store cannot be reached at start (the default content);
   * the catalog keeps trying and switches to the stored versions once it can.
   */
  whenUnreachable?: () => PublishedTree[];
  retryMs?: number;
}

export async function storeCatalog(
  store: Store,
  { whenUnreachable, retryMs = 1000 }: StoreCatalogOptions = {},
): Promise<StoreCatalog> {
  let latest: PublishedTree[] = [];
  const older = new Map<string, PublishedTree>();
  let stop: () => void = () => {};
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const refresh = async (): Promise<void> => {
    const records = await store.latestVersions();
    latest = displayOrder(records.flatMap((record) => publishVersion(record) ?? []));
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
    latest = whenUnreachable();
    connectLater();
  }

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
    close() {
      closed = true;
      clearTimeout(retry);
      stop();
    },
  };
}
