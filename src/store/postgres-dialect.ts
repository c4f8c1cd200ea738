// PostgreSQL (DATABASE_URL): a pg pool for queries (postgres-shared-pool.ts);
// publishes are serialised per schema and tree with an advisory lock and
// announced with NOTIFY on commit.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { type PublishedWatcher, publishedChannel, publishedListener } from './postgres-listener.ts';
import { ownPostgresDatabase } from './postgres-shared-pool.ts';
import type { StoreDialect } from './store-dialect.ts';

/**
 * A store's own pool. The search_path may be set in the URL, e.g.
 * `?options=-c%20search_path%3Dwoonkansboom`.
 */
export function openPostgresDatabase(databaseUrl: string): Kysely<Database> {
  return ownPostgresDatabase(databaseUrl);
}

/** The dialect of a store that listens on its own connection (a URL) or on its server's shared one. */
export function postgresStoreDialect(listenOn: string | PublishedWatcher): StoreDialect {
  const listener = typeof listenOn === 'string' ? publishedListener(listenOn) : listenOn;
  return {
    kind: 'postgres',
    async lockTree(trx, treeId) {
      // The schema is part of the key: the stores of several regions share one database.
      await sql`select pg_advisory_xact_lock(hashtext(${'woonkansboom:publish:'} || current_schema() || ${`:${treeId}`}))`.execute(
        trx,
      );
    },
    async announcePublished(trx, treeId, version) {
      // The payload names the schema: NOTIFY reaches the whole database, which may hold several stores.
      await sql`select pg_notify(${publishedChannel}, json_build_object(
        'schema', current_schema(), 'treeId', ${treeId}::text, 'version', ${version}::integer)::text)`.execute(
        trx,
      );
    },
    watchPublished: (db, onPublished) => listener.watch(db, onPublished),
    isUniqueViolation: (error) =>
      error instanceof Error && (error as Error & { code?: unknown }).code === '23505',
    close: () => listener.close(),
  };
}
