// Where a region other than the default keeps its trees, people and data: a
// store of its own, with the same tables as every store. SQLite: a file in
// `<DATA_DIR>/regions/<regio>/`; PostgreSQL: a schema beside the main one
// (`<schema>_regio_<regio>`, `regio_<regio>` beside `public`). The main store
// keeps the list of regions (region-store.ts). A server opens them all over
// one set of shared connections (shared-connections.ts).

import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { openStore, type StoreOptions } from './open-store.ts';
import { postgresClientConfig } from './postgres-config.ts';
import { quoteIdentifier } from './postgres-shared-pool.ts';
import { openSharedStore, type SharedConnections } from './shared-connections.ts';
import type { Store } from './store.ts';

/** The schema the URL's search_path names first, else `public`. */
export function baseSchema(databaseUrl: string): string {
  const options = new URL(databaseUrl).searchParams.get('options') ?? '';
  const match = /search_path\s*=\s*"?([A-Za-z_][A-Za-z0-9_$]*)/.exec(options);
  return match?.[1] ?? 'public';
}

/** The PostgreSQL schema of a region (ids are lowercase letters, digits and hyphens). */
export function regionSchema(databaseUrl: string, regionId: string): string {
  const base = baseSchema(databaseUrl);
  const id = regionId.replaceAll('-', '_');
  return base === 'public' ? `regio_${id}` : `${base}_regio_${id}`;
}

/** The options that open a region's own store. */
export function regionStoreOptions(options: StoreOptions, regionId: string): StoreOptions {
  const { databaseUrl, dataDir = './data', onMigrated } = options;
  const extra = onMigrated ? { onMigrated } : {};
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${regionSchema(databaseUrl, regionId)}`);
    return { databaseUrl: url.toString(), ...extra };
  }
  return {
    dataDir: dataDir === ':memory:' ? ':memory:' : join(dataDir, 'regions', regionId),
    ...extra,
  };
}

const schemaMadeMeanwhile = (error: unknown) => {
  // Two servers creating it at the same instant: one wins, the other finds it made.
  const code = (error as { code?: string }).code;
  return code === '23505' || code === '42P06';
};

async function createSchema(schema: string, db: Kysely<Database> | string): Promise<void> {
  const statement = `create schema if not exists ${quoteIdentifier(schema)}`;
  try {
    if (typeof db !== 'string') await sql.raw(statement).execute(db);
    else {
      const client = new pg.Client(postgresClientConfig(db));
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    }
  } catch (error) {
    if (!schemaMadeMeanwhile(error)) throw error;
  }
}

/**
 * Opens (creating and migrating when new) the store of a region; over the
 * process's shared connections when given, else with connections of its own.
 */
export async function openRegionStore(
  options: StoreOptions,
  regionId: string,
  connections?: SharedConnections,
): Promise<Store> {
  const { databaseUrl, onMigrated } = options;
  if (!databaseUrl) return openStore(regionStoreOptions(options, regionId));
  const schema = regionSchema(databaseUrl, regionId);
  const postgres = connections?.postgres;
  if (!postgres) {
    await createSchema(schema, databaseUrl);
    return openStore(regionStoreOptions(options, regionId));
  }
  await createSchema(schema, postgres.pool.database(schema));
  return openSharedStore(postgres, schema, onMigrated);
}

/** Opens the main store; over the process's shared connections when given (PostgreSQL). */
export function openMainStore(
  options: StoreOptions,
  connections?: SharedConnections,
): Promise<Store> {
  const postgres = options.databaseUrl ? connections?.postgres : undefined;
  return postgres ? openSharedStore(postgres, undefined, options.onMigrated) : openStore(options);
}
