// The per-address limits on the public POST routes:
// evaluation answers (POST /evaluatie/:slug) and usage events
// (POST /api/v1/gebruik). Over the limit: 429 with Retry-After and a Dutch
// message (an HTML page for the form, problem+json for the API), and nothing
// stored or counted. GETs are never limited, another address keeps its own
// count, and the default limits let an office behind one address through.
//
// app.request has no socket, so clientAddress() falls back to one shared key;
// passing Node's bindings ({ incoming: { socket } }) as the third argument of
// app.request gives getConnInfo an address, which simulates several clients.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertDutch } from '../../test/fuzz/endpoint-fuzz.ts';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { defaultTreeContents } from '../content/default-content.ts';
import { defaultEvaluationForm } from '../core/evaluation/evaluation-default-form.ts';
import { allStatements } from '../core/evaluation/evaluation-form.ts';
import { responseFields } from '../core/evaluation/evaluation-response.ts';
import { TreeAdmin } from '../services/tree-admin.ts';
import { openStore } from '../store/open-store.ts';
import { createApp } from './app.ts';
import { defaultRateLimits, type RateLimits } from './rate-limit.ts';
import { storeCatalog } from './store-catalog.ts';
import { usageRecorder } from './usage-recorder.ts';

/** Node's bindings as @hono/node-server passes them: all getConnInfo reads. */
function from(address: string) {
  return {
    incoming: { socket: { remoteAddress: address, remotePort: 40_000, remoteFamily: 'IPv4' } },
  };
}
const office = from('192.0.2.10');
const otherOffice = from('198.51.100.20');

