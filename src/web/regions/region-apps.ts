// The apps of the regions other than the default: each made on first use
// (a region costs nothing until someone opens it), over the region's own
// store, and kept while the server runs.
import type { Hono } from 'hono';
import { defaultRegionId, type RegionDefinition } from '../../core/regions/region.ts';
import type { RegionDirectory } from './region-directory.ts';
import type { RegionApps } from './region-router.ts';

// biome-ignore lint/suspicious/noExplicitAny: apps with any environment are routed alike.
type App = Hono<any>;

export interface OpenedRegion {
  app: App;
  close(): Promise<void>;
}

export interface RegionAppCache extends RegionApps {
  /** The regions opened so far. */
  opened(): string[];
  close(): Promise<void>;
}

export function regionAppCache(
  directory: RegionDirectory,
  open: (region: RegionDefinition) => Promise<OpenedRegion>,
): RegionAppCache {
  const apps = new Map<string, Promise<OpenedRegion>>();
  return {
    async appFor(regionId) {
      if (regionId === defaultRegionId) return undefined;
      let opening = apps.get(regionId);
      if (!opening) {
        const region = await directory.get(regionId);
        if (!region) return undefined;
        opening = apps.get(regionId) ?? open(region);
        apps.set(regionId, opening);
        // A failed open (the database away) is tried again on the next request.
        opening.catch(() => apps.delete(regionId));
      }
      return (await opening).app;
    },
    opened: () => [...apps.keys()],
    async close() {
      const all = [...apps.values()];
      apps.clear();
      await Promise.allSettled(all.map(async (opening) => (await opening).close()));
    },
  };
}
