// Store commands with --region: the store of that region (beside the main
// one: a SQLite file in <DATA_DIR>/regions/<regio>/, or a PostgreSQL schema),
// after the main store has said the region exists. Without --region, or with
// the default region's id, it is the main store, as before.
import { defaultRegionId } from '../core/regions/region.ts';
import { Accounts } from '../services/accounts/accounts.ts';
import { RegionService } from '../services/regions.ts';
import type { Store } from '../store/store.ts';
import type { CliIo } from './command.ts';
import { cliStoreOptions, type WithStoreOptions, withStore } from './with-store.ts';

/** The region service over the main store, for the region commands. */
export function withRegions(
  io: CliIo,
  use: (regions: RegionService, main: Store) => Promise<number>,
): Promise<number> {
  return withStore(io, (main) => use(new RegionService(main, cliStoreOptions(io)), main));
}

export function unknownRegionLine(regionId: string): string {
  return `There is no region "${regionId}"; see "woonkansboom region list".`;
}

export function withRegionStore(
  io: CliIo,
  regionId: string | undefined,
  use: (store: Store, regions: RegionService) => Promise<number>,
  options: WithStoreOptions = {},
): Promise<number> {
  if (regionId === undefined || regionId === defaultRegionId)
    return withStore(
      io,
      (main) => use(main, new RegionService(main, cliStoreOptions(io))),
      options,
    );
  return withRegions(io, async (regions) => {
    const opened = await regions.openStore(regionId);
    if (!opened) {
      io.err(unknownRegionLine(regionId));
      return 1;
    }
    try {
      return await use(opened.store, regions);
    } finally {
      if (opened.own) await opened.store.close();
    }
  });
}

/** The accounts service over a region's store, for the user and token commands. */
export function withRegionAccounts(
  io: CliIo,
  regionId: string | undefined,
  use: (accounts: Accounts) => Promise<number>,
): Promise<number> {
  return withRegionStore(io, regionId, (store) => use(new Accounts(store)), {
    announceNewStore: true,
  });
}
