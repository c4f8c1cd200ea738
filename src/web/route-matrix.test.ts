// Every beheer page and admin API route, enumerated from the app itself:
// anonymous callers are refused everywhere, and each role only gets what its
// permissions allow. A new route must be classified here to pass.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { routeKeys } from '../../test/support/route-keys.ts';
import { testBeheerApp } from '../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../test/support/test-requests.ts';
import { bearerFor, signIn } from '../../test/support/test-sign-in.ts';
import type { Role } from '../store/store.ts';
import { type Permission, permissions } from './auth/principal.ts';

/** 'signedIn': every signed-in user, whatever the role (their own account). */
type Access = Permission | 'public' | 'signedIn';

/** Which permission a route needs, by method and path pattern; first match wins. */
const classification: [RegExp, Access][] = [
  [/^(GET|POST) \/beheer\/inloggen$/, 'public'],
  [/^POST \/beheer\/uitloggen$/, 'public'],
  [/^(GET|POST) \/beheer\/account$/, 'signedIn'],
  [/^(GET|POST) \/beheer\/gebruikers/, 'manageUsers'],
  [/^GET \/beheer\/logboek$/, 'readAudit'],
  [/^POST \/beheer\/bomen\/:treeId\/publiceren$/, 'publish'],
  [/^POST \/api\/v1\/admin\/trees\/:treeId\/publish$/, 'publish'],
  [/^(GET|POST) \/beheer\/bomen\/:treeId\/versies\/:version\/terugzetten$/, 'rollback'],
  [/^POST \/api\/v1\/admin\/trees\/:treeId\/rollback$/, 'rollback'],
  // Cancelling a scheduled version undoes a publish: the same permission.
  [/^(GET|POST) \/beheer\/bomen\/:treeId\/versies\/:version\/intrekken$/, 'publish'],
  [/^POST \/beheer\/gedeeld\/versies\/:version\/intrekken$/, 'publish'],
  [/^POST \/api\/v1\/admin\/trees\/:treeId\/versions\/:version\/cancel$/, 'publish'],
  // Managing pages are GETs ending in /nieuw, /nieuwe-ronde, /bewerken or /formulier.
  [/^POST \/beheer\/evaluatie(\/|$)/, 'manageEvaluation'],
  [/^GET \/beheer\/evaluatie\/.*(nieuw|nieuwe-ronde|bewerken|formulier)$/, 'manageEvaluation'],
  [/^GET \/beheer\/evaluatie(\/|$)/, 'readStatistics'],
  [/^GET \/beheer\/gebruik/, 'readStatistics'],
  [/^POST \/beheer\/cijfers(\/|$)/, 'editFigures'],
  [/^GET \/beheer\/cijfers\/.*(nieuw|bewerken)$/, 'editFigures'],
  [/^GET \/beheer\/cijfers/, 'readStatistics'],
  [/^(GET|POST) \/beheer\/regio$/, 'manageRegion'],
  [/^(GET|POST|PUT) \/(beheer|api\/v1\/admin\/trees)(\/|$)/, 'editDrafts'],
];

const keys = routeKeys;

function concrete(path: string, userId: number): string {
  return path
    .replace(':treeId', 'hulpverlening')
    .replace(':version', '1')
    .replace(':tokenId', '1')
    .replace(':roundId', '1')
    .replace(':year', '2022')
    .replace(':id', String(userId))
    .replace(/\/([a-z]+)\/:key/, (_, kind: string) => `/${kind}/${keys[kind] ?? 'x'}`);
}

function access(method: string, path: string): Access {
  const found = classification.find(([pattern]) => pattern.test(`${method} ${path}`));
  assert.ok(found, `${method} ${path} is not classified in route-matrix.test.ts`);
  return found[1];
}

describe('who may use which beheer page and admin API route', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let routes: { method: string; path: string; access: Access; url: string }[];
  const sessions = {} as Record<Role, TestSession>;
  const bearers = {} as Record<Role, string>;

  before(async () => {
    setup = await testBeheerApp();
    for (const role of ['redacteur', 'beheerder', 'analist'] as const) {
      sessions[role] = await signIn(setup.app, setup.store, role);
      bearers[role] = await bearerFor(setup.store, role);
    }
    const someone = (await setup.store.users())[0]?.id ?? 1;
    const seen = new Set<string>();
    routes = setup.app.routes
      .filter((route) => route.method !== 'ALL')
      .filter((route) => route.path.startsWith('/beheer') || route.path.startsWith('/api/v1/admin'))
      .filter(
        (route) =>
          !seen.has(`${route.method} ${route.path}`) && seen.add(`${route.method} ${route.path}`),
      )
      .map((route) => ({
        method: route.method,
        path: route.path,
        access: access(route.method, route.path),
        url: concrete(route.path, someone),
      }));
  });
  after(() => setup.close());

  const request = (method: string, url: string, role?: Role) => {
    if (url.startsWith('/api/')) {
      return setup.app.request(url, {
        method,
        headers: {
          ...(role ? { Authorization: bearers[role] } : {}),
          ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
    }
    const session = role ? sessions[role] : undefined;
    return method === 'GET' ? getAs(setup.app, url, session) : postAs(setup.app, url, session);
  };

  it('finds the beheer routes to check', () => {
    assert.ok(routes.length >= 40, `only ${routes.length} routes`);
  });

  it('refuses anonymous callers on every route but sign-in', async () => {
    for (const route of routes.filter((candidate) => candidate.access !== 'public')) {
      const response = await request(route.method, route.url);
      const where = `${route.method} ${route.url}`;
      if (route.url.startsWith('/api/')) {
        assert.equal(response.status, 401, where);
      } else {
        assert.equal(response.status, 303, where);
        assert.match(response.headers.get('location') ?? '', /^\/beheer\/inloggen/, where);
      }
    }
  });

  for (const role of ['analist', 'redacteur', 'beheerder'] as const) {
    it(`gives a ${role} exactly the routes of the role's permissions`, async () => {
      for (const route of routes.filter((candidate) => candidate.access !== 'public')) {
        const allowed =
          route.access === 'signedIn' ||
          (permissions[route.access as Permission] as readonly Role[]).includes(role);
        const where = `${role}: ${route.method} ${route.url}`;
        if (!allowed) {
          assert.equal((await request(route.method, route.url, role)).status, 403, where);
        } else if (route.method === 'GET') {
          const status = (await request(route.method, route.url, role)).status;
          assert.ok(status !== 401 && status !== 403, `${where} answered ${status}`);
        }
      }
    });
  }
});
