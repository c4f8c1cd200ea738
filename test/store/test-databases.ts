// Throw-away databases for the store tests: a SQLite file in a temp folder,
// or a fresh schema in the local PostgreSQL (dropped afterwards) so parallel
// runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { openStore, type StoreOptions, sqliteFileName } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';

export const testPostgresUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  /** The openStore options that reach this database (also usable by a child process). */
  options: StoreOptions;
  /** Opens another store instance, with its own connection(s). */
  open(): Promise<Store>;
  /** Runs SQL past the store, as someone with direct access to the database would. */
  execute(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

export function sqliteTestDatabase(): TestDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), 'woonkansboom-store-'));
  return {
    options: { dataDir },
    open: () => openStore({ dataDir }),
    async execute(statement) {
      const database = new SqliteDatabase(join(dataDir, sqliteFileName));
      try {
        database.exec(statement);
      } finally {
        database.close();
      }
    },
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Undefined when the test PostgreSQL answers, else why not. With CI set this
 * throws instead: in CI the PostgreSQL suite must run, never be skipped.
 */
export async function postgresUnavailable(): Promise<string | undefined> {
  try {
    await withClient(testPostgresUrl, (client) => client.query('select 1'));
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL at ${testPostgresUrl} does not answer (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${reason}; CI is set, so the PostgreSQL suite must run`);
    return `${reason}; start it to run the PostgreSQL suite`;
  }
}

export async function postgresTestDatabase(): Promise<TestDatabase & { schema: string }> {
  const schema = `wkb_test_${randomBytes(6).toString('hex')}`;
  await withClient(testPostgresUrl, (client) => client.query(`create schema ${schema}`));
  const url = new URL(testPostgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const databaseUrl = url.toString();
  return {
    schema,
    options: { databaseUrl },
    open: () => openStore({ databaseUrl }),
    async execute(statement) {
      await withClient(databaseUrl, (client) => client.query(statement));
    },
    async dispose() {
      await withClient(testPostgresUrl, async (client) => {
        // The regions' schemas beside it (store/region-stores.ts) go too.
        const { rows } = await client.query<{ name: string }>(
          `select nspname as name from pg_namespace where nspname = $1 or nspname like $2`,
          [schema, `${schema}\\_regio\\_%`],
        );
        for (const { name } of rows) await client.query(`drop schema "${name}" cascade`);
      });
    },
  };
}
