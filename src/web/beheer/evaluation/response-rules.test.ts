// A response keeps the rules in force on its day: a version scheduled for the
// next day counts only from that day, the CSV shows it, and the results page
// can show the responses of one set of rules.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { scheduleDefaultTree } from '../../../../test/support/scheduled-rules.ts';
import { testAssets } from '../../../../test/support/test-app.ts';
import { createRound, filledIn, submit } from '../../../../test/support/test-evaluation.ts';
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

describe('evaluation responses and the rules in force', () => {
  // After the seeded versions (they count from the real day they were published).
  let clock = new Date('2027-06-15T11:00:00Z');
  let store: Store;
  let catalog: StoreCatalog;
  let app: ReturnType<typeof createApp>;
  let beheerder: TestSession;

  before(async () => {
    store = await openStore({ dataDir: ':memory:' });
    await store.seedTrees(defaultTreeContents(), null);
    await new SharedRulesAdmin(store).seed(loadSharedRules());
    catalog = await storeCatalog(store, { today: () => amsterdamDate(clock) });
    const admin = new TreeAdmin(store, () => catalog.refresh());
    app = createApp({ catalog, assets: testAssets, now: () => clock, store, admin });
    beheerder = await signIn(app, store, 'beheerder');
  });
  after(async () => {
    catalog.close();
    await store.close();
  });

  it('stores the versions in force that day; a scheduled version counts from its day on', async () => {
    const round = await createRound(app, beheerder, {
      titel: 'Regels',
      vanaf: '1-6-2027',
      tot: '30-6-2027',
    });
    const inForce = Object.fromEntries(
      catalog.list().map(({ tree, version }) => [tree.id, version]),
    );
    const shared = catalog.list()[0]?.sharedVersion;
    assert.ok(shared !== undefined, 'the shared rules are composed in');
    const old = inForce.hulpverlening ?? 0;

    const scheduled = await scheduleDefaultTree(store, catalog, 'hulpverlening', '2027-06-16');

    assert.equal((await submit(app, round.slug, filledIn({ naam: 'Vandaag' }))).status, 303);
    clock = new Date('2027-06-16T09:00:00Z');
    assert.equal((await submit(app, round.slug, filledIn({ naam: 'Morgen' }))).status, 303);
    // A response from before the versions were kept.
    await store.addEvaluationResponse({
      roundId: round.id,
      idempotencyKey: 'van-voor-de-regels-0000',
      submittedOn: '2027-06-14',
      name: 'Oud',
      function: null,
      answers: (await store.evaluationResponses(round.id))[0]?.answers,
    });

    // A day later the sign-in of yesterday has ended.
    beheerder = await signIn(app, store, 'beheerder');
    const stored = await store.evaluationResponses(round.id);
    assert.deepEqual(
      stored.map((response) => [response.name, response.rulesVersions]),
      [
        ['Vandaag', { hulpverlening: old, corporaties: inForce.corporaties, gedeeld: shared }],
        [
          'Morgen',
          {
            hulpverlening: scheduled.version,
            corporaties: inForce.corporaties,
            gedeeld: shared,
          },
        ],
        ['Oud', null],
      ],
    );

    const csv = await (
      await getAs(app, `/beheer/evaluatie/rondes/${round.id}/antwoorden.csv`, beheerder)
    ).text();
    const [header = '', ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(header.split(';').at(-1), 'regels die golden (versies)');
    const before = `hulpverlening ${old}, corporaties ${inForce.corporaties}, gedeeld ${shared}`;
    const afterwards = `hulpverlening ${scheduled.version}, corporaties ${inForce.corporaties}, gedeeld ${shared}`;
    assert.deepEqual(
      rows.map((row) => row.split(';').at(-1)),
      [before, afterwards, ''],
    );

    // The results page: per set of rules, and the results of one of them.
    const path = `/beheer/evaluatie/rondes/${round.id}`;
    const page = await (await getAs(app, path, beheerder)).text();
    assert.match(page, /Regels die golden/);
    assert.match(page, new RegExp(`${before}: 1 reactie`));
    assert.match(page, /Niet bekend \(van voordat dit werd bewaard\): 1 reactie/);
    const one = await (
      await getAs(app, `${path}?regels=${encodeURIComponent(afterwards)}`, beheerder)
    ).text();
    assert.match(one, /<dt class="utrecht-data-list__item-key">Reacties<\/dt><dd[^>]*>1</);
    assert.match(one, /U ziet alleen de reacties met de regels/);
    assert.match(one, /Toon alle 3 reacties/);
    const unknown = await (await getAs(app, `${path}?regels=iets-anders`, beheerder)).text();
    assert.match(unknown, /<dt class="utrecht-data-list__item-key">Reacties<\/dt><dd[^>]*>3</);
    // A backup carries them.
    const restored = await openStore({ dataDir: ':memory:' });
    try {
      await restored.importAll(JSON.parse(JSON.stringify(await store.exportAll())));
      assert.deepEqual(
        (await restored.evaluationResponses(round.id)).map((response) => response.rulesVersions),
        stored.map((response) => response.rulesVersions),
      );
    } finally {
      await restored.close();
    }
  });
});
