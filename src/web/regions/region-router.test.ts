import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { problemContentType } from '../problem.ts';
import { cookiesForRegion, regionCookieName, regionRouter } from './region-router.ts';

/** An app that tells who answered, at which path, with which cookies, and what body it got. */
function echoApp(name: string) {
  const app = new Hono();
  app.all('*', async (c) =>
    c.json({
      app: name,
      path: c.req.path,
      query: new URL(c.req.url).search,
      cookie: c.req.header('Cookie') ?? null,
      body: c.req.method === 'GET' ? null : await c.req.text(),
    }),
  );
  app.post('/beheer/inloggen', (c) => c.text('', 303));
  return app;
}

/** An app that signs in and out, as the real one sets its session cookie. */
function cookieApp() {
  const app = new Hono();
  app.post('/beheer/inloggen', (c) => {
    c.header('Set-Cookie', 'wkb_sessie=geheim; Max-Age=60; Path=/; HttpOnly; SameSite=Lax', {
      append: true,
    });
    c.header('Set-Cookie', 'voorkeur=groot; Path=/', { append: true });
    return c.body(null, 303, { Location: '/beheer' });
  });
  app.post('/beheer/uitloggen', (c) => {
    c.header('Set-Cookie', 'wkb_sessie=; Max-Age=0; Path=/');
    return c.text('uit');
  });
  return app;
}

const regionApps = (apps: Record<string, Hono>) => ({
  appFor: async (id: string) => apps[id],
});

const main = echoApp('groningen');
const west = echoApp('westerkwartier');
const oost = echoApp('oost');
const route = regionRouter(main, regionApps({ westerkwartier: west, oost }));

const all = [
  'wkb_sessie=g',
  'wkb_sessie_westerkwartier=w',
  'wkb_sessie_oost=o',
  'wkb_sessie_wester=x',
  'voorkeur=groot',
].join('; ');

async function answer(path: string, init: RequestInit = {}) {
  const response = await route(new Request(`http://localhost${path}`, init));
  return { status: response.status, ...(await response.json()) };
}

describe('cookiesForRegion', () => {
  it('gives a region only its own session cookie, under the usual name, and the rest', () => {
    assert.equal(cookiesForRegion(all, 'westerkwartier'), 'wkb_sessie=w; voorkeur=groot');
    assert.equal(cookiesForRegion(all, 'oost'), 'wkb_sessie=o; voorkeur=groot');
    assert.equal(cookiesForRegion(all, 'wester'), 'wkb_sessie=x; voorkeur=groot');
    assert.equal(cookiesForRegion(all, 'zuid'), 'voorkeur=groot');
    assert.equal(cookiesForRegion('wkb_sessie=g', 'zuid'), null);
    assert.equal(cookiesForRegion(null, 'zuid'), null);
  });

  it('gives the default region only its own session cookie too', () => {
    assert.equal(cookiesForRegion(all, 'groningen'), 'wkb_sessie=g; voorkeur=groot');
    assert.equal(cookiesForRegion('wkb_sessie_oost=o', 'groningen'), null);
  });

  it('drops a session cookie written with spaces around its name', () => {
    assert.equal(cookiesForRegion('wkb_sessie =g;  wkb_sessie_oost =o', 'zuid'), null);
    assert.equal(cookiesForRegion('wkb_sessie_oost =o', 'oost'), 'wkb_sessie=o');
  });
});

