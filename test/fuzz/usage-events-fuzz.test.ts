// Fuzzes POST /api/v1/gebruik, the usage beacon, with
// the rate limit off, on SQLite and (when it answers) on PostgreSQL. The route
// takes JSON sent as application/json or as text/plain (what sendBeacon sends
// for a string), at most 8 KB, same-site only.
//
// Besides the harness's checks (zero 5xx, every refusal a Dutch problem+json,
// a refusal leaves the stored counts as they were) a model predicts the answer
// for the bodies it knows: 204 for a well-formed beacon, 403 cross-site, 413
// too large, 415 for another content type, 422 for ids the tree does not
// have. Every 204 adds its events to the model, and at the end the store's
// rows must hold exactly the model's counts, with the verdict from the tree.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultTreeContents } from '../../src/content/default-content.ts';
import type { WalkStepEvent } from '../../src/core/usage/usage-event.ts';
import { orgTypes } from '../../src/core/usage/usage-org.ts';
import { TreeAdmin } from '../../src/services/tree-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createApp } from '../../src/web/app.ts';
import type { PublishedTree } from '../../src/web/published-tree.ts';
import type { RateLimits } from '../../src/web/rate-limit.ts';
import { storeCatalog } from '../../src/web/store-catalog.ts';
import { usageRecorder } from '../../src/web/usage-recorder.ts';
import { postgresTestDatabase, postgresUnavailable } from '../store/test-databases.ts';
import { testAssets, testNow } from '../support/test-app.ts';
import { assertDutch, type FuzzRequest, fuzzEndpoint, jsonRequests } from './endpoint-fuzz.ts';

const noLimits: RateLimits = {
  evaluate: { limit: 0, windowMs: 60_000 },
  evaluationAnswers: { limit: 0, windowMs: 60_000 },
  usageEvents: { limit: 0, windowMs: 60_000 },
};

type Database = 'sqlite' | 'postgres';

async function openTestStore(database: Database) {
  if (database === 'sqlite') {
    const store = await openStore({ dataDir: ':memory:' });
    return { store, dispose: async () => {} };
  }
  const postgres = await postgresTestDatabase();
  return { store: await postgres.open(), dispose: () => postgres.dispose() };
}

/** testUsageApp with the rate limits off and a choice of database. */
async function fuzzApp(database: Database) {
  const { store, dispose } = await openTestStore(database);
  await store.seedTrees(defaultTreeContents(), null);
  const catalog = await storeCatalog(store);
  const admin = new TreeAdmin(store, () => catalog.refresh());
  const usage = usageRecorder({
    write: (rows) => store.addUsageCounts(rows),
    now: () => testNow,
    flushAfterMs: 60_000,
  });
  const app = createApp({
    catalog,
    assets: testAssets,
    now: () => testNow,
    store,
    admin,
    usage,
    rateLimits: noLimits,
  });
  return {
    app,
    store,
    usage,
    catalog,
    async close() {
      await usage.close();
      catalog.close();
      await store.close();
      await dispose();
    },
  };
}

// ---- bodies ----

interface Beacon {
  tree: string;
  version: number;
  org?: string;
  events: WalkStepEvent[];
}

function questionsOf({ tree }: PublishedTree): string[] {
  return tree.nodes.filter((node) => node.kind !== 'check').map((node) => node.id);
}

/** Well-formed beacons for the published trees: at most 30 events, so always under 8 KB. */
function beaconArbitrary(published: PublishedTree[]): fc.Arbitrary<Beacon> {
  return fc.constantFrom(...published).chain((entry) => {
    const event: fc.Arbitrary<WalkStepEvent> = fc.oneof(
      fc.record({
        kind: fc.constantFrom('question-shown' as const, 'question-answered' as const),
        node: fc.constantFrom(...questionsOf(entry)),
      }),
      fc.record({
        kind: fc.constant('outcome-reached' as const),
        outcome: fc.constantFrom(...entry.tree.outcomes.map((outcome) => outcome.id)),
      }),
    );
    return fc.record(
      {
        tree: fc.constant(entry.tree.id),
        version: fc.constant(entry.version),
        org: fc.constantFrom(...orgTypes),
        events: fc.array(event, { minLength: 1, maxLength: 30 }),
      },
      { requiredKeys: ['tree', 'version', 'events'] },
    );
  });
}

