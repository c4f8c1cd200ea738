// `npm run bench -- --regions-only`: fifty regions on PostgreSQL with three
// servers. In a fresh schema of the local PostgreSQL the bench creates 50
// regions with 3 trees each (the two default trees and a copy of one under
// another id, published, through the store API), starts three built servers
// on that schema and measures per server: the cold start, the evaluate /
// bare ratio on a region's tree, memory after touching 1, 10 and 50 regions,
// the connections the servers hold; then how fast a publish in one region
// (made here, through the store API) reaches all three, and a region walk
// page's JS on the wire. Drops its schemas afterwards.
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { defaultTreeContents, loadSharedRules } from '../src/content/default-content.ts';
import type { RegionDefinition } from '../src/core/regions/region.ts';
import { SharedRulesAdmin } from '../src/services/shared-rules-admin.ts';
import { openMainStore, openRegionStore } from '../src/store/region-stores.ts';
import { sharedConnections } from '../src/store/shared-connections.ts';
import type { Store } from '../src/store/store.ts';
import { rawRequest } from '../test/support/raw-get.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

export interface BenchOutput {
  report(measure: string, value: string, budget?: string, pass?: boolean): void;
  raw: Record<string, unknown>;
  afterTable: string[];
}

const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const regionCount = 50;
const serverCount = 3;
const copyTreeId = 'hulpverlening-kopie';
const measuredTree = 'hulpverlening';
const ratioRounds = 7;
const pairedSeconds = 1.5;
const connections = 10;
const MB = 1024 * 1024;
const kB = 1000;

const regionId = (index: number) => `gebied-${String(index).padStart(2, '0')}`;
const regionIds = Array.from({ length: regionCount }, (_, index) => regionId(index + 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function withClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

function definition(id: string, index: number): RegionDefinition {
  return {
    id,
    name: `Gebied ${index}`,
    owner: `Bureau Woonkans Gebied ${index}`,
    municipalities: [{ name: `Benchgemeente ${index}`, aliases: [] }],
    publishNeedsConfirmedAssumptions: false,
  };
}

/** The trees of every region: the two default trees and a copy of one under another id. */
function regionTrees() {
  const defaults = defaultTreeContents();
  const original = defaults.find((entry) => entry.treeId === measuredTree);
  if (!original) throw new Error(`no default tree ${measuredTree}`);
  const copy = structuredClone(original);
  (copy.content.tree as { id: string }).id = copyTreeId;
  return [...defaults, { treeId: copyTreeId, content: copy.content }];
}

/** The main store and 50 regions with their trees, through the store API. */
async function setUp(databaseUrl: string): Promise<number> {
  const started = performance.now();
  const shared = sharedConnections({ databaseUrl }, { max: 4 });
  const main = await openMainStore({ databaseUrl }, shared);
  try {
    const trees = regionTrees();
    for (const [index, id] of regionIds.entries()) {
      await main.createRegion(id, definition(id, index + 1), null);
      const store = await openRegionStore({ databaseUrl }, id, shared);
      try {
        await store.seedTrees(trees, null);
        await new SharedRulesAdmin(store).seed(loadSharedRules());
      } finally {
        await store.close();
      }
    }
  } finally {
    await main.close();
    await shared.close();
  }
  return performance.now() - started;
}

async function dropSchemas(schema: string): Promise<void> {
  await withClient(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace where nspname = $1 or nspname like $2`,
      [schema, `${schema}\\_regio\\_%`],
    );
    for (const { name } of rows) await client.query(`drop schema "${name}" cascade`);
  });
}

const evaluateBody = (answers: Record<string, string>, peildatum: string) =>
  JSON.stringify({ answers, peildatum });

/** Opens a region on a server: a walk page and an evaluate call. */
async function touch(server: ServerProcess, region: string, body: string): Promise<void> {
  const page = await fetch(`${server.url}/${region}/boom/${measuredTree}`);
  await page.arrayBuffer();
  const evaluated = await fetch(
    `${server.url}/api/v1/regions/${region}/trees/${measuredTree}/evaluate`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body },
  );
  await evaluated.arrayBuffer();
  if (page.status !== 200 || evaluated.status !== 200)
    throw new Error(`${region}: walk ${page.status}, evaluate ${evaluated.status}`);
}

async function run(url: string, options: Partial<autocannon.Options>, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return result;
}

/** The evaluate / bare ratio on one server, as the main bench measures it: median of paired runs. */
async function evaluateBareRatio(server: ServerProcess, region: string | undefined, body: string) {
  const api = region ? `/api/v1/regions/${region}` : '/api/v1';
  const evaluateUrl = `${server.url}${api}/trees/${measuredTree}/evaluate`;
  const post = {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
    body,
  };
  await run(`${server.url}/health`, {}, 1);
  await run(evaluateUrl, post, 1);
  const ratios: number[] = [];
  const rates = { bare: [] as number[], evaluate: [] as number[] };
  for (let round = 0; round < ratioRounds; round++) {
    const bare = await run(`${server.url}/health`, {}, pairedSeconds);
    const evaluate = await run(evaluateUrl, post, pairedSeconds);
    rates.bare.push(bare.requests.average);
    rates.evaluate.push(evaluate.requests.average);
    ratios.push(evaluate.requests.average / bare.requests.average);
  }
  return {
    ratio: median(ratios),
    ratios,
    bare: median(rates.bare),
    evaluate: median(rates.evaluate),
  };
}

/** The JS a first visit to a region's walk page fetches: script + walk data, gzip, bytes on the socket. */
async function regionWalkJs(server: ServerProcess, region: string) {
  const get = async (path: string) => {
    const response = await rawRequest(server.url + path, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return response;
  };
  const page = (await get(`/${region}/boom/${measuredTree}`)).decoded.toString('utf8');
  const attribute = (pattern: RegExp, what: string) => {
    const value = pattern.exec(page)?.[1];
    if (value === undefined) throw new Error(`the region's walk page has no ${what}`);
    return value.replaceAll('&amp;', '&');
  };
  const script = attribute(/<script type="module" src="([^"]+)"/, 'walk script');
  const api = /data-walk-api="([^"]+)"/.exec(page)?.[1] ?? '/api/v1';
  const version = attribute(/data-walk-version="([^"]+)"/, 'data-walk-version');
  const shared = /data-walk-shared="([^"]+)"/.exec(page)?.[1];
  const walkData = `${api}/trees/${measuredTree}/versions/${version}/walk-data${shared ? `?gedeeld=${shared}` : ''}`;
  if (!walkData.startsWith(`/api/v1/regions/${region}/`))
    throw new Error(`the region's walk page fetches its data from ${walkData}`);
  const scriptBytes = (await get(script)).socketBytes;
  const walkDataBytes = (await get(walkData)).socketBytes;
  return { script: scriptBytes, walkData: walkDataBytes, js: scriptBytes + walkDataBytes };
}

