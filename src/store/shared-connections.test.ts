// Many region stores on one server's shared connections (PostgreSQL): few
// connections however many regions, and a publish reaches only its region.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  postgresTestDatabase,
  postgresUnavailable,
  type TestDatabase,
  testPostgresUrl,
} from '../../test/store/test-databases.ts';
import { listenerApplicationName } from './postgres-listener.ts';
import { openMainStore, openRegionStore } from './region-stores.ts';
import { type SharedConnections, sharedConnections } from './shared-connections.ts';
import type { Store } from './store.ts';

const skip = await postgresUnavailable();
const content = { tree: {}, scenarios: [] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const poolSize = 4;
const regionIds = Array.from({ length: 20 }, (_, index) => `regio-${index + 1}`);

async function connectionsNamed(names: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      'select count(*) as count from pg_stat_activity where application_name = any($1)',
      [names],
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

describe('region stores on shared connections', { skip }, () => {
  let database: TestDatabase & { schema: string };
  const applicationName = `wkb-shared-${randomBytes(4).toString('hex')}`;
  let connections: SharedConnections;
  let main: Store;
  const stores = new Map<string, Store>();

  before(async () => {
    database = await postgresTestDatabase();
    connections = sharedConnections(database.options, { max: poolSize, applicationName });
    main = await openMainStore(database.options, connections);
    // All at once, as a busy server opening regions on first use would.
    await Promise.all(
      regionIds.map(async (id) => {
        stores.set(id, await openRegionStore(database.options, id, connections));
      }),
    );
  });

  after(async () => {
    await Promise.allSettled([main?.close(), ...[...stores.values()].map((s) => s.close())]);
    await connections?.close();
    await database?.dispose();
  });

  it('keeps each region in its own schema, the main store in the URL’s', async () => {
    await Promise.all(
      regionIds.map((id) => stores.get(id)?.seedTrees([{ treeId: `boom-${id}`, content }], null)),
    );
    await main.seedTrees([{ treeId: 'hoofd', content }], null);
    for (const id of regionIds)
      assert.deepEqual(await stores.get(id)?.treeIds(), [`boom-${id}`], id);
    assert.deepEqual(await main.treeIds(), ['hoofd']);
  });

  it('uses at most the pool size plus one LISTEN connection for 20 regions', async () => {
    const heard: string[] = [];
    const stops = await Promise.all(
      [...stores.values(), main].map((store) => store.watchPublished((id) => heard.push(id))),
    );
    // Busy: every region reads and publishes at the same time.
    await Promise.all(
      regionIds.map(async (id) => {
        const store = stores.get(id);
        await store?.seedTrees([{ treeId: `extra-${id}`, content }], null);
        await store?.treeIds();
      }),
    );
    const used = await connectionsNamed([
      applicationName,
      `${listenerApplicationName}:${database.schema}`,
    ]);
    for (const stop of stops) stop();
    assert.ok(used > 1, `${used} connections`);
    assert.ok(used <= poolSize + 1, `${used} connections for ${regionIds.length} regions`);
  });

  it('brings a publish in one region to that region’s watcher only, in another store set', async () => {
    // A second server: a store set of its own on the same database.
    const other = sharedConnections(database.options, { max: 2 });
    const watched = ['regio-3', 'regio-7', 'regio-12'];
    const heard = new Map<string, string[]>(watched.map((id) => [id, []]));
    const opened = await Promise.all(
      watched.map((id) => openRegionStore(database.options, id, other)),
    );
    try {
      await Promise.all(
        opened.map((store, index) =>
          store.watchPublished((treeId) => heard.get(watched[index] ?? '')?.push(treeId)),
        ),
      );
      const started = Date.now();
      await stores.get('regio-7')?.seedTrees([{ treeId: 'nieuw', content }], null);
      while (heard.get('regio-7')?.length === 0 && Date.now() - started < 2000) await sleep(20);
      const tookMs = Date.now() - started;
      await sleep(300);
      assert.deepEqual(Object.fromEntries(heard), {
        'regio-3': [],
        'regio-7': ['nieuw'],
        'regio-12': [],
      });
      assert.ok(tookMs < 2000, `${tookMs} ms`);
    } finally {
      await Promise.all(opened.map((store) => store.close()));
      await other.close();
    }
  });

  it('publishes the same tree in two regions at once: one version in each', async () => {
    const [first, second] = [stores.get('regio-1'), stores.get('regio-2')];
    await Promise.all([
      first?.seedTrees([{ treeId: 'samen', content }], null),
      second?.seedTrees([{ treeId: 'samen', content }], null),
    ]);
    assert.equal((await first?.versions('samen'))?.length, 1);
    assert.equal((await second?.versions('samen'))?.length, 1);
  });

  it('goes on after PostgreSQL ended the pool’s connections', async () => {
    const client = new pg.Client({ connectionString: testPostgresUrl });
    await client.connect();
    await client.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    await client.end();
    const store = stores.get('regio-5');
    let treeIds: string[] | undefined;
    for (let tries = 0; !treeIds && tries < 10; tries++)
      treeIds = await store?.treeIds().catch(() => undefined);
    assert.deepEqual(treeIds, ['boom-regio-5', 'extra-regio-5']);
    // Every client of the pool again points at the schema its store asks for.
    const seen = await Promise.all(regionIds.map((id) => stores.get(id)?.treeIds()));
    assert.deepEqual(
      seen.map((ids) => ids?.[0]),
      regionIds.map((id) => `boom-${id}`),
    );
  });
});
