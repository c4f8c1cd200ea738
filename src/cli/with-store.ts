// Store commands open the store the server uses (DATABASE_URL, else the SQLite
// file in DATA_DIR, default ./data), run, and close it — also on failure.
// SQLite's busy_timeout lets them write while the server runs.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Accounts } from '../services/accounts/accounts.ts';
import {
  openStore,
  type StoreOptions,
  sqliteFileName,
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

/** The SQLite file these options would create, when it is not there yet. */
function newSqliteFile({ databaseUrl, dataDir }: StoreOptions): string | undefined {
  if (databaseUrl || !dataDir || dataDir === ':memory:') return undefined;
  const file = join(dataDir, sqliteFileName);
  return existsSync(file) ? undefined : file;
}

export interface WithStoreOptions {
  onMigrated?: (names: string[]) => void;
  /**
   * Say so when the store is new: an account made in a DATA_DIR the server
   * does not use can never sign in. In Dutch, for the beheerder at the
   * terminal, and on stderr, before a password is asked for.
   */
  announceNewStore?: boolean;
}

export async function withStore(
  io: CliIo,
  use: (store: Store) => Promise<number>,
  { onMigrated, announceNewStore = false }: WithStoreOptions = {},
): Promise<number> {
  const options = cliStoreOptions(io);
  const created = announceNewStore ? newSqliteFile(options) : undefined;
  let store: Store;
  try {
    store = await openStore({ ...options, onMigrated });
  } catch (error) {
    io.err(`Cannot open the store (${storeLocation(options)}): ${(error as Error).message}`);
    return 1;
  }
  if (created) {
    io.err(`Nieuwe, lege opslag gemaakt: ${created}. In deze map stond nog geen database.`);
    io.err(
      'Gebruikt de server een andere DATA_DIR? Zet dan die DATA_DIR (of DATABASE_URL) en voer de opdracht opnieuw uit.',
    );
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
  return withStore(io, (store) => use(new Accounts(store)), { announceNewStore: true });
}