/** The servers' connections to PostgreSQL: their pools (by PGAPPNAME) and their LISTEN connections. */
async function serverConnections(appName: string, schema: string): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) as count from pg_stat_activity
        where application_name like $1 or application_name = $2`,
      [`${appName}%`, `woonkansboom-listener:${schema}`],
    );
    return Number(rows[0]?.count);
  });
}

/** A publish in one region through the store API, until every server serves it. */
async function publishReachesServers(
  databaseUrl: string,
  servers: ServerProcess[],
  region: string,
): Promise<number[]> {
  const store: Store = await openRegionStore({ databaseUrl }, region);
  try {
    const [latest] = await store.versions(measuredTree);
    const record = latest && (await store.version(measuredTree, latest.version));
    if (!record) throw new Error(`no version of ${measuredTree} in ${region}`);
    const published = await store.publish(measuredTree, record.content, 'Bench: regio', null);
    const started = performance.now();
    return await Promise.all(
      servers.map(async (server) => {
        for (;;) {
          const response = await fetch(
            `${server.url}/api/v1/regions/${region}/trees/${measuredTree}`,
          );
          const body = (await response.json()) as { version?: number };
          if (body.version === published.version) return performance.now() - started;
          if (performance.now() - started > 10_000)
            throw new Error(`${server.url}: the publish in ${region} never arrived`);
          await sleep(20);
        }
      }),
    );
  } finally {
    await store.close();
  }
}

export async function regionsOnPostgres(
  { report, raw, afterTable }: BenchOutput,
  answers: Record<string, string>,
  peildatum: string,
): Promise<void> {
  const reachable = await withClient((client) => client.query('select 1')).then(
    () => true,
    (error: Error) => {
      report(`regions on PostgreSQL: skipped (${postgresUrl}: ${error.message})`, '-');
      return false;
    },
  );
  if (!reachable) return;
  const tag = randomBytes(4).toString('hex');
  const schema = `wkb_bench_${tag}`;
  const appName = `wkb-bench-${tag}`;
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const databaseUrl = url.toString();
  const servers: ServerProcess[] = [];
  await withClient((client) => client.query(`create schema ${schema}`));
  try {
    const setUpMs = await setUp(databaseUrl);
    afterTable.push(
      `regions: ${regionCount} regions × 3 trees set up in ${(setUpMs / 1000).toFixed(1)} s (schemas ${schema}, ${schema}_regio_*)`,
    );
    // One after the other, so each cold start has the machine to itself.
    for (let index = 1; index <= serverCount; index++)
      servers.push(
        await startServerProcess({
          DATABASE_URL: databaseUrl,
          RATE_LIMITS: 'off',
          PGAPPNAME: `${appName}-${index}`,
        }),
      );
    const starts = servers.map((server) => server.startupMs);
    // The same moment on this host without PostgreSQL: how much of the start is the machine's.
    const reference = await startServerProcess({ DATA_DIR: ':memory:', DATABASE_URL: '' });
    await reference.stop();
    report(
      `regions: cold start until /health, ${serverCount} servers on PostgreSQL (median)`,
      `${Math.round(median(starts))} ms (${starts.map(Math.round).join(', ')})`,
      '≤ 1500 ms',
      median(starts) <= 1500,
    );
    report(
      'regions: for reference, cold start of a server on SQLite at the same time',
      `${Math.round(reference.startupMs)} ms`,
    );

    // Memory after a full garbage collection: at the start (a walk page of the default region
    // served), then after regions were touched (a walk page and an evaluate call each).
    const body = evaluateBody(answers, peildatum);
    const settledRss = async (server: ServerProcess) => {
      await server.collectGarbage();
      return server.rss();
    };
    const memory = await Promise.all(
      servers.map(async (server) => {
        await (await fetch(`${server.url}/boom/${measuredTree}`)).arrayBuffer();
        const base = await settledRss(server);
        const after: Record<number, number> = {};
        let touched = 0;
        for (const count of [1, 10, 50]) {
          for (; touched < count; touched++) await touch(server, regionIds[touched] ?? '', body);
          after[count] = await settledRss(server);
        }
        return { base, after };
      }),
    );
    raw.regionMemory = memory;
    for (const [index, { base, after }] of memory.entries()) {
      const perRegion = [1, 10, 50].map((count) => ((after[count] ?? 0) - base) / MB / count);
      const falls =
        (perRegion[1] ?? 0) < (perRegion[0] ?? 0) && (perRegion[2] ?? 0) < (perRegion[1] ?? 0);
      report(
        `regions: server ${index + 1} RSS at start → 1 / 10 / 50 regions (MB per region)`,
        `${(base / MB).toFixed(0)} → ${[1, 10, 50].map((count) => ((after[count] ?? 0) / MB).toFixed(0)).join(' / ')} MB (${perRegion.map((value) => value.toFixed(2)).join(' / ')})`,
        'MB/region falls',
        falls,
      );
    }

    const held = await serverConnections(appName, schema);
    raw.regionServerConnections = held;
    report(
      `regions: PostgreSQL connections of the ${serverCount} servers after 50 regions each`,
      String(held),
      `≤ ${serverCount * 11}`,
      held <= serverCount * 11,
    );

    // Throughput on one region's tree, one server at a time.
    const measured = regionIds[6] ?? '';
    for (const [index, server] of servers.entries()) {
      const result = await evaluateBareRatio(server, measured, body);
      raw[`regionEvaluateBare-${index + 1}`] = result;
      afterTable.push(
        `regions: server ${index + 1} evaluate / bare pairs: ${result.ratios.map((value) => value.toFixed(2)).join(', ')} (evaluate ${Math.round(result.evaluate)} req/s, bare ${Math.round(result.bare)} req/s)`,
      );
      report(
        `regions: server ${index + 1} evaluate (/api/v1/regions/${measured}/…) / bare, median of ${ratioRounds}`,
        result.ratio.toFixed(2),
        '≥ 0.70',
        result.ratio >= 0.7,
      );
    }

    // For reference: the default region's evaluate on server 1, the route the main bench measures.
    const defaultRegion = await evaluateBareRatio(servers[0] as ServerProcess, undefined, body);
    raw.regionDefaultEvaluateBare = defaultRegion;
    report(
      'regions: for reference, server 1 evaluate of the default region (/api/v1/trees/…) / bare',
      defaultRegion.ratio.toFixed(2),
    );

    // A publish in one region, three times (other regions each time), until all servers serve it.
    const publishes: number[][] = [];
    for (const region of [regionIds[2], regionIds[24], regionIds[48]])
      publishes.push(await publishReachesServers(databaseUrl, servers, region ?? ''));
    raw.regionPublishMs = publishes;
    const slowest = publishes.map((times) => Math.max(...times));
    report(
      `regions: publish in one region → served by all ${serverCount} servers (slowest server, 3 publishes)`,
      `${Math.round(Math.max(...slowest))} ms (${slowest.map(Math.round).join(', ')})`,
      '≤ 2000 ms',
      Math.max(...slowest) <= 2000,
    );

    const js = await regionWalkJs(servers[0] as ServerProcess, measured);
    raw.regionWalkJs = js;
    report(
      `regions: ${measured} walk page JS, gzip (script ${(js.script / kB).toFixed(1)} KB + walk-data ${(js.walkData / kB).toFixed(1)} KB)`,
      `${(js.js / kB).toFixed(1)} KB`,
      '≤ 15 KB',
      js.js <= 15 * kB,
    );
  } finally {
    await Promise.allSettled(servers.map((server) => server.stop()));
    await dropSchemas(schema);
  }
}
