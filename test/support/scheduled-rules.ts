// A store with the default content in force from a fixed day, and a version of
// the shared rules scheduled for later with some periods changed: what the
// tests of rules in time walk on. Opened on a folder (a browser test starts
// the server on it afterwards) or in memory.
import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import type { PlainDate } from '../../src/core/dates/plain-date.ts';
import { sharedRulesId } from '../../src/core/tree/shared-rules.ts';
import { sharedRulesContent } from '../../src/services/shared-rules-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store, VersionRecord } from '../../src/store/store.ts';

export interface ScheduledChange {
  geldigVanaf: PlainDate;
  geldtVoorOntruimingenVanaf?: PlainDate;
  /** New values of shared parameters, such as `{ termijn_jaren: 3 }`. */
  parameters: Record<string, number>;
}

/** Default trees and shared rules as version 1, in force from `since`; then each change as the next shared version. */
export async function storeWithScheduledRules(options: {
  dataDir: string;
  since: PlainDate;
  changes: ScheduledChange[];
}): Promise<Store> {
  const store = await openStore({ dataDir: options.dataDir });
  const since = { geldigVanaf: options.since };
  const rules = loadSharedRules();
  const defaults = [
    ...defaultTreeContents(),
    { treeId: sharedRulesId, content: sharedRulesContent(rules) },
  ];
  for (const { treeId, content } of defaults) {
    // A draft as a seeded store has one: a server started on it seeds nothing.
    await store.saveDraft(treeId, content, 0, null);
    await store.publish(treeId, content, 'Standaardinhoud', null, since);
  }
  for (const change of options.changes) {
    const changed = structuredClone(rules);
    for (const [id, value] of Object.entries(change.parameters)) {
      const parameter = changed.parameters[id];
      if (!parameter) throw new Error(`no shared parameter ${id}`);
      parameter.value = value;
    }
    const { parameters: _parameters, ...dates } = change;
    await store.publish(
      sharedRulesId,
      sharedRulesContent(changed),
      'Nieuwe termijnen',
      null,
      dates,
    );
  }
  return store;
}

/** The default content of one tree published again, to take effect on `geldigVanaf`; the catalog refreshed. */
export async function scheduleDefaultTree(
  store: Store,
  catalog: { refresh(): Promise<void> },
  treeId: string,
  geldigVanaf: PlainDate,
): Promise<VersionRecord> {
  const entry = defaultTreeContents().find((candidate) => candidate.treeId === treeId);
  if (!entry) throw new Error(`no default tree ${treeId}`);
  const scheduled = await store.publish(treeId, entry.content, 'Gepland voor morgen', null, {
    geldigVanaf,
  });
  await catalog.refresh();
  return scheduled;
}
