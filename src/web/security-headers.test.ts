// Every route the app has — public pages, API, beheer, assets, errors —
// answers with the security headers, enumerated from app.routes so a
// new route is covered without being listed here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { defaultTreeContents } from '../content/default-content.ts';
import { TreeAdmin } from '../services/tree-admin.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { type StoreCatalog, storeCatalog } from './store-catalog.ts';

const partner = 'https://partner.example';

function concrete(path: string): string {
  return path
    .replace(':treeId', 'hulpverlening')
    .replace(/:[A-Za-z]+\{[^}]*\}|:[A-Za-z]+/g, '1')
    .replace(/\*$/, 'x');
}

function assertHeaders(response: Response, where: string, tls: boolean): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/, where);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, where);
  assert.match(csp, /frame-ancestors /, where);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', where);
  assert.equal(response.headers.get('referrer-policy'), 'same-origin', where);
  assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\)/, where);
  const hsts = response.headers.get('strict-transport-security');
  if (tls) assert.match(hsts ?? '', /max-age=\d+/, where);
  else assert.equal(hsts, null, `${where}: no HSTS over plain http`);
}

describe('security headers on every response', () => {
  let store: Store;
  let catalog: StoreCatalog;
  const appFor = (tls: boolean) =>
    createApp({
      catalog,
      assets: testAssets,
      now: () => testNow,
      store,
      admin: new TreeAdmin(store, () => catalog.refresh()),
      secureCookies: tls,
      embedOrigins: [partner],
    });

  before(async () => {
    store = await openStore({ dataDir: ':memory:' });
    await store.seedTrees(defaultTreeContents(), null);
    catalog = await storeCatalog(store);
  });
  after(async () => {
    catalog.close();
    await store.close();
  });

  for (const tls of [false, true]) {
    it(`are sent by every route, allowed or refused, ${tls ? 'with' : 'without'} TLS`, async () => {
      const app = appFor(tls);
      const seen = new Set<string>();
      const routes = app.routes.filter(
        (route) => route.method !== 'ALL' && !seen.has(`${route.method} ${route.path}`),
      );
      for (const route of routes) seen.add(`${route.method} ${route.path}`);
      assert.ok(routes.length > 60, `only ${routes.length} routes`);
      for (const route of routes) {
        const url = concrete(route.path);
        const response = await app.request(url, {
          method: route.method,
          ...(route.method === 'GET' ? {} : { body: '{}' }),
          headers: route.method === 'GET' ? {} : { 'Content-Type': 'application/json' },
        });
        assertHeaders(response, `${route.method} ${url} (${response.status})`, tls);
      }
      for (const url of ['/nergens', '/api/v1/nergens', '/static/ontbreekt.css']) {
        assertHeaders(await app.request(url), url, tls);
      }
    });
  }

  it('lets only the configured origins frame the embed pages, nothing else', async () => {
    const app = appFor(false);
    const embed = await app.request('/embed/boom/hulpverlening');
    assert.equal(embed.status, 200);
    const embedCsp = embed.headers.get('content-security-policy') ?? '';
    assert.match(embedCsp, new RegExp(`frame-ancestors [^;]*${partner.replace(/\./g, '\\.')}`));
    const walk = await app.request('/boom/hulpverlening');
    assert.match(walk.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(walk.headers.get('x-frame-options'), 'DENY');
  });
});
