// One region's app over one store: its catalog of published trees, the
// beheer services, usage counting and the page shell's look. The default
// region and every other region are made the same way; only the router
// (region-router.ts) knows which path leads to which.
import { municipalityList, regionOwner } from '../../core/regions/region.ts';
import { TreeAdmin } from '../../services/tree-admin.ts';
import type { RegionMethods } from '../../store/region-store.ts';
import type { Store } from '../../store/store.ts';
import { amsterdamDate } from '../../views/amsterdam-date.ts';
import { createApp } from '../app.ts';
import type { AppInput, AppRegion, RegionSettings } from '../deps.ts';
import type { PublishedTree } from '../published-tree.ts';
import { storeCatalog } from '../store-catalog.ts';
import { usageRecorder } from '../usage-recorder.ts';
import type { OpenedRegion } from './region-apps.ts';
import type { RegionDirectory } from './region-directory.ts';
import { logoImage, themeHref } from './region-theme-route.ts';

/** What every region's app shares: the site's settings, without a store. */
export type SiteSettings = Omit<
  AppInput,
  'catalog' | 'store' | 'admin' | 'usage' | 'region' | 'regionSettings'
>;

export interface RegionAppOptions {
  /** Served while the store cannot be reached at start; nothing when absent. */
  whenUnreachable?: () => PublishedTree[];
  /** Called when the app is closed, after its own parts (e.g. to close the store). */
  closeStore?: () => Promise<void>;
  /**
   * The install's list of regions (the main store) and the directory over
   * it: the region's own settings page saves there. The app gets only the
   * narrow `RegionSettings` over them, never the main store.
   */
  install?: {
    regions: Pick<RegionMethods, 'createRegion' | 'updateRegion'>;
    directory: RegionDirectory;
  };
}

/** The region's settings in the install's list, as `/beheer/regio` reads and saves them. */
export function regionSettings(
  region: AppRegion,
  install: NonNullable<RegionAppOptions['install']>,
): RegionSettings {
  return {
    current: () => region.definition(),
    others: async () => (await install.directory.list()).filter((other) => other.id !== region.id),
    async save(definition, actor) {
      // The default region is in the list only once it has been saved.
      const saved =
        (await install.regions.updateRegion(region.id, definition, actor)) ||
        (await install.regions.createRegion(region.id, definition, actor)) ||
        (await install.regions.updateRegion(region.id, definition, actor));
      if (!saved) throw new Error(`Region ${region.id} could not be saved.`);
      await install.directory.refresh();
    },
  };
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
  const admin = new TreeAdmin(store, () => catalog.refresh(), today, {
    publishNeedsConfirmedAssumptions: () => region.definition().publishNeedsConfirmedAssumptions,
  });
  const usage = usageRecorder({ write: (rows) => store.addUsageCounts(rows), now: site.now });
  const app = createApp({
    ...site,
    assets: {
      ...site.assets,
      look: () => {
        const definition = region.definition();
        const href = themeHref(definition.theme);
        const logo = logoImage(definition.theme);
        return {
          owner: regionOwner(definition),
          ...(href ? { themeHref: href } : {}),
          ...(logo ? { logo } : {}),
        };
      },
    },
    catalog,
    store,
    admin,
    usage,
    region,
    ...(options.install ? { regionSettings: regionSettings(region, options.install) } : {}),
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
