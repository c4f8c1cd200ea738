// Every URL from before regions keeps working: each path README.md names
// (deep links into a walk, embeds, the API, the beheer pages) answers through
// the region router — with a second region present — exactly as the default
// region's app answers it on its own, as it did before regions: the same
// status, headers that matter, and body. The default region answers the same
// under its own name too (`/groningen/boom/hulpverlening`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { testAssets, testNow } from '../../../test/support/test-app.ts';
import { type TwoRegions, twoRegions } from '../../../test/support/two-regions.ts';
import { TreeAdmin } from '../../services/tree-admin.ts';
import { amsterdamDate } from '../../views/amsterdam-date.ts';
import { createApp } from '../app.ts';
import type { AppEnv } from '../auth/principal.ts';
import { storeCatalog } from '../store-catalog.ts';
import { usageRecorder } from '../usage-recorder.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** `GET /health`, `/boom/{id}/advies?…`: every path README.md writes in code, with its method. */
function readmePaths(text: string): { method: string; path: string }[] {
  const found = new Map<string, { method: string; path: string }>();
  const add = (method: string, path: string) => found.set(`${method} ${path}`, { method, path });
  // The regions' own URL scheme (`/{regio}/…`) is not an old URL: region-paths.test.ts has it.
  for (const [, method, path] of text.matchAll(/`(?:(GET|POST|PUT|DELETE) )?(\/[^`\s]*)`/g))
    if (path && !path.startsWith('/usr/') && !path.includes('{regio}')) add(method ?? 'GET', path);
  // Examples with curl: `curl -s -X POST localhost:3000/api/v1/…`.
  for (const [, method, path] of text.matchAll(/curl[^\n]*?(?:-X (\w+) )?\S*localhost:\d+(\/\S*)/g))
    if (path) add(method ?? 'GET', path);
  return [...found.values()];
}

const answersOf: Record<string, string> = {
  hulpverlening:
    'ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja',
  corporaties: 'al_ontruimd=ja&woning_in_gemeente=ja&reden=beide&datum_ontruiming=2022-03-15',
};

/** A README path made concrete: placeholders filled with real ids, `…` with real answers. */
function concrete(path: string, roundSlug: string): string[] {
  if (path === '/api/v1/admin/…') return ['/api/v1/admin/trees/hulpverlening/draft'];
  const trees = /\{(?:id|treeId)\}|\*$|\/boom\/$/.test(path) ? Object.keys(answersOf) : [''];
  return trees.map((treeId) =>
    path
      .replace(/\{(?:id|treeId)\}/, treeId)
      .replace(/\*$/, treeId)
      .replace(/\/boom\/$/, `/boom/${treeId}`)
      .replace('{link}', roundSlug)
      .replace('?…', `?${answersOf[treeId] ?? ''}`),
  );
}

const evaluateBody = JSON.stringify({
  answers: {
    ontruimd: 'ja',
    reden: 'beide',
    datum_ontruiming: '2022-03-15',
    huurschuld: 'nee',
    hulpverlening: 'ja',
  },
  peildatum: '2026-11-28',
});

/** What must be the same between two answers to one request. */
async function seen(response: Response) {
  const type = response.headers.get('Content-Type');
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type,
    location: response.headers.get('Location'),
    // The evaluation form's key is new on every request (it makes a second send harmless).
    body: /^(text|application\/(json|problem))/.test(type ?? '')
      ? bytes.toString('utf8').replace(/(name="sleutel" value=")[^"]+"/g, '$1…"')
      : bytes.toString('base64'),
  };
}

describe('the default region’s old URLs', () => {
  let site: TwoRegions;
  let plain: Hono<AppEnv>;
  let closePlain: () => Promise<void>;
  let paths: { method: string; path: string }[];
  let requests: { method: string; url: string; headers: Record<string, string>; body?: string }[];

  before(async () => {
    site = await twoRegions();
    // The default app as it was before regions: the same store, no region.
    const store = site.regions.groningen.store;
    const now = () => testNow;
    const today = () => amsterdamDate(now());
    const catalog = await storeCatalog(store, { today });
    const usage = usageRecorder({ write: (rows) => store.addUsageCounts(rows), now });
    plain = createApp({
      assets: testAssets,
      now,
      catalog,
      store,
      admin: new TreeAdmin(store, () => catalog.refresh(), today),
      usage,
    });
    closePlain = async () => {
      catalog.close();
      await usage.close();
    };
    paths = readmePaths(readme);
    const groningen = site.regions.groningen;
    const { beheerder } = groningen.users;
    requests = [];
    const made = new Set<string>();
    const add = (method: string, url: string, headers: Record<string, string>, body?: string) => {
      const key = `${method} ${url} ${Object.keys(headers).join()}`;
      if (!made.has(key) && made.add(key))
        requests.push({ method, url, headers, ...(body ? { body } : {}) });
    };
    for (const { method, path } of paths)
      for (const url of concrete(path, groningen.ids.roundSlug)) {
        const body = url.endsWith('/evaluate') ? evaluateBody : method === 'GET' ? undefined : '{}';
        const json: Record<string, string> = body ? { 'Content-Type': 'application/json' } : {};
        add(method, url, json, body);
        if (url.startsWith('/beheer'))
          add(method, url, { ...json, Cookie: beheerder.cookie }, body);
        if (url.startsWith('/api/v1/admin'))
          add(method, url, { ...json, Authorization: beheerder.bearer }, body);
      }
  });
  after(async () => {
    await closePlain();
    await site.close();
  });

  it('finds the paths README.md names', () => {
    const named = paths.map(({ method, path }) => `${method} ${path}`);
    for (const path of [
      'GET /boom/hulpverlening',
      'GET /embed/boom/{treeId}',
      'GET /trajecten',
      'GET /beheer',
      'GET /api/v1/trees/{id}',
      'POST /api/v1/trees/hulpverlening/evaluate',
      'PUT /api/v1/admin/trees/{id}/draft',
      'GET /evaluatie/{link}',
    ])
      assert.ok(named.includes(path), `${path} is not found in README.md`);
    assert.ok(requests.length >= 40, `only ${requests.length} requests`);
  });

  it('answers each of them through the router as the default app on its own does', async (t) => {
    const differences: string[] = [];
    for (const request of requests) {
      const init = { method: request.method, headers: request.headers, body: request.body };
      const routed = await seen(await site.fetch(request.url, init));
      const alone = await seen(await plain.request(request.url, init));
      const who = request.headers.Cookie || request.headers.Authorization ? ' (signed in)' : '';
      // Public pages answer 200; beheer answers too once signed in. (`/embed.js` is built, not in a test.)
      const closed = !who && /^\/(beheer|api\/v1\/admin)/.test(request.url);
      const expected = request.method === 'PUT' ? 400 : 200;
      if (!closed && request.url !== '/embed.js' && routed.status !== expected)
        differences.push(`${request.method} ${request.url}${who}: ${routed.status}`);
      if (JSON.stringify(routed) !== JSON.stringify(alone))
        differences.push(
          `${request.method} ${request.url}${who}: ${routed.status} ${routed.type} vs ${alone.status} ${alone.type}${routed.body === alone.body ? '' : ', another body'}`,
        );
    }
    t.diagnostic(`${requests.length} README URLs compared`);
    assert.deepEqual(differences, []);
  });

  it('answers them the same under the default region’s own name', async () => {
    const differences: string[] = [];
    for (const request of requests) {
      const init = { method: request.method, headers: request.headers, body: request.body };
      const named = request.url.startsWith('/api/v1/admin/')
        ? request.url.replace('/api/v1/admin/', '/api/v1/admin/regions/groningen/')
        : request.url.startsWith('/api/v1/')
          ? request.url.replace('/api/v1/', '/api/v1/regions/groningen/')
          : request.url.startsWith('/embed/')
            ? request.url.replace('/embed/', '/embed/groningen/')
            : `/groningen${request.url}`;
      const routed = await seen(await site.fetch(named, init));
      const old = await seen(await site.fetch(request.url, init));
      if (JSON.stringify(routed) !== JSON.stringify(old))
        differences.push(`${request.method} ${named}: ${routed.status} vs ${old.status}`);
    }
    assert.deepEqual(differences, []);
  });

  it('walks /groningen/boom/hulpverlening as /boom/hulpverlening, to the same advice', async () => {
    const path = `/boom/hulpverlening?${answersOf.hulpverlening}`;
    const named = await site.fetch(`/groningen${path}`);
    assert.equal(named.status, 200);
    const text = await named.text();
    assert.equal(text, await (await site.fetch(path)).text());
    assert.ok(text.includes(site.regions.groningen.marker));
    assert.ok(!text.includes(site.regions.westerkwartier.marker));
    assert.match(text, /href="\/boom\/hulpverlening/);
  });

  it('answers the same deep links of another region under its paths, with its links', async () => {
    const west = site.regions.westerkwartier;
    const differences: string[] = [];
    for (const request of requests.filter((r) => !/^\/(beheer|api\/v1\/admin)/.test(r.url))) {
      const init = { method: request.method, headers: request.headers, body: request.body };
      // A round is a region's own: westerkwartier's link, not groningen's.
      const url = west.url(
        request.url.replace(site.regions.groningen.ids.roundSlug, west.ids.roundSlug),
      );
      const response = await site.fetch(url, init);
      const old = await site.fetch(request.url, init);
      if (response.status !== old.status)
        differences.push(`${request.method} ${url}: ${response.status} vs ${old.status}`);
      const text = await response.text();
      if (/^text\/html/.test(response.headers.get('Content-Type') ?? '')) {
        // Every link of the page stays in the region (or is site-wide).
        for (const [, href] of text.matchAll(/\shref="(\/[^"]*)"/g))
          if (
            href &&
            !/^\/(westerkwartier|embed\/westerkwartier|api\/v1\/regions\/westerkwartier|static\/|favicon)/.test(
              href,
            )
          )
            differences.push(`${url} links to ${href}`);
      }
    }
    assert.deepEqual(differences, []);
    // Groningen's round is not there.
    const foreign = await site.fetch(
      west.url(`/evaluatie/${site.regions.groningen.ids.roundSlug}`),
    );
    assert.equal(foreign.status, 404);
  });
});
