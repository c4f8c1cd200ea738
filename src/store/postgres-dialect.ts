// PostgreSQL (DATABASE_URL): a pg pool for queries; publishes are serialised
// per tree with an advisory lock and announced with NOTIFY on commit.
//
// A connection may die at any moment (restart, failover, pg_terminate_backend,
// a network reset). Every client gets an 'error' handler — also while it is
// checked out, where pg's pool does not listen — so the process never exits
// on an unhandled 'error' event; a client whose connection broke or timed out
// is destroyed on release, so the pool replaces it with a fresh one.
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { NulFreePlugin } from './nul-free-plugin.ts';
import { postgresClientConfig } from './postgres-config.ts';
import { publishedChannel, publishedListener } from './postgres-listener.ts';
import type { StoreDialect } from './store-dialect.ts';
import { isStoreUnavailable } from './store-unavailable.ts';

const queryTimedOut = (error: unknown) =>
  error instanceof Error && /Query read timeout/.test(error.message);

/**
 * What Kysely sees of the pool: each checked-out client remembers whether its
 * connection broke; such a client fails further queries at once (no waiting
 * for another timeout on a ROLLBACK) and is destroyed when released.
 */
function selfHealingPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient & { broken: unknown }>();
  const wrap = (client: pg.PoolClient) => {
    const wrapper = wrappers.get(client);
    if (wrapper) {
      wrapper.broken = undefined;
      return wrapper;
    }
    const self: PostgresPoolClient & { broken: unknown } = {
      broken: undefined,
      // biome-ignore lint/suspicious/noExplicitAny: passes Kysely's two query forms through unchanged.
      query: ((...args: any[]) => {
        if (self.broken)
          return Promise.reject(new Error('Connection terminated', { cause: self.broken }));
        // biome-ignore lint/suspicious/noExplicitAny: see above.
        const result = (client.query as any)(...args);
        if (result && typeof result.then === 'function')
          return result.catch((error: unknown) => {
            if (isStoreUnavailable(error) || queryTimedOut(error)) self.broken = error;
            throw error;
          });
        return result;
      }) as PostgresPoolClient['query'],
      release(destroy?: boolean) {
        client.release(destroy || self.broken ? true : undefined);
      },
    };
    wrappers.set(client, self);
    return self;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}

/** The search_path may be set in the URL, e.g. `?options=-c%20search_path%3Dwoonkansboom`. */
export function openPostgresDatabase(databaseUrl: string): Kysely<Database> {
  const pool = new pg.Pool(postgresClientConfig(databaseUrl));
  // An idle connection that breaks is dropped by the pool; without a handler it would crash the process.
  pool.on('error', () => {});
  // A checked-out client has no pool listener: a connection dropped mid-query would emit an unhandled 'error'.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: selfHealingPool(pool) }),
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