/** Ids that pass the schema but that the tree does not have: a check node, another tree's node, an unknown outcome or version. */
function unknownIds(published: PublishedTree[], beacon: Beacon): fc.Arbitrary<Beacon> {
  const entry = published.find(({ tree }) => tree.id === beacon.tree);
  assert.ok(entry);
  const checks = entry.tree.nodes.filter((node) => node.kind === 'check').map((node) => node.id);
  const others = published
    .filter(({ tree }) => tree.id !== beacon.tree)
    .flatMap(questionsOf)
    .filter((id) => !questionsOf(entry).includes(id));
  const wrongEvent = fc.constantFrom<WalkStepEvent>(
    ...[...checks, ...others, 'bestaat_niet', 'constructor', '__proto__'.slice(2)].map(
      (node): WalkStepEvent => ({ kind: 'question-answered', node }),
    ),
    { kind: 'outcome-reached', outcome: 'bestaat-niet' },
    { kind: 'outcome-reached', outcome: 'constructor' },
  );
  return fc.oneof(
    fc.tuple(wrongEvent, fc.nat()).map(([event, at]) => ({
      ...beacon,
      events: [
        ...beacon.events.slice(0, at % (beacon.events.length + 1)),
        event,
        ...beacon.events.slice(at % (beacon.events.length + 1)),
      ],
    })),
    fc.constantFrom(2, 999_999).map((version) => ({ ...beacon, version })),
    fc
      .constantFrom('bestaat-niet', 'constructor', 'hasownproperty')
      .map((tree) => ({ ...beacon, tree })),
  );
}

type Expected = 204 | 403 | 413 | 415 | 422 | undefined;

interface BeaconRequest extends FuzzRequest {
  expected: Expected;
}

const beaconTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'text/plain;charset=UTF-8',
);
const sameSite = fc.constantFrom<Record<string, string>>(
  {},
  { 'Sec-Fetch-Site': 'same-origin' },
  { 'Sec-Fetch-Site': 'none' },
);

function request(
  body: string,
  type: string,
  headers: Record<string, string>,
  expected: Expected,
): BeaconRequest {
  return {
    body,
    headers: { ...headers, ...(type ? { 'Content-Type': type } : {}) },
    expected,
    summary: `${expected ?? 'any'} expected; ${type || '(no type)'} ${JSON.stringify(headers)} ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body}`,
  };
}

function beaconRequests(published: PublishedTree[]): fc.Arbitrary<BeaconRequest> {
  const valid = beaconArbitrary(published);
  const text = (beacon: Beacon) => JSON.stringify(beacon);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(valid, beaconTypes, sameSite)
        .map(([beacon, type, headers]) => request(text(beacon), type, headers, 204)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, beaconTypes)
        .map(([beacon, type]) =>
          request(text(beacon), type, { 'Sec-Fetch-Site': 'cross-site' }, 403),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          valid,
          fc.constantFrom(
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/jsonx',
            'application/problem+json',
            'text/html',
            'text/plainx',
          ),
        )
        .map(([beacon, type]) => request(text(beacon), type, {}, 415)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          valid,
          beaconTypes,
          fc.constantFrom(
            (body: string) => `${body}${' '.repeat(9_000)}`,
            (body: string) => body.replace('"tree"', `"x":"${'😀'.repeat(2_100)}","tree"`),
            (body: string) => `[${Array(2_000).fill(body).join(',')}]`,
          ),
        )
        .map(([beacon, type, grow]) => request(grow(text(beacon)), type, {}, 413)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          valid.chain((beacon) => unknownIds(published, beacon)),
          beaconTypes,
        )
        .map(([beacon, type]) => request(text(beacon), type, {}, 422)),
    },
    {
      // Strange but well-formed JSON: repeated keys (the last one wins) and a byte order mark.
      weight: 1,
      arbitrary: fc
        .tuple(valid, beaconTypes, fc.constantFrom('repeat', 'bom'))
        .map(([beacon, type, how]) =>
          request(
            how === 'bom'
              ? `\uFEFF${text(beacon)}`
              : `{"tree":"bestaat-niet","version":0,"events":[],${text(beacon).slice(1)}`,
            type,
            {},
            undefined,
          ),
        ),
    },
    {
      weight: 6,
      arbitrary: jsonRequests(valid).map(
        (fuzzed): BeaconRequest => ({ ...fuzzed, expected: undefined }),
      ),
    },
    {
      weight: 1,
      arbitrary: jsonRequests(valid)
        .filter((fuzzed) => typeof fuzzed.body === 'string')
        .map(
          (fuzzed): BeaconRequest => ({
            ...fuzzed,
            headers: { ...fuzzed.headers, 'Content-Type': 'text/plain;charset=UTF-8' },
            expected: undefined,
            summary: `text/plain: ${fuzzed.summary}`,
          }),
        ),
    },
  );
}

// ---- counts ----

type Counts = Record<string, number>;

const countKey = (parts: (string | number)[]) => parts.join(' | ');

/** The counts a stored row says, keyed by everything but the day. */
async function storedCounts(setup: Awaited<ReturnType<typeof fuzzApp>>): Promise<Counts> {
  await setup.usage.flush();
  const counts: Counts = {};
  for (const row of await setup.store.rawUsageRows()) {
    const key = countKey([
      String(row.day),
      String(row.kind),
      String(row.tree_id),
      Number(row.tree_version),
      String(row.org_type),
      String(row.node_id),
      String(row.outcome_id),
      String(row.verdict),
    ]);
    counts[key] = (counts[key] ?? 0) + Number(row.count);
  }
  return counts;
}

const postgresSkip = await postgresUnavailable();

