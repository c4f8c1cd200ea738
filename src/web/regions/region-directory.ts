// The install's regions as the servers know them: read from the main store,
// kept a few seconds, read again when a region is asked for that is not
// known (a region created a moment ago by the CLI on another machine). The
// default region is always there: as stored, else as shipped.
import { type RegionDefinition, regionDefinitionSchema } from '../../core/regions/region.ts';
import type { Store } from '../../store/store.ts';

/** How long a read of the list is trusted. */
const freshMs = 2000;

export interface RegionDirectory {
  /** Every region, the default first. */
  list(): Promise<RegionDefinition[]>;
  get(id: string): Promise<RegionDefinition | undefined>;
  /**
   * The last definition read of a known region (synchronous, for the page
   * shell); when that read is older than a few seconds, a new one starts in
   * the background, so a change saved on another server shows soon.
   */
  current(id: string): RegionDefinition | undefined;
  /** Reads the list again now (after a change saved here). */
  refresh(): Promise<void>;
}

export function regionDirectory(
  store: Pick<Store, 'regions'> | undefined,
  defaultRegion: RegionDefinition,
  now: () => number = Date.now,
): RegionDirectory {
  let known = new Map<string, RegionDefinition>([[defaultRegion.id, defaultRegion]]);
  let readAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<void> | undefined;

  const read = () => {
    reading ??= (async () => {
      try {
        const records = store ? await store.regions() : [];
        const next = new Map<string, RegionDefinition>([[defaultRegion.id, defaultRegion]]);
        for (const record of records) {
          const parsed = regionDefinitionSchema.safeParse(record.definition);
          if (parsed.success && parsed.data.id === record.id) next.set(record.id, parsed.data);
          else
            console.error(
              `Region ${record.id} has a definition that does not parse; it is not served.`,
            );
        }
        known = next;
        readAt = now();
      } catch {
        // The store is away: keep what was read before.
      } finally {
        reading = undefined;
      }
    })();
    return reading;
  };
  const fresh = async () => {
    if (now() - readAt > freshMs) await read();
  };

  return {
    async list() {
      await fresh();
      return [...known.values()];
    },
    async get(id) {
      await fresh();
      return known.get(id);
    },
    current(id) {
      if (now() - readAt > freshMs) void read();
      return known.get(id);
    },
    async refresh() {
      // A read already under way may have started before the change: wait for it, then read.
      await reading;
      await read();
    },
  };
}