describe('regionRouter', () => {
  it('sends each form of a region’s path to its app, without the region', async () => {
    const cases: [string, string, string][] = [
      ['/westerkwartier/boom/x?a=1', 'westerkwartier', '/boom/x'],
      ['/embed/oost/boom/x', 'oost', '/embed/boom/x'],
      ['/api/v1/regions/oost/trees', 'oost', '/api/v1/trees'],
      ['/api/v1/admin/regions/westerkwartier/trees/x', 'westerkwartier', '/api/v1/admin/trees/x'],
      ['/boom/x', 'groningen', '/boom/x'],
      ['/groningen/boom/x', 'groningen', '/boom/x'],
      ['/embed/groningen/boom/x', 'groningen', '/embed/boom/x'],
      ['/api/v1/regions/groningen/trees', 'groningen', '/api/v1/trees'],
      ['/embed/boom/x', 'groningen', '/embed/boom/x'],
    ];
    for (const [path, app, inner] of cases) {
      const got = await answer(path);
      assert.equal(got.app, app, path);
      assert.equal(got.path, inner, path);
    }
    assert.equal((await answer('/westerkwartier/boom/x?a=1')).query, '?a=1');
  });

  it('never lets one region’s session cookie reach another region’s app or the default', async () => {
    const paths = [
      '/westerkwartier/beheer',
      '/api/v1/admin/regions/westerkwartier/trees',
      '/oost/beheer',
      '/embed/oost/boom/x',
      '/beheer',
      '/groningen/beheer',
      '/api/v1/admin/trees',
      '/api/v1/admin/regions/groningen/trees',
    ];
    for (const path of paths) {
      const got = await answer(path, { headers: { Cookie: all } });
      const expected = { westerkwartier: 'w', oost: 'o', groningen: 'g' }[got.app as string];
      assert.equal(got.cookie, `wkb_sessie=${expected}; voorkeur=groot`, path);
    }
    // Only another region's cookie: the app gets no session at all.
    for (const path of ['/beheer', '/groningen/beheer', '/oost/beheer']) {
      const got = await answer(path, { headers: { Cookie: 'wkb_sessie_westerkwartier=w' } });
      assert.equal(got.cookie, null, path);
    }
  });

  it('names the session cookie a region’s app sets after the region', async () => {
    const router = regionRouter(cookieApp(), regionApps({ westerkwartier: cookieApp() }));
    const signIn = await router(
      new Request('http://localhost/westerkwartier/beheer/inloggen', { method: 'POST' }),
    );
    assert.equal(signIn.status, 303);
    assert.equal(signIn.headers.get('Location'), '/beheer');
    assert.deepEqual(signIn.headers.getSetCookie(), [
      `${regionCookieName('westerkwartier')}=geheim; Max-Age=60; Path=/; HttpOnly; SameSite=Lax`,
      'voorkeur=groot; Path=/',
    ]);
    const signOut = await router(
      new Request('http://localhost/westerkwartier/beheer/uitloggen', { method: 'POST' }),
    );
    assert.deepEqual(signOut.headers.getSetCookie(), [
      'wkb_sessie_westerkwartier=; Max-Age=0; Path=/',
    ]);
    assert.equal(await signOut.text(), 'uit');
    // The default region keeps the usual name, on its old paths and under its own.
    for (const path of ['/beheer/inloggen', '/groningen/beheer/inloggen']) {
      const response = await router(new Request(`http://localhost${path}`, { method: 'POST' }));
      assert.match(response.headers.getSetCookie()[0] ?? '', /^wkb_sessie=geheim;/, path);
    }
  });

  it('answers an unknown region on an API path with a Dutch 404 problem', async () => {
    for (const path of [
      '/api/v1/regions/onbekend/trees',
      '/api/v1/admin/regions/onbekend/trees',
      '/api/v1/admin/regions/onbekend',
      '/api/v1/regions/Westerkwartier/trees',
      '/api/v1/regions/%3Cscript%3E/trees',
      // The API under the region's own path.
      '/onbekend/api/v1/trees',
    ]) {
      const response = await route(new Request(`http://localhost${path}`));
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('Content-Type'), problemContentType, path);
      const problem = await response.json();
      assert.equal(problem.status, 404);
      assert.equal(problem.title, 'Niet gevonden');
      assert.match(problem.detail, /^Er is geen regio ".+"\.$/);
    }
  });

  it('gives an unknown region on any other path to the default app, unchanged', async () => {
    const got = await answer('/onbekend/boom/x', { headers: { Cookie: all } });
    assert.equal(got.app, 'groningen');
    assert.equal(got.path, '/onbekend/boom/x');
    assert.equal(got.cookie, 'wkb_sessie=g; voorkeur=groot');
  });

  it('streams a POST body through to the region’s app', async () => {
    const encoder = new TextEncoder();
    const parts = ['naam=Westerkwartier', '&', 'regel=', 'x'.repeat(70_000)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(encoder.encode(part));
        controller.close();
      },
    });
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    };
    const got = await answer('/westerkwartier/beheer/iets', init);
    assert.equal(got.app, 'westerkwartier');
    assert.equal(got.body, parts.join(''));
    const plain = await answer('/api/v1/regions/oost/gebruik', {
      method: 'POST',
      body: '{"a":1}',
    });
    assert.equal(plain.body, '{"a":1}');
    const byDefault = await answer('/groningen/beheer/iets', { method: 'POST', body: 'x=1' });
    assert.equal(byDefault.app, 'groningen');
    assert.equal(byDefault.body, 'x=1');
  });

  it('answers 503, not an error, when a region’s store cannot be opened', async () => {
    const router = regionRouter(main, {
      appFor: async () => {
        throw new Error('database away');
      },
    });
    const api = await router(new Request('http://localhost/api/v1/regions/westerkwartier/trees'));
    assert.equal(api.status, 503);
    assert.equal(api.headers.get('Content-Type'), problemContentType);
    assert.match((await api.json()).detail, /niet bereikbaar/);
    const page = await router(new Request('http://localhost/westerkwartier/boom/x'));
    assert.equal(page.status, 503);
    assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.match(await page.text(), /niet bereikbaar/);
  });
});
