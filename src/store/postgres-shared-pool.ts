// One pg pool for many stores of one server: the main store and every
// region's store (each in a schema of its own). Each store sees the pool
// through a Kysely of its own whose every checkout first points the client's
// search_path at the store's schema — only when the client's current one
// differs, remembered per client — so every query (raw `sql`,
// `current_schema()` in the NOTIFY payload, the migrations) runs unchanged.
//
// A connection may die at any moment (restart, failover, pg_terminate_backend,
// a network reset). Every client gets an 'error' handler — also while it is
// checked out, where pg's pool does not listen — so the process never exits
// on an unhandled 'error' event; a client whose connection broke or timed out
// (or whose search_path could not be set) is destroyed on release, so the
// pool replaces it with a fresh one.
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { NulFreePlugin } from './nul-free-plugin.ts';
import { postgresClientConfig } from './postgres-config.ts';
import { isStoreUnavailable } from './store-unavailable.ts';

/** The search_path the connection string gives (`RESET search_path` returns to it). */
const home = Symbol('the URL’s own search_path');
type SearchPath = string | typeof home;

const queryTimedOut = (error: unknown) =>
  error instanceof Error && /Query read timeout/.test(error.message);

/** A schema name as an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface SharedPoolOptions {
  /** Connections at most (pg's default: 10). */
  max?: number;
  /** Names the pool's connections in pg_stat_activity. */
  applicationName?: string;
}

export interface SharedPostgresPool {
  /**
   * A Kysely over the pool for the store in `schema` (its search_path is that
   * schema alone); without a schema, the search_path of the connection string.
   * Destroying it leaves the pool open.
   */
  database(schema?: string): Kysely<Database>;
  /** Ends the pool (after the stores on it are closed). */
  end(): Promise<void>;
}

interface Checkout extends PostgresPoolClient {
  broken: unknown;
}

export function sharedPostgresPool(
  databaseUrl: string,
  options: SharedPoolOptions = {},
): SharedPostgresPool {
  const { database, end } = postgresPool(databaseUrl, options);
  return { database: (schema) => database(schema, false), end };
}

/** A store's own pool (a store opened alone): destroying the Kysely ends the pool. */
export function ownPostgresDatabase(databaseUrl: string): Kysely<Database> {
  return postgresPool(databaseUrl, {}).database(undefined, true);
}

function postgresPool(databaseUrl: string, { max, applicationName }: SharedPoolOptions) {
  const pool = new pg.Pool({
    ...postgresClientConfig(databaseUrl),
    ...(max ? { max } : {}),
    ...(applicationName ? { application_name: applicationName } : {}),
  });
  // An idle connection that breaks is dropped by the pool; without a handler it would crash the process.
  pool.on('error', () => {});
  // A checked-out client has no pool listener: a connection dropped mid-query would emit an unhandled 'error'.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });

  let ended: Promise<void> | undefined;
  const endPool = () => {
    ended ??= pool.end();
    return ended;
  };

  const checkouts = new WeakMap<pg.PoolClient, Checkout>();
  /** The search_path each client has now; a client not in here has the URL's own. */
  const searchPaths = new WeakMap<pg.PoolClient, SearchPath>();

  /**
   * What Kysely sees of a client: it remembers whether its connection broke;
   * such a client fails further queries at once (no waiting for another
   * timeout on a ROLLBACK) and is destroyed when released.
   */
  const wrap = (client: pg.PoolClient): Checkout => {
    const known = checkouts.get(client);
    if (known) {
      known.broken = undefined;
      return known;
    }
    const self: Checkout = {
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
        if (destroy || self.broken) searchPaths.delete(client);
        client.release(destroy || self.broken ? true : undefined);
      },
    };
    checkouts.set(client, self);
    return self;
  };

  const checkout = async (wanted: SearchPath): Promise<Checkout> => {
    const client = await pool.connect();
    if ((searchPaths.get(client) ?? home) !== wanted) {
      try {
        await client.query(
          wanted === home ? 'reset search_path' : `set search_path to ${quoteIdentifier(wanted)}`,
        );
      } catch (error) {
        // Whatever the client's search_path is now, nobody gets that client again.
        searchPaths.delete(client);
        client.release(true);
        throw error;
      }
      if (wanted === home) searchPaths.delete(client);
      else searchPaths.set(client, wanted);
    }
    return wrap(client);
  };

  return {
    database(schema: string | undefined, endsPool: boolean) {
      const wanted: SearchPath = schema ?? home;
      const view: PostgresPool = {
        connect: () => checkout(wanted),
        end: async () => {
          if (endsPool) await endPool();
        },
      };
      return new Kysely<Database>({
        dialect: new PostgresDialect({ pool: view }),
        plugins: [new NulFreePlugin()],
      });
    },
    end: endPool,
  };
}
