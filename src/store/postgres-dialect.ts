// PostgreSQL (DATABASE_URL): a pg pool for queries; publishes are serialised
// per tree with an advisory lock and announced with NOTIFY on commit.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { NulFreePlugin } from './nul-free-plugin.ts';
import { publishedChannel, publishedListener } from './postgres-listener.ts';
import type { StoreDialect } from './store-dialect.ts';

/** The search_path may be set in the URL, e.g. `?options=-c%20search_path%3Dwoonkansboom`. */
export function openPostgresDatabase(databaseUrl: string): Kysely<Database> {
  // Fail fast when the server cannot be reached: the request gets a 503 instead of hanging.
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  // An idle connection that breaks is dropped by the pool; without a handler it would crash the process.
  pool.on('error', () => {});
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new NulFreePlugin()],
  });
}

export function postgresStoreDialect(databaseUrl: string): StoreDialect {
  const listener = publishedListener(databaseUrl);
  return {
    kind: 'postgres',
    async lockTree(trx, treeId) {
      await sql`select pg_advisory_xact_lock(hashtext(${`woonkansboom:publish:${treeId}`}))`.execute(
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
