// Which store to open: PostgreSQL when a database URL is given, otherwise the
// embedded SQLite file in the data folder. Migrations run on open.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kyselyStore } from './kysely-store.ts';
import { openPostgresDatabase, postgresStoreDialect } from './postgres-dialect.ts';
import { openSqliteDatabase, sqliteStoreDialect } from './sqlite-dialect.ts';
import type { Store } from './store.ts';

export interface StoreOptions {
  /** postgres://… — PostgreSQL; the schema may be chosen with `?options=-c%20search_path%3D<schema>`. */
  databaseUrl?: string;
  /** Folder of the embedded store (default `./data`); `:memory:` for a throw-away store in tests. */
  dataDir?: string;
  /** Told the names of the migrations applied, on open and on `migrate()`. */
  onMigrated?: (names: string[]) => void;
}

export const sqliteFileName = 'woonkansboom.sqlite';

/** DATABASE_URL and DATA_DIR, as the server and the CLI read them. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
  };
}

/** Where the store lives, for messages: the SQLite file, or the PostgreSQL server without credentials. */
export function storeLocation({ databaseUrl, dataDir = './data' }: StoreOptions): string {
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    return `PostgreSQL ${url.host}${url.pathname}`;
  }
  return dataDir === ':memory:' ? 'SQLite in memory' : `SQLite ${join(dataDir, sqliteFileName)}`;
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const { databaseUrl, dataDir = './data', onMigrated } = options;
  let store: Store;
  if (databaseUrl) {
    store = kyselyStore(
      openPostgresDatabase(databaseUrl),
      postgresStoreDialect(databaseUrl),
      onMigrated,
    );
  } else {
    let file = ':memory:';
    if (dataDir !== ':memory:') {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      file = resolve(dataDir, sqliteFileName);
    }
    store = kyselyStore(openSqliteDatabase(file), sqliteStoreDialect(), onMigrated);
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
