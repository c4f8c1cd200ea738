// Usage counts go to the version in force on the day of the walk, not the
// latest published: a version scheduled for tomorrow counts from tomorrow on,
// and the dashboard shows the counts per version side by side.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { scheduleDefaultTree } from '../../../../test/support/scheduled-rules.ts';
import { testAssets } from '../../../../test/support/test-app.ts';
import { getAs, type TestSession } from '../../../../test/support/test-requests.ts';
import { signIn } from '../../../../test/support/test-sign-in.ts';
import { defaultTreeContents, loadSharedRules } from '../../../content/default-content.ts';
import { SharedRulesAdmin } from '../../../services/shared-rules-admin.ts';
import { TreeAdmin } from '../../../services/tree-admin.ts';
import { openStore } from '../../../store/open-store.ts';
import type { Store } from '../../../store/store.ts';
import { amsterdamDate } from '../../../views/amsterdam-date.ts';
import { createApp } from '../../app.ts';
import { type StoreCatalog, storeCatalog } from '../../store-catalog.ts';
import { type UsageRecorder, usageRecorder } from '../../usage-recorder.ts';

/** A walk to `tweedekans` without JavaScript: one form per question. */
const answers: [string, string][] = [
  ['ontruimd', 'ja'],
  ['reden', 'beide'],
  ['datum_ontruiming', '2022-03-15'],
  ['huurschuld', 'nee'],
  ['hulpverlening', 'ja'],
];

describe('usage counts per version in force', () => {
  // After the seeded versions (they count from the real day they were published).
  let clock = new Date('2027-06-15T11:00:00Z');
  let store: Store;
  let catalog: StoreCatalog;
  let usage: UsageRecorder;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    store = await openStore({ dataDir: ':memory:' });
    await store.seedTrees(defaultTreeContents(), null);
    await new SharedRulesAdmin(store).seed(loadSharedRules());
    catalog = await storeCatalog(store, { today: () => amsterdamDate(clock) });
    usage = usageRecorder({
      write: (rows) => store.addUsageCounts(rows),
      now: () => clock,
      flushAfterMs: 60_000,
    });
    const admin = new TreeAdmin(store, () => catalog.refresh());
    app = createApp({ catalog, assets: testAssets, now: () => clock, store, admin, usage });
  });
  after(async () => {
    await usage.close();
    catalog.close();
    await store.close();
  });

  const walk = async () => {
    assert.equal((await app.request('/boom/hulpverlening')).status, 200);
    let query = '';
    for (const [question, answer] of answers) {
      const submitted = await app.request(
        `/boom/hulpverlening?${query}&${question}=${answer}&vraag=${question}`,
      );
      assert.equal(submitted.status, 303, question);
      const next = submitted.headers.get('location') ?? '';
      query = next.slice(next.indexOf('?') + 1);
    }
  };

  it('counts a walk under the version in force that day, and shows the versions side by side', async () => {
    const old = (await catalog.get('hulpverlening'))?.version ?? 0;
    const scheduled = await scheduleDefaultTree(store, catalog, 'hulpverlening', '2027-06-16');

    await walk();
    await walk();
    // The browser script reports its steps with the version the page gave it.
    const beacon = await app.request('/api/v1/gebruik', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        tree: 'hulpverlening',
        version: old,
        events: [{ kind: 'outcome-reached', outcome: 'tweedekans' }],
      }),
    });
    assert.equal(beacon.status, 204);
    clock = new Date('2027-06-16T08:00:00Z');
    await walk();
    await usage.flush();

    const counts = await store.usagePerMonth({ fromDay: '2027-06-01', toDay: '2027-06-30' });
    const sum = (version: number, kind: string) =>
      counts
        .filter((count) => count.treeVersion === version && count.kind === kind)
        .reduce((total, count) => total + count.count, 0);
    assert.deepEqual(
      [old, scheduled.version].map((version) => [
        sum(version, 'walk-started'),
        sum(version, 'outcome-reached'),
      ]),
      [
        [2, 3],
        [1, 1],
      ],
    );

    const analist: TestSession = await signIn(app, store, 'analist');
    const page = await (
      await getAs(app, '/beheer/gebruik?van=2027-06&tot=2027-06', analist)
    ).text();
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    assert.match(text, /Per versie van de regels/);
    assert.match(text, new RegExp(`Versie ${old} \\d+ \\w+ \\d{4} 2 3 150%`));
    assert.match(text, new RegExp(`Versie ${scheduled.version} 16 juni 2027 1 1 100%`));
    assert.match(
      text,
      new RegExp(`Uitkomsten per versie: .* Versie ${old} Versie ${scheduled.version}`),
    );
  });
});