for (const database of ['sqlite', 'postgres'] as const) {
  describe(`POST /api/v1/gebruik under fuzzing on ${database}`, {
    skip: database === 'postgres' && postgresSkip,
  }, () => {
    let setup: Awaited<ReturnType<typeof fuzzApp>>;
    let published: PublishedTree[];
    /** What the store must hold: the events of every beacon answered 204. */
    const expected: Counts = {};
    const statuses = new Map<number, number>();

    before(async () => {
      setup = await fuzzApp(database);
      published = setup.catalog.list();
      assert.ok(published.length >= 2);
    });
    after(() => setup?.close());

    const send = (body: string | FormData | null, headers: Record<string, string>) =>
      setup.app.request('/api/v1/gebruik', { method: 'POST', body, headers });

    /** Adds a counted beacon's events to the model, with the verdict the tree gives. */
    function count(body: string): void {
      const beacon = JSON.parse(body.replace(/^\uFEFF/, '')) as Beacon;
      const entry = published.find(
        ({ tree, version }) => tree.id === beacon.tree && version === beacon.version,
      );
      assert.ok(entry, `a 204 for a tree that is not published: ${body.slice(0, 200)}`);
      // A beacon counts each question event once and at most one outcome (review D15).
      const counted = new Set<string>();
      for (const event of beacon.events) {
        const once = 'outcome' in event ? 'outcome' : `${event.kind} ${event.node}`;
        if (counted.has(once)) continue;
        counted.add(once);
        const outcome =
          'outcome' in event
            ? entry.tree.outcomes.find(({ id }) => id === event.outcome)
            : undefined;
        const key = countKey([
          '2026-11-28',
          event.kind,
          beacon.tree,
          beacon.version,
          beacon.org ?? '',
          'node' in event ? event.node : '',
          outcome?.id ?? '',
          outcome?.verdict ?? '',
        ]);
        expected[key] = (expected[key] ?? 0) + 1;
      }
    }

    it('answers 500 random and malformed beacons without a 5xx, refusing in Dutch problem+json and counting only good ones', async () => {
      await fuzzEndpoint(
        {
          name: `POST /api/v1/gebruik (${database})`,
          refusals: 'problem+json',
          requests: beaconRequests(published),
          async send(fuzzed) {
            const response = await send(fuzzed.body, fuzzed.headers);
            const status = response.status;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            const { expected: want } = fuzzed as BeaconRequest;
            if (want !== undefined && status < 500) {
              assert.equal(status, want, `answered ${status}, the model expected ${want}`);
            }
            if (status === 204) {
              assert.equal(typeof fuzzed.body, 'string');
              count(fuzzed.body as string);
            }
            assert.equal(response.headers.get('set-cookie'), null, 'the beacon sets no cookie');
            return response;
          },
          unchanged: () => storedCounts(setup),
        },
        500,
      );
    });

    it('stored exactly the counts of the accepted beacons, with the verdict from the tree', async () => {
      for (const status of [204, 400, 403, 413, 415, 422]) {
        assert.ok((statuses.get(status) ?? 0) > 0, `no beacon was answered ${status}`);
      }
      assert.ok((statuses.get(204) ?? 0) > 50, `only ${statuses.get(204)} beacons were counted`);
      assert.deepEqual(await storedCounts(setup), expected);
    });

    it('names a missing field in words, not in program terms', async () => {
      // Found by this file: zod's Dutch default ends in "ontving undefined"
      // ("received undefined"): e.g. for {} or a beacon without a version.
      for (const body of [
        '{}',
        '{"tree":"corporaties","events":[{"kind":"question-shown","node":"al_ontruimd"}]}',
      ]) {
        const response = await send(body, { 'Content-Type': 'application/json' });
        assert.equal(response.status, 400, body);
        const problem = (await response.json()) as { errors: { message: string }[] };
        for (const { message } of problem.errors) assertDutch(message, `a message for ${body}`);
      }
    });

    it('still counts a normal beacon and serves the walk afterwards', async () => {
      const before = await storedCounts(setup);
      const response = await send(
        JSON.stringify({
          tree: 'corporaties',
          version: 1,
          org: 'wij',
          events: [
            { kind: 'question-answered', node: 'al_ontruimd' },
            { kind: 'outcome-reached', outcome: 'informeer-tweedekans' },
          ],
        }),
        { 'Content-Type': 'text/plain;charset=UTF-8' },
      );
      assert.equal(response.status, 204);
      const after = await storedCounts(setup);
      const added = Object.entries(after)
        .filter(([key, value]) => value !== before[key])
        .map(([key, value]) => `${key}: +${value - (before[key] ?? 0)}`)
        .sort();
      assert.deepEqual(added, [
        '2026-11-28 | outcome-reached | corporaties | 1 | wij |  | informeer-tweedekans | past: +1',
        '2026-11-28 | question-answered | corporaties | 1 | wij | al_ontruimd |  | : +1',
      ]);
      assert.equal((await setup.app.request('/')).status, 200);
    });
  });
}