async function limitedApp(rateLimits: RateLimits | undefined) {
  let now = testNow;
  const store = await openStore({ dataDir: ':memory:' });
  await store.seedTrees(defaultTreeContents(), null);
  const catalog = await storeCatalog(store);
  const admin = new TreeAdmin(store, () => catalog.refresh());
  const usage = usageRecorder({
    write: (rows) => store.addUsageCounts(rows),
    now: () => now,
    flushAfterMs: 60_000,
  });
  const app = createApp({
    catalog,
    assets: testAssets,
    now: () => now,
    store,
    admin,
    usage,
    ...(rateLimits ? { rateLimits } : {}),
  });
  const form = await store.saveEvaluationForm(defaultEvaluationForm, null);
  const round = await store.createEvaluationRound({
    title: 'Najaar 2026',
    slug: 'limiet-ronde-000000000000',
    formId: form.id,
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    createdBy: null,
  });
  let keys = 0;
  return {
    app,
    store,
    round,
    later(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** A complete form with a fresh key, or with the given fields over it. */
    fields(extra: Record<string, string> = {}): Record<string, string> {
      keys += 1;
      return {
        sleutel: `limiet-sleutel-${String(keys).padStart(12, '0')}`,
        ...Object.fromEntries(
          allStatements(defaultEvaluationForm).map(({ id }) => [responseFields.score(id), '4']),
        ),
        ...extra,
      };
    },
    answer(fields: Record<string, string>, client: object) {
      return app.request(
        `/evaluatie/${round.slug}`,
        {
          method: 'POST',
          body: new URLSearchParams(fields).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        },
        client,
      );
    },
    beacon(client: object) {
      return app.request(
        '/api/v1/gebruik',
        {
          method: 'POST',
          body: JSON.stringify({
            tree: 'corporaties',
            version: 1,
            events: [{ kind: 'question-answered', node: 'al_ontruimd' }],
          }),
          headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        },
        client,
      );
    },
    get(path: string, client: object) {
      return app.request(path, {}, client);
    },
    responses: async () => (await store.evaluationRound(round.id))?.responses ?? -1,
    async counted(): Promise<number> {
      await usage.flush();
      return (await store.rawUsageRows()).reduce((sum, row) => sum + Number(row.count), 0);
    },
    async close() {
      await usage.close();
      catalog.close();
      await store.close();
    },
  };
}

describe('limits on the public POST routes', () => {
  describe('with low limits', () => {
    let setup: Awaited<ReturnType<typeof limitedApp>>;
    before(async () => {
      setup = await limitedApp({
        ...defaultRateLimits,
        evaluationAnswers: { limit: 3, windowMs: 10 * 60_000 },
        usageEvents: { limit: 4, windowMs: 60_000 },
      });
    });
    after(() => setup?.close());

    it('refuses the fourth evaluation answer from one address with 429, Retry-After and a Dutch page, and stores nothing', async () => {
      for (let i = 0; i < 3; i++)
        assert.equal((await setup.answer(setup.fields(), office)).status, 303);
      assert.equal(await setup.responses(), 3);
      const fields = setup.fields({ naam: 'Te laat' });
      const refused = await setup.answer(fields, office);
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('Retry-After'), '600');
      assert.match(refused.headers.get('Content-Type') ?? '', /^text\/html/);
      const page = await refused.text();
      assert.match(page, /<title>Te veel verzoeken/);
      assert.match(page, /Wacht 10 minuten en probeer het dan opnieuw/);
      assertDutch(/<main[\s\S]*<\/main>/.exec(page)?.[0] ?? page, 'the 429 page');
      assert.equal(await setup.responses(), 3, 'the refused answer is not stored');
      assert.equal(
        await setup.store.hasEvaluationResponse(setup.round.id, fields.sleutel ?? ''),
        false,
      );

      // A double click on a stored answer is refused too while the address is over its limit.
      assert.equal((await setup.answer(fields, office)).status, 429);
      assert.equal(await setup.responses(), 3);
    });

    it('never limits GETs: the form, the thank-you page and the API stay readable', async () => {
      for (let i = 0; i < 10; i++) {
        for (const path of [
          `/evaluatie/${setup.round.slug}`,
          `/evaluatie/${setup.round.slug}/bedankt`,
          '/api/v1/trees/corporaties',
          '/',
        ]) {
          const response = await setup.get(path, office);
          assert.equal(response.status, 200, `GET ${path}`);
        }
      }
      // No GET route on the beacon address: a Dutch 404, not a 429.
      assert.equal((await setup.get('/api/v1/gebruik', office)).status, 404);
    });

    it('keeps a count per address: another office can still answer', async () => {
      assert.equal((await setup.answer(setup.fields(), otherOffice)).status, 303);
      assert.equal(await setup.responses(), 4);
    });

    it('takes the refused answer once the window has passed, and stores it once', async () => {
      const fields = setup.fields({ naam: 'Na het wachten' });
      assert.equal((await setup.answer(fields, office)).status, 429);
      setup.later(10 * 60_000);
      assert.equal((await setup.answer(fields, office)).status, 303);
      assert.equal((await setup.answer(fields, office)).status, 303, 'a repeat thanks again');
      assert.equal(await setup.responses(), 5);
    });

    it('refuses the fifth usage beacon from one address with 429, Retry-After and a Dutch problem, and counts nothing', async () => {
      const before = await setup.counted();
      for (let i = 0; i < 4; i++) assert.equal((await setup.beacon(office)).status, 204);
      assert.equal(await setup.counted(), before + 4);
      const refused = await setup.beacon(office);
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('Retry-After'), '60');
      assert.match(refused.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      const problem = (await refused.json()) as { status: number; title: string; detail: string };
      assert.equal(problem.status, 429);
      assert.equal(problem.title, 'Te veel verzoeken');
      assert.match(problem.detail, /Wacht 60 seconden/);
      assertDutch(problem.detail, 'the 429 detail');
      assert.equal(await setup.counted(), before + 4, 'the refused beacon is not counted');

      assert.equal(
        (await setup.beacon(otherOffice)).status,
        204,
        'another address is not affected',
      );
      assert.equal(await setup.counted(), before + 5);
    });

    it('counts each route on its own: a busy beacon does not block the form', async () => {
      assert.equal((await setup.beacon(office)).status, 429);
      assert.equal((await setup.answer(setup.fields(), office)).status, 303);
    });
  });

  describe('with the default limits', () => {
    let setup: Awaited<ReturnType<typeof limitedApp>>;
    before(async () => {
      setup = await limitedApp(undefined);
    });
    after(() => setup?.close());

    it('lets an office of 30 through in one minute, 10 of whom first forget a statement', async () => {
      const statuses: number[] = [];
      for (let person = 0; person < 30; person++) {
        const fields = setup.fields();
        if (person % 3 === 0) {
          const forgot = { ...fields };
          delete forgot[responseFields.score('tkb-weet-wat')];
          statuses.push((await setup.answer(forgot, office)).status);
        }
        statuses.push((await setup.answer(fields, office)).status);
        if (person % 10 === 9) setup.later(20_000);
      }
      assert.equal(statuses.length, 40);
      assert.deepEqual(
        statuses.filter((status) => status !== 303 && status !== 422),
        [],
        'no participant is refused',
      );
      assert.equal(await setup.responses(), 30);
    });

    it('lets the same office walk the trees: 30 colleagues sending 5 beacons each in a minute', async () => {
      const before = await setup.counted();
      const statuses = new Set<number>();
      for (let beacon = 0; beacon < 150; beacon++)
        statuses.add((await setup.beacon(office)).status);
      assert.deepEqual([...statuses], [204]);
      assert.equal(await setup.counted(), before + 150);
    });

    it('still limits by default: the 61st evaluation POST in ten minutes is refused', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++)
        statuses.push((await setup.answer(setup.fields(), office)).status);
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(303));
      assert.equal(statuses[20], 429);
    });
  });
});
