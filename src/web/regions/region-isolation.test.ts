// Isolation between regions, through the router as the server runs it: for
// every beheer page and admin API route of the app (enumerated as
// route-matrix.test.ts does), everyone of one region — anonymous, and each
// role by its session cookie, by its session token under the other region's
// cookie name, and by its API token — asks for the other region's URLs (every
// form of them). Nothing may expose the other region's data: pages send to
// that region's sign-in, the API answers 401, and the other region's store is
// the same afterwards. Each region's exports and pages hold only its own data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { postgresUnavailable } from '../../../test/store/test-databases.ts';
import { eventually } from '../../../test/support/eventually.ts';
import { routeKeys } from '../../../test/support/route-keys.ts';
import {
  otherRegion,
  type RegionId,
  regionIds,
  type SiteRegion,
  type TwoRegions,
  twoRegions,
} from '../../../test/support/two-regions.ts';
import { roles } from '../../store/store.ts';

/** Routes anyone may use: the sign-in form and signing out. */
const isPublic = (method: string, path: string) =>
  /^(GET|POST) \/beheer\/inloggen$/.test(`${method} ${path}`) ||
  `${method} ${path}` === 'POST /beheer/uitloggen';

const keys = routeKeys;

/** The route's path with the parameters filled in with real ids of `region`. */
function concrete(path: string, region: SiteRegion): string {
  return path
    .replace(':treeId', region.ids.treeId)
    .replace(':version', String(region.ids.version))
    .replace(':tokenId', String(region.users.redacteur.tokenId))
    .replace(':roundId', String(region.ids.roundId))
    .replace(':year', String(region.ids.year))
    .replace(':id', String(region.users.redacteur.id))
    .replace(/\/([a-z]+)\/:key/, (_, kind: string) => `/${kind}/${keys[kind] ?? 'x'}`);
}

/** Every public URL that reaches an inner path of `region`'s app. */
function urlsOf(region: SiteRegion, inner: string): string[] {
  const api = inner.startsWith('/api/');
  if (region.id === 'groningen')
    return [
      inner,
      api
        ? inner.replace('/api/v1/admin', '/api/v1/admin/regions/groningen')
        : `/groningen${inner}`,
    ];
  return [region.url(inner), ...(api ? [`/${region.id}${inner}`] : [])];
}

/** Form fields that would change something if a write were let through. */
const formFields = {
  email: 'indringer@elders.test',
  rol: 'beheerder',
  wachtwoord: 'een lang genoeg wachtwoord van elders',
  herhaling: 'een lang genoeg wachtwoord van elders',
  titel: 'Overgenomen',
  notitie: 'Overgenomen',
  label: 'Overgenomen',
  actie: 'blokkeren',
  ontruimingen: '999',
  aanmeldingen: '999',
};

interface Caller {
  name: string;
  headers: Record<string, string>;
  csrf?: string;
}

/** Anonymous, and every role of `from` by session cookie, by session token under `to`'s cookie name, and by API token. */
function callersOf(from: SiteRegion, to: SiteRegion): Caller[] {
  const callers: Caller[] = [{ name: 'anonymous', headers: {} }];
  for (const role of roles) {
    const user = from.users[role];
    callers.push(
      {
        name: `${from.id} ${role} (session)`,
        headers: { Cookie: user.cookie },
        csrf: user.csrfToken,
      },
      {
        name: `${from.id} ${role} (session under ${to.id}'s cookie name)`,
        headers: { Cookie: `${to.cookieName}=${user.sessionToken}` },
        csrf: user.csrfToken,
      },
      { name: `${from.id} ${role} (API token)`, headers: { Authorization: user.bearer } },
    );
  }
  return callers;
}

