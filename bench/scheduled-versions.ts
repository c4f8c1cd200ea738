// The bench's embedded store as a real one looks after a beheerder planned a
// change: the default trees and shared rules as version 1, and for each of
// them a version scheduled a month ahead (same content), so every request
// works out which version is in force, and the catalog holds the planned one.
import { defaultTreeContents, loadSharedRules } from '../src/content/default-content.ts';
import { addDays } from '../src/core/dates/plain-date.ts';
import { sharedRulesId } from '../src/core/tree/shared-rules.ts';
import { SharedRulesAdmin } from '../src/services/shared-rules-admin.ts';
import { openStore } from '../src/store/open-store.ts';
import { amsterdamDate } from '../src/views/amsterdam-date.ts';

/** Seeds the store in `dataDir` and schedules a version of every tree and of the shared rules. */
export async function scheduleVersions(dataDir: string): Promise<string[]> {
  const store = await openStore({ dataDir });
  try {
    await store.seedTrees(defaultTreeContents(), null);
    await new SharedRulesAdmin(store).seed(loadSharedRules());
    const geldigVanaf = addDays(amsterdamDate(new Date()), 30);
    const scheduled: string[] = [];
    for (const treeId of [...(await store.treeIds()), sharedRulesId]) {
      const [latest] = await store.versions(treeId);
      const record = latest && (await store.version(treeId, latest.version));
      if (!record) throw new Error(`no version of ${treeId} to schedule`);
      const version = await store.publish(treeId, record.content, 'Bench: gepland', null, {
        geldigVanaf,
      });
      scheduled.push(`${treeId} ${version.version} from ${geldigVanaf}`);
    }
    return scheduled;
  } finally {
    await store.close();
  }
}
