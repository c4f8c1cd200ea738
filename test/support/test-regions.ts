// A site with two regions, wired as src/web/main.ts wires the real one, over
// throw-away SQLite stores in memory: groningen (the default, with the default
// trees and shared rules) and westerkwartier (its own store, seeded with the
// same trees so there is something to walk). Requests go through the region
// router, socket-free: `site.fetch('/westerkwartier/boom/…')`.
import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import { defaultRegionDefinition } from '../../src/content/region-content.ts';
import { type RegionDefinition, regionDefinitionSchema } from '../../src/core/regions/region.ts';
import { SharedRulesAdmin } from '../../src/services/shared-rules-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { openRegionStore } from '../../src/store/region-stores.ts';
import type { Store } from '../../src/store/store.ts';
import { amsterdamDate } from '../../src/views/amsterdam-date.ts';
import { openRegionApp, type SiteSettings } from '../../src/web/regions/open-region-app.ts';
import { regionAppCache } from '../../src/web/regions/region-apps.ts';
import { regionDirectory } from '../../src/web/regions/region-directory.ts';
import { regionRouter } from '../../src/web/regions/region-router.ts';
import { testAssets, testNow } from './test-app.ts';

/** The second region: a municipality made of former ones, and a look of its own. */
export const westerkwartier: RegionDefinition = regionDefinitionSchema.parse({
  id: 'westerkwartier',
  name: 'Westerkwartier',
  owner: 'Regio Westerkwartier',
  municipalities: [
    { name: 'Westerkwartier', aliases: ['Leek', 'Zuidhorn', 'Marum', 'Grootegast'] },
  ],
  theme: { brandColor: '#1d6b3a', focusColor: '#b35900' },
  publishNeedsConfirmedAssumptions: false,
});

type TreeContents = ReturnType<typeof defaultTreeContents>;

async function seeded(store: Store, now: () => Date, extra: TreeContents): Promise<Store> {
  const today = () => amsterdamDate(now());
  await store.seedTrees([...defaultTreeContents(), ...extra], null, today());
  await new SharedRulesAdmin(store, undefined, today).seed(loadSharedRules());
  return store;
}

export interface TwoRegionSite {
  /** A request through the region router, as the server would pass it on. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The main store: the default region's trees and the list of regions. */
  mainStore: Store;
  /** A region's own store (the default region's is the main store). */
  regionStore(id: string): Store;
  close(): Promise<void>;
}

export interface TwoRegionSiteOptions {
  now?: () => Date;
  /** Trees published in both regions besides the default ones. */
  trees?: TreeContents;
}

export async function twoRegionSite(options: TwoRegionSiteOptions = {}): Promise<TwoRegionSite> {
  const now = options.now ?? (() => testNow);
  const extra = options.trees ?? [];
  const mainStore = await seeded(await openStore({ dataDir: ':memory:' }), now, extra);
  const defaultRegion = defaultRegionDefinition();
  await mainStore.createRegion(westerkwartier.id, westerkwartier, null);
  const stores = new Map<string, Store>([
    [defaultRegion.id, mainStore],
    [
      westerkwartier.id,
      await seeded(await openRegionStore({ dataDir: ':memory:' }, westerkwartier.id), now, extra),
    ],
  ]);

  const directory = regionDirectory(mainStore, defaultRegion);
  const site: SiteSettings = { assets: testAssets, now };
  const main = await openRegionApp(
    mainStore,
    { ...site, regions: () => directory.list() },
    {
      id: defaultRegion.id,
      definition: () => directory.current(defaultRegion.id) ?? defaultRegion,
    },
  );
  const regions = regionAppCache(directory, async (region) => {
    const store = stores.get(region.id);
    if (!store) throw new Error(`No store for region ${region.id}`);
    return openRegionApp(store, site, {
      id: region.id,
      definition: () => directory.current(region.id) ?? region,
    });
  });
  const router = regionRouter(main.app, regions);

  return {
    fetch: (path, init) => router(new Request(new URL(path, 'http://localhost'), init)),
    mainStore,
    regionStore(id) {
      const store = stores.get(id);
      if (!store) throw new Error(`No region ${id} in the test site`);
      return store;
    },
    async close() {
      await Promise.allSettled([main.close(), regions.close()]);
      await Promise.allSettled([...stores.values()].map((store) => store.close()));
    },
  };
}
