// The PostgreSQL connections one server process shares between its stores:
// one pool (postgres-shared-pool.ts) and one LISTEN connection
// (postgres-shared-listener.ts) for the main store and every region's store,
// so fifty regions on three servers stay far below max_connections. Made
// once per process; SQLite needs nothing shared (each region is a file).
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { kyselyStore } from './kysely-store.ts';
import { migrationProvider } from './migrations/index.ts';
import type { StoreOptions } from './open-store.ts';
import { postgresStoreDialect } from './postgres-dialect.ts';
import { sharedWatcher } from './postgres-listener.ts';
import {
  type SharedPublishedListener,
  sharedPublishedListener,
} from './postgres-shared-listener.ts';
import {
  type SharedPoolOptions,
  type SharedPostgresPool,
  sharedPostgresPool,
} from './postgres-shared-pool.ts';
import type { Store } from './store.ts';

interface SharedPostgres {
  pool: SharedPostgresPool;
  listener: SharedPublishedListener;
  /** Runs migrations one at a time (see openSharedStore). */
  migrating: Promise<unknown>;
}

export interface SharedConnections {
  /** Absent for SQLite. */
  readonly postgres?: SharedPostgres;
  /** Ends the pool and the LISTEN connection, after the stores on them are closed. */
  close(): Promise<void>;
}

export function sharedConnections(
  { databaseUrl }: StoreOptions,
  poolOptions: SharedPoolOptions = {},
): SharedConnections {
  if (!databaseUrl) return { close: async () => {} };
  const postgres: SharedPostgres = {
    pool: sharedPostgresPool(databaseUrl, poolOptions),
    listener: sharedPublishedListener(databaseUrl),
    migrating: Promise.resolve(),
  };
  return {
    postgres,
    async close() {
      await postgres.listener.close();
      await postgres.pool.end();
    },
  };
}

/**
 * Whether every migration has run in the store's schema (the first of its
 * search_path): two small queries instead of the migrator's look at the
 * tables of every schema, which grows with the number of regions.
 */
async function upToDate(db: Kysely<Database>): Promise<boolean> {
  const known = Object.keys(await migrationProvider.getMigrations());
  try {
    const { rows: schemas } = await sql<{
      schema: string | null;
    }>`select current_schema() as schema`.execute(db);
    const schema = schemas[0]?.schema;
    if (!schema) return false;
    const { rows } = await sql<{
      name: string;
    }>`select name from ${sql.id(schema, 'kysely_migration')}`.execute(db);
    const ran = new Set(rows.map((row) => row.name));
    return known.every((name) => ran.has(name));
  } catch {
    return false;
  }
}

/**
 * Opens (migrating when needed) the store in `schema` — without one, the
 * schema of the database URL — over the shared connections. Closing it leaves
 * them open. Migrations of all schemas queue behind one advisory lock in
 * PostgreSQL (Kysely's), each holding a pooled connection while it waits:
 * they run one at a time here, so regions opened together never take the
 * whole pool (nor time out waiting for it).
 */
export async function openSharedStore(
  postgres: SharedPostgres,
  schema: string | undefined,
  onMigrated?: (names: string[]) => void,
): Promise<Store> {
  const db = postgres.pool.database(schema);
  const store = kyselyStore(db, postgresStoreDialect(sharedWatcher(postgres.listener)), onMigrated);
  try {
    if (await upToDate(db)) onMigrated?.([]);
    else {
      const migrated = postgres.migrating.then(() => store.migrate());
      postgres.migrating = migrated.catch(() => {});
      await migrated;
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
