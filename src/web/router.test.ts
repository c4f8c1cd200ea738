// Hono uses its fastest router (RegExpRouter) only when no two routes with a
// :param put a fixed segment and a :param at the same place (say
// /rondes/nieuw beside /rondes/:roundId/bewerken). Otherwise it silently falls
// back to TrieRouter for every request, public walks included; that cost the
// evaluate endpoint about an eighth of its throughput (`npm run bench`).
// A route that breaks this fails here and is named.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { testBeheerApp } from '../../test/support/test-beheer-app.ts';

let setup: Awaited<ReturnType<typeof testBeheerApp>>;
before(async () => {
  setup = await testBeheerApp();
});
after(() => setup.close());

/** The first route, in the order they were added, that RegExpRouter cannot take. */
function firstRouteRegExpRouterRefuses(): string | undefined {
  const added: { method: string; path: string }[] = [];
  for (const route of setup.app.routes) {
    added.push(route);
    const router = new RegExpRouter<number>();
    try {
      added.forEach(({ method, path }, index) => {
        router.add(method, path, index);
      });
      router.match('GET', '/');
    } catch {
      return `${route.method} ${route.path}`;
    }
  }
  return undefined;
}

describe('routing', () => {
  it('every route fits the fast RegExpRouter', () => {
    const culprit = firstRouteRegExpRouterRefuses();
    assert.equal(
      culprit,
      undefined,
      `${culprit} has a fixed segment where a sibling route has a :param (or the other way round); give one of them its own path`,
    );
  });

  it('so the app matches with RegExpRouter, not the TrieRouter fallback', async () => {
    await setup.app.request('/boom/hulpverlening');
    assert.equal(setup.app.router.name, 'SmartRouter + RegExpRouter');
  });
});
