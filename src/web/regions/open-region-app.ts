// One region's app over one store: its catalog of published trees, the
// beheer services, usage counting and the page shell's look. The default
// region and every other region are made the same way; only the router
// (region-router.ts) knows which path leads to which.
import { municipalityList, regionOwner } from '../../core/regions/region.ts';
import { TreeAdmin } from '../../services/tree-admin.ts';
import type { Store } from '../../store/store.ts';
import { amsterdamDate } from '../../views/amsterdam-date.ts';
import { createApp } from '../app.ts';
import type { AppInput, AppRegion } from '../deps.ts';
import type { PublishedTree } from '../published-tree.ts';
import { storeCatalog } from '../store-catalog.ts';
import { usageRecorder } from '../usage-recorder.ts';
import type { OpenedRegion } from './region-apps.ts';
import { themeHref } from './region-theme-route.ts';

/** What every region's app shares: the site's settings, without a store. */
export type SiteSettings = Omit<AppInput, 'catalog' | 'store' | 'admin' | 'usage' | 'region'>;

export interface RegionAppOptions {
  /** Served while the store cannot be reached at start; nothing when absent. */
  whenUnreachable?: () => PublishedTree[];
  /** Called when the app is closed, after its own parts (e.g. to close the store). */
  closeStore?: () => Promise<void>;
}

export async function openRegionApp(
  store: Store,
  site: SiteSettings,
  region: AppRegion,
  options: RegionAppOptions = {},
): Promise<OpenedRegion & { catalog: { close(): void } }> {
  const today = () => amsterdamDate(site.now());
  const catalog = await storeCatalog(store, {
    whenUnreachable: options.whenUnreachable ?? (() => []),
    today,
    regionWords: () => {
      const definition = region.definition();
      return { regio: definition.name, gemeenten: municipalityList(definition) };
    },
  });
  const admin = new TreeAdmin(store, () => catalog.refresh(), today);
  const usage = usageRecorder({ write: (rows) => store.addUsageCounts(rows), now: site.now });
  const app = createApp({
    ...site,
    assets: {
      ...site.assets,
      look: () => {
        const definition = region.definition();
        const href = themeHref(definition.theme);
        return { owner: regionOwner(definition), ...(href ? { themeHref: href } : {}) };
      },
    },
    catalog,
    store,
    admin,
    usage,
    region,
  });
  return {
    app,
    catalog,
    async close() {
      catalog.close();
      await usage.close();
      await options.closeStore?.();
    },
  };
}
