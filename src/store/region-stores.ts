// Where a region other than the default keeps its trees, people and data: a
// store of its own, with the same tables as every store. SQLite: a file in
// `<DATA_DIR>/regions/<regio>/`; PostgreSQL: a schema beside the main one
// (`<schema>_regio_<regio>`, `regio_<regio>` beside `public`). The main store
// keeps the list of regions (region-store.ts).
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type StoreOptions } from './open-store.ts';
import { postgresClientConfig } from './postgres-config.ts';
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

/** Opens (creating and migrating when new) the store of a region. */
export async function openRegionStore(options: StoreOptions, regionId: string): Promise<Store> {
  if (options.databaseUrl) {
    const client = new pg.Client(postgresClientConfig(options.databaseUrl));
    await client.connect();
    try {
      await client.query(
        `create schema if not exists "${regionSchema(options.databaseUrl, regionId)}"`,
      );
    } catch (error) {
      // Two servers creating it at the same instant: one wins, the other finds it made.
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P06') throw error;
    } finally {
      await client.end();
    }
  }
  return openStore(regionStoreOptions(options, regionId));
}
