// Every route of the app that reads a body, enumerated from the app itself,
// refuses an oversized body with 413 in Dutch before anyone is signed in:
// announced by Content-Length, and streamed without one (chunked). Review D4:
// the anonymous sign-in read a 1.1 GB body into memory.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertDutch } from '../../test/fuzz/endpoint-fuzz.ts';
import { testBeheerApp } from '../../test/support/test-beheer-app.ts';
import { bodyLimitFor } from './body-limits.ts';

const MB = 1024 * 1024;

function concrete(path: string): string {
  return path
    .replace(/:[a-zA-Z]+\{[^}]*\}/g, '1')
    .replace(':treeId', 'hulpverlening')
    .replace(':slug', 'een-ronde')
    .replace(/:[a-zA-Z]+/g, '1');
}

const typeOf = (url: string) =>
  url.startsWith('/api/') ? 'application/json' : 'application/x-www-form-urlencoded';

/** A body of `size` bytes that arrives in 64 kB chunks, without a Content-Length. */
function chunked(size: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
}

describe('request body limits', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let routes: { method: string; url: string; size: number }[];
  before(async () => {
    setup = await testBeheerApp();
    const seen = new Set<string>();
    routes = setup.app.routes
      .filter((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method))
      .map((route) => ({ method: route.method, url: concrete(route.path) }))
      .filter(({ method, url }) => !seen.has(`${method} ${url}`) && seen.add(`${method} ${url}`))
      .map(({ method, url }) => {
        const limit = bodyLimitFor(new URL(url, 'http://x').pathname);
        // Routes with a limit of their own: more than the largest of those (2 MB).
        return { method, url, size: limit === 'own' ? 3 * MB : limit + 1 };
      });
  });
  after(() => setup.close());

  const check = async (route: { method: string; url: string }, response: Response, how: string) => {
    const where = `${route.method} ${route.url} (${how})`;
    assert.equal(response.status, 413, where);
    const text = await response.text();
    if (route.url.startsWith('/api/')) {
      assert.match(
        response.headers.get('content-type') ?? '',
        /^application\/problem\+json/,
        where,
      );
      assertDutch(JSON.parse(text).detail, where);
    } else {
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, where);
      assertDutch(text, where);
    }
  };

  it('finds every route that reads a body, the anonymous ones included', () => {
    const urls = routes.map((route) => `${route.method} ${route.url}`);
    assert.ok(routes.length >= 40, `only ${routes.length} routes`);
    for (const expected of [
      'POST /beheer/inloggen',
      'PUT /api/v1/admin/trees/hulpverlening/draft',
      'POST /beheer/bomen/hulpverlening/importeren',
      'POST /api/v1/trees/hulpverlening/evaluate',
      'POST /api/v1/gebruik',
      'POST /evaluatie/een-ronde',
    ])
      assert.ok(urls.includes(expected), expected);
  });

  it('refuses a body announced too large by Content-Length, on every route', async () => {
    for (const route of routes) {
      const response = await setup.app.request(route.url, {
        method: route.method,
        headers: { 'Content-Type': typeOf(route.url), 'Content-Length': String(route.size) },
        body: 'a'.repeat(route.size),
      });
      await check(route, response, 'Content-Length');
    }
  });

  it('stops reading a chunked body at the limit, on every route', async () => {
    for (const route of routes) {
      const response = await setup.app.request(route.url, {
        method: route.method,
        headers: { 'Content-Type': typeOf(route.url) },
        body: chunked(route.size),
        duplex: 'half',
      } as RequestInit);
      await check(route, response, 'chunked');
    }
  });

  it('has a limit for every route but the public ones that read their own', () => {
    assert.equal(bodyLimitFor('/beheer/inloggen'), 8 * 1024);
    assert.equal(bodyLimitFor('/api/v1/admin/trees/x/draft'), MB);
    assert.equal(bodyLimitFor('/beheer/bomen/x/vraag/y'), 256 * 1024);
  });
});