function request(site: TwoRegions, method: string, url: string, caller: Caller) {
  const api = /^\/(?:[a-z-]+\/)?api\//.test(url);
  const headers: Record<string, string> = { Origin: 'http://localhost', ...caller.headers };
  if (method === 'GET') return site.fetch(url, { headers });
  if (api)
    return site.fetch(url, {
      method,
      headers: {
        ...headers,
        'Content-Type': 'application/json',
        ...(caller.csrf ? { 'X-CSRF-Token': caller.csrf } : {}),
      },
      body: JSON.stringify({ note: 'Overgenomen', version: 1, content: {} }),
    });
  return site.fetch(url, {
    method,
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...(caller.csrf ? { _csrf: caller.csrf } : {}), ...formFields }),
  });
}

/** Everything in a region's store but the sessions, as a backup holds it. */
async function contents(region: SiteRegion) {
  const { tables } = await region.store.exportAll({ withSecrets: true });
  return tables;
}

/** Text that only `region`'s data holds. */
function holdsDataOf(region: SiteRegion, text: string): boolean {
  return text.toLowerCase().includes(region.marker.toLowerCase());
}

// SQLite: a file per region; PostgreSQL: a schema per region.
for (const database of ['sqlite', 'postgres'] as const)
  describe(`isolation between two regions (${database})`, {
    skip: database === 'postgres' && (await postgresUnavailable()),
  }, () => {
    let site: TwoRegions;
    let routes: { method: string; path: string }[];
    let requests = 0;
    const leaks: string[] = [];

    before(async () => {
      site = await twoRegions({ database });
      const seen = new Set<string>();
      routes = (await site.appOf('westerkwartier')).routes
        .filter((route) => route.method !== 'ALL')
        .filter(
          (route) => route.path.startsWith('/beheer') || route.path.startsWith('/api/v1/admin'),
        )
        .filter((route) => {
          const key = `${route.method} ${route.path}`;
          return !seen.has(key) && seen.add(key);
        });
    });
    after(() => site.close());

    it('finds the beheer routes to check, the same in both regions', async () => {
      assert.ok(routes.length >= 90, `only ${routes.length} routes`);
      const ofDefault = (await site.appOf('groningen')).routes
        .filter((route) => route.method !== 'ALL')
        .filter(
          (route) => route.path.startsWith('/beheer') || route.path.startsWith('/api/v1/admin'),
        );
      assert.deepEqual(
        new Set(ofDefault.map((route) => `${route.method} ${route.path}`)),
        new Set(routes.map((route) => `${route.method} ${route.path}`)),
      );
    });

    for (const fromId of regionIds) {
      const toId = otherRegion(fromId);
      it(`lets nobody of ${fromId} use a beheer page or admin route of ${toId}`, async () => {
        const from = site.regions[fromId];
        const to = site.regions[toId];
        const before = await contents(to);
        const signIn = new RegExp(`^${to.url('/beheer/inloggen')}(\\?|$)`);
        const failures: string[] = [];
        for (const route of routes) {
          for (const url of urlsOf(to, concrete(route.path, to))) {
            for (const caller of callersOf(from, to)) {
              const response = await request(site, route.method, url, caller);
              requests += 1;
              const where = `${caller.name}: ${route.method} ${url}`;
              const body = await response.text();
              const location = response.headers.get('Location') ?? '';
              const session = response.headers
                .getSetCookie()
                .some(
                  (cookie) => cookie.startsWith(`${to.cookieName}=`) && !/^[^=]+=;/.test(cookie),
                );
              if (holdsDataOf(to, body)) leaks.push(`${where} shows ${toId}'s data`);
              if (session) leaks.push(`${where} made a session in ${toId}`);
              if (response.status >= 500) failures.push(`${where} answered ${response.status}`);
              if (isPublic(route.method, route.path)) {
                if (
                  response.status === 303 &&
                  !signIn.test(location) &&
                  route.path !== '/beheer/uitloggen'
                )
                  leaks.push(`${where} sent on to ${location}`);
                continue;
              }
              const api = url.includes('/api/');
              const refused = api
                ? response.status === 401
                : response.status === 303 && signIn.test(location);
              if (!refused) leaks.push(`${where} answered ${response.status} ${location}`);
            }
          }
        }
        assert.deepEqual(leaks, []);
        assert.deepEqual(failures, []);
        const afterwards = await contents(to);
        // A failed sign-in is written down in the region signed in to: the only change allowed.
        afterwards.audit_log = (afterwards.audit_log ?? []).filter(
          (entry) => entry.action !== 'login-failed',
        );
        assert.deepEqual(afterwards, before, `${toId}'s store changed`);
      });
    }

    for (const fromId of regionIds) {
      const toId = otherRegion(fromId);
      it(`refuses a token of ${fromId} on ${toId}'s admin API, which takes its own`, async () => {
        const from = site.regions[fromId];
        const to = site.regions[toId];
        for (const route of routes.filter(
          (candidate) => candidate.method === 'GET' && candidate.path.startsWith('/api/'),
        )) {
          const inner = concrete(route.path, to);
          for (const url of urlsOf(to, inner)) {
            for (const role of roles) {
              const foreign = await site.fetch(url, {
                headers: { Authorization: from.users[role].bearer },
              });
              requests += 1;
              assert.equal(foreign.status, 401, `${fromId} ${role} on ${url}`);
              const own = await site.fetch(url, {
                headers: { Authorization: to.users[role].bearer },
              });
              requests += 1;
              // Known there: allowed, or refused for the role (403), never unknown (401).
              assert.notEqual(own.status, 401, `${toId} ${role} on ${url}`);
              if (role !== 'analist') assert.equal(own.status, 200, `${toId} ${role} on ${url}`);
            }
          }
        }
      });
    }

    for (const id of regionIds) {
      it(`gives ${id}'s exports, beheer pages and public pages only ${id}'s data`, async () => {
        const own = site.regions[id];
        const other = site.regions[otherRegion(id)];
        const { treeId, version, roundId } = own.ids;
        const pages: [string, string | undefined][] = [
          ['/beheer/gebruik.csv?van=2026-01&tot=2026-11', undefined],
          ['/beheer/gebruik?van=2026-01&tot=2026-11', undefined],
          ['/beheer/cijfers/cijfers.csv', own.marker],
          ['/beheer/cijfers', own.marker],
          [`/beheer/evaluatie/rondes/${roundId}/antwoorden.csv`, own.marker],
          [`/beheer/evaluatie/rondes/${roundId}`, own.marker],
          ['/beheer/evaluatie', own.marker],
          ['/beheer/gebruikers', own.marker],
          ['/beheer/logboek', own.marker],
          ['/beheer', own.marker],
          [`/beheer/bomen/${treeId}`, own.marker],
          [`/beheer/bomen/${treeId}/versies`, own.marker],
          [`/beheer/bomen/${treeId}/concept.json`, own.marker],
          [`/beheer/bomen/${treeId}/versies/${version}/download`, own.marker],
        ];
        for (const [inner, expected] of pages) {
          const response = await site.fetch(own.url(inner), {
            headers: { Cookie: own.users.beheerder.cookie },
          });
          requests += 1;
          const text = await response.text();
          assert.equal(response.status, 200, `${id}: ${inner}`);
          if (expected) assert.ok(holdsDataOf(own, text), `${id}: ${inner} lacks its own data`);
          assert.ok(!holdsDataOf(other, text), `${id}: ${inner} shows ${other.id}'s data`);
          if (/^\/beheer\/gebruik(\.csv)?\?/.test(inner)) {
            assert.ok(
              text.includes(String(own.usageCount)),
              `${id}: ${inner} lacks its own counts`,
            );
            assert.ok(
              !text.includes(String(other.usageCount)),
              `${id}: ${inner} counts ${other.id}'s`,
            );
          }
        }
        const api: [string, Record<string, string>][] = [
          [`/api/v1/admin/trees/${treeId}/draft`, { Authorization: own.users.redacteur.bearer }],
          [`/api/v1/admin/trees/${treeId}/versions`, { Authorization: own.users.redacteur.bearer }],
          ['/api/v1/trees', {}],
          [`/api/v1/trees/${treeId}`, {}],
          [`/boom/${treeId}`, {}],
          [`/embed/boom/${treeId}`, {}],
        ];
        for (const [inner, headers] of api) {
          const response = await site.fetch(own.url(inner), { headers });
          requests += 1;
          const text = await response.text();
          assert.equal(response.status, 200, `${id}: ${inner}`);
          assert.ok(holdsDataOf(own, text), `${id}: ${inner} lacks its own data`);
          assert.ok(!holdsDataOf(other, text), `${id}: ${inner} shows ${other.id}'s data`);
        }
      });
    }

    it('draws each region’s own diagram of a version both regions number alike', async () => {
      // Both regions have a version 2 of hulpverlening, each with its own first question.
      for (const first of regionIds) {
        for (const id of [first, otherRegion(first)]) {
          const own = site.regions[id];
          const other = site.regions[otherRegion(id)];
          for (const inner of [
            '/boom/hulpverlening/overzicht.svg',
            '/boom/hulpverlening/overzicht',
          ]) {
            const text = await (await site.fetch(own.url(inner))).text();
            requests += 1;
            assert.ok(holdsDataOf(own, text), `${id}: ${inner} lacks its own question`);
            assert.ok(!holdsDataOf(other, text), `${id}: ${inner} shows ${other.id}'s question`);
          }
        }
      }
    });

    it('counts a walk in the region it was walked in only', async () => {
      const total = async (id: RegionId) =>
        (await site.regions[id].store.rawUsageRows()).reduce(
          (sum, row) => sum + Number(row.count),
          0,
        );
      // Walks of the tests before are written a second after them: let those land first.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const before = {
        groningen: await total('groningen'),
        westerkwartier: await total('westerkwartier'),
      };
      const { treeId, version } = site.regions.westerkwartier.ids;
      const response = await site.fetch(site.regions.westerkwartier.url('/api/v1/gebruik'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
        body: JSON.stringify({
          tree: treeId,
          version,
          events: [{ kind: 'question-shown', node: 'reden' }],
        }),
      });
      requests += 1;
      assert.ok(response.status < 300, `the beacon answered ${response.status}`);
      // The recorder writes a moment later.
      await eventually(
        async () => ((await total('westerkwartier')) > before.westerkwartier ? true : undefined),
        5000,
      );
      assert.equal(await total('groningen'), before.groningen);
    });

    // Last: a failed sign-in is written in the log of the region signed in to, address and all.
    for (const fromId of regionIds) {
      const toId = otherRegion(fromId);
      it(`does not let a user of ${fromId} sign in on ${toId}`, async () => {
        const from = site.regions[fromId];
        const to = site.regions[toId];
        for (const role of roles) {
          const response = await site.fetch(to.url('/beheer/inloggen'), {
            method: 'POST',
            body: new URLSearchParams({
              email: from.users[role].email,
              wachtwoord: 'een lang genoeg testwachtwoord',
            }),
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded',
              Origin: 'http://localhost',
              'Sec-Fetch-Site': 'same-origin',
            },
          });
          requests += 1;
          assert.notEqual(response.status, 303, `${fromId} ${role}`);
          assert.equal(response.headers.getSetCookie().length, 0, `${fromId} ${role}`);
          assert.match(await response.text(), /E-mailadres of wachtwoord klopt niet|klopt niet/);
        }
      });
    }

    it('made every request of the matrix, with no leak', (t) => {
      t.diagnostic(
        `isolation matrix: ${requests} requests over ${routes.length} routes, ${leaks.length} leaks`,
      );
      assert.ok(requests > 3000, `only ${requests} requests`);
      assert.deepEqual(leaks, []);
    });
  });
