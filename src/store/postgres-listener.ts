// How one store hears of publishes: through the LISTEN connection its server
// shares between its stores (postgres-shared-listener.ts), or through one of
// its own when the store is opened alone. The store's schema is what its own
// connections say `current_schema()` is.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import {
  type SharedPublishedListener,
  sharedPublishedListener,
} from './postgres-shared-listener.ts';

export { listenerApplicationName, publishedChannel } from './postgres-shared-listener.ts';

type Listener = (treeId: string) => void;

export interface PublishedWatcher {
  watch(db: Kysely<Database>, listener: Listener): Promise<() => void>;
  /** Stops this store's watches (and the LISTEN connection when it is the store's own). */
  close(): Promise<void>;
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  );
  return rows[0]?.schema ?? '';
}

/** A store's watches on a shared LISTEN connection; closing ends them, not the connection. */
export function sharedWatcher(shared: SharedPublishedListener): PublishedWatcher {
  const stops = new Set<() => void>();
  let schema: Promise<string> | undefined;
  let closed = false;
  return {
    async watch(db, listener) {
      // A closed store's watch hears nothing (and holds nothing on the shared connection).
      if (closed) return () => {};
      schema ??= currentSchema(db);
      schema.catch(() => {
        schema = undefined;
      });
      const stop = await shared.watch(await schema, db, listener);
      if (closed) {
        stop();
        return () => {};
      }
      const once = () => {
        stops.delete(once);
        stop();
      };
      stops.add(once);
      return once;
    },
    async close() {
      closed = true;
      for (const stop of [...stops]) stop();
    },
  };
}

/** One LISTEN connection of the store's own (a store opened alone). */
export function publishedListener(databaseUrl: string): PublishedWatcher {
  const shared = sharedPublishedListener(databaseUrl);
  const watcher = sharedWatcher(shared);
  return {
    watch: watcher.watch,
    async close() {
      await watcher.close();
      await shared.close();
    },
  };
}
