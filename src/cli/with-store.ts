// Store commands open the store the server uses (DATABASE_URL, else the SQLite
// file in DATA_DIR, default ./data), run, and close it — also on failure.
// SQLite's busy_timeout lets them write while the server runs.
import { resolve } from 'node:path';
import { Accounts } from '../services/accounts/accounts.ts';
import {
  openStore,
  type StoreOptions,
  storeLocation,
  storeOptionsFromEnv,
} from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import type { CliIo } from './command.ts';

export function cliStoreOptions(io: CliIo, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const options = storeOptionsFromEnv(env);
  if (options.databaseUrl) return options;
  return { dataDir: resolve(io.cwd, options.dataDir ?? 'data') };
}

export async function withStore(
  io: CliIo,
  use: (store: Store) => Promise<number>,
  onMigrated?: (names: string[]) => void,
): Promise<number> {
  const options = cliStoreOptions(io);
  let store: Store;
  try {
    store = await openStore({ ...options, onMigrated });
  } catch (error) {
    io.err(`Cannot open the store (${storeLocation(options)}): ${(error as Error).message}`);
    return 1;
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The accounts service over the store, for the user and token commands. */
export function withAccounts(
  io: CliIo,
  use: (accounts: Accounts) => Promise<number>,
): Promise<number> {
  return withStore(io, (store) => use(new Accounts(store)));
}
