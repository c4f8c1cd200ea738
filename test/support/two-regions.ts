// Two regions on one install, wired exactly as src/web/main.ts wires the real
// server (openStore → regionDirectory → openRegionApp → regionAppCache →
// regionRouter), over SQLite files in a temporary DATA_DIR (or a throw-away
// PostgreSQL schema): groningen (the default, in the main store) and
// westerkwartier (its own store: DATA_DIR/regions/westerkwartier/, or the
// schema `<schema>_regio_westerkwartier`). Each region gets the default trees and
// shared rules, users of every role signed in through its own sign-in form,
// an API token per role, and data that carries a marker of its own (a
// published version 2 and a draft of hulpverlening with the marker in the
// title and the first question, a round with a response, a year of figures,
// usage counts, e-mail addresses, token labels), so a test can tell whose
// data a response holds.
import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import { defaultRegionDefinition } from '../../src/content/region-content.ts';
import { responseFields } from '../../src/core/evaluation/evaluation-response.ts';
import { defaultRegionId, type RegionDefinition } from '../../src/core/regions/region.ts';
import { hashPassword } from '../../src/services/accounts/password-hash.ts';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import { SharedRulesAdmin } from '../../src/services/shared-rules-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { openRegionStore } from '../../src/store/region-stores.ts';
import { type Role, roles, type Store } from '../../src/store/store.ts';
import { amsterdamDate } from '../../src/views/amsterdam-date.ts';
import { csrfTokenFor, sessionCookieName } from '../../src/web/auth/session.ts';
import { openRegionApp, type SiteSettings } from '../../src/web/regions/open-region-app.ts';
import { regionAppCache } from '../../src/web/regions/region-apps.ts';
import { regionDirectory } from '../../src/web/regions/region-directory.ts';
import { publicPath } from '../../src/web/regions/region-paths.ts';
import { regionCookieName, regionRouter } from '../../src/web/regions/region-router.ts';
import { postgresTestDatabase, sqliteTestDatabase } from '../store/test-databases.ts';
import { testAssets, testNow } from './test-app.ts';
import { filledIn } from './test-evaluation.ts';
import { testPassword } from './test-sign-in.ts';

export type RegionId = 'groningen' | 'westerkwartier';
export const regionIds: readonly RegionId[] = ['groningen', 'westerkwartier'];
export const otherRegion = (id: RegionId): RegionId =>
  id === 'groningen' ? 'westerkwartier' : 'groningen';

const westerkwartier: RegionDefinition = {
  id: 'westerkwartier',
  name: 'Westerkwartier',
  owner: 'Regio Westerkwartier',
  municipalities: [{ name: 'Westerkwartier', aliases: ['Leek', 'Zuidhorn', 'Marum'] }],
  publishNeedsConfirmedAssumptions: false,
};

/** A user of a region, signed in through that region's own sign-in form. */
export interface RegionUser {
  id: number;
  email: string;
  /** The `name=value` of the session cookie as the browser holds it (the region's name). */
  cookie: string;
  /** The session token itself. */
  sessionToken: string;
  csrfToken: string;
  /** `Bearer …` for an API token of this user. */
  bearer: string;
  tokenId: number;
}

export interface SiteRegion {
  id: RegionId;
  /** The region's own store (a second connection to it, for looking inside). */
  store: Store;
  /** The public path of a path of the region's app. */
  url(innerPath: string): string;
  /** The name of the region's session cookie in the browser. */
  cookieName: string;
  users: Record<Role, RegionUser>;
  /** Text found only in this region's data: trees, drafts, rounds, figures, tokens, e-mail addresses. */
  marker: string;
  /** The usage count stored in this region only (a number no other region has). */
  usageCount: number;
  /** Real ids of this region's data, to fill in route parameters. */
  ids: { treeId: string; version: number; roundId: number; roundSlug: string; year: number };
}

export interface TwoRegions {
  /** A request through the region router, as the server passes it on. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  regions: Record<RegionId, SiteRegion>;
  /** The app of a region as the router reaches it (the default's or one from the cache). */
  appOf(id: RegionId): Promise<{ routes: { method: string; path: string }[] }>;
  close(): Promise<void>;
}

const usageCounts: Record<RegionId, number> = { groningen: 4817, westerkwartier: 9263 };

export async function twoRegions(
  options: { database?: 'sqlite' | 'postgres' } = {},
): Promise<TwoRegions> {
  const now = () => testNow;
  const today = () => amsterdamDate(now());
  const database =
    options.database === 'postgres' ? await postgresTestDatabase() : sqliteTestDatabase();
  const storeOptions = database.options;

  // As main.ts: the main store, seeded; the regions listed in it.
  const mainStore = await openStore(storeOptions);
  await mainStore.createRegion(westerkwartier.id, westerkwartier, null);
  // The westerkwartier store as the test sees it: the same file its app opens.
  const stores: Record<RegionId, Store> = {
    groningen: mainStore,
    westerkwartier: await openRegionStore(storeOptions, westerkwartier.id),
  };
  const seeded = {
    groningen: await seed(stores.groningen, 'groningen', today),
    westerkwartier: await seed(stores.westerkwartier, 'westerkwartier', today),
  };
  const defaultRegion = defaultRegionDefinition();
  const directory = regionDirectory(mainStore, defaultRegion);
  const site: SiteSettings = { assets: testAssets, now };
  const main = await openRegionApp(mainStore, site, {
    id: defaultRegion.id,
    definition: () => directory.current(defaultRegion.id) ?? defaultRegion,
  });
  const regions = regionAppCache(directory, async (region) => {
    const regionStore = await openRegionStore(storeOptions, region.id);
    try {
      return await openRegionApp(
        regionStore,
        site,
        { id: region.id, definition: () => directory.current(region.id) ?? region },
        { closeStore: () => regionStore.close() },
      );
    } catch (error) {
      await regionStore.close();
      throw error;
    }
  });
  const router = regionRouter(main.app, regions);
  const fetch = (path: string, init?: RequestInit) =>
    router(new Request(new URL(path, 'http://localhost'), init));

  const passwordHash = await hashPassword(testPassword);

  const prepare = async (id: RegionId): Promise<SiteRegion> => {
    const store = stores[id];
    const { marker, treeId, version, year } = seeded[id];
    const url = (innerPath: string) => publicPath(id, innerPath);
    const cookieName = id === defaultRegionId ? sessionCookieName : regionCookieName(id);

    const users = {} as Record<Role, RegionUser>;
    for (const role of roles) {
      const email = `${role}.${marker.toLowerCase()}@${id}.test`;
      const user = await store.createUser({ email, role, passwordHash });
      const response = await fetch(url('/beheer/inloggen'), {
        method: 'POST',
        body: new URLSearchParams({ email, wachtwoord: testPassword }),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: 'http://localhost',
          'Sec-Fetch-Site': 'same-origin',
        },
      });
      const set = new RegExp(`(?:^|,\\s*)${cookieName}=([^;,]+)`).exec(
        response.headers.get('set-cookie') ?? '',
      );
      if (response.status !== 303 || !set?.[1])
        throw new Error(`signing in as ${role} of ${id} failed: ${response.status}`);
      const token = newToken();
      const record = await store.createToken({
        userId: user.id,
        tokenHash: hashToken(token),
        label: `Sleutel ${marker}`,
      });
      users[role] = {
        id: user.id,
        email,
        cookie: `${cookieName}=${set[1]}`,
        sessionToken: set[1],
        csrfToken: csrfTokenFor(set[1]),
        bearer: `Bearer ${token}`,
        tokenId: record.id,
      };
    }

    // A round through the region's own beheer, and one response with the marker as the name.
    const beheerder = users.beheerder;
    const made = await fetch(url('/beheer/evaluatie/nieuwe-ronde'), {
      method: 'POST',
      body: new URLSearchParams({
        _csrf: beheerder.csrfToken,
        titel: `Ronde ${marker}`,
        vanaf: '1-11-2026',
        tot: '31-12-2026',
      }),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://localhost',
        Cookie: beheerder.cookie,
      },
    });
    const roundId = Number(/\/rondes\/(\d+)\?/.exec(made.headers.get('location') ?? '')?.[1]);
    if (made.status !== 303 || !roundId)
      throw new Error(`no round made in ${id}: ${made.status} ${made.headers.get('location')}`);
    const roundPage = await (
      await fetch(url(`/beheer/evaluatie/rondes/${roundId}`), {
        headers: { Cookie: beheerder.cookie },
      })
    ).text();
    const roundSlug = /\/evaluatie\/([A-Za-z0-9_-]{20,})"/.exec(roundPage)?.[1];
    if (!roundSlug) throw new Error(`no public link on the round page of ${id}`);
    const answered = await fetch(url(`/evaluatie/${roundSlug}`), {
      method: 'POST',
      body: new URLSearchParams(filledIn({ [responseFields.name]: `Naam ${marker}` })),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
    });
    if (answered.status >= 400) throw new Error(`no response stored in ${id}: ${answered.status}`);

    return {
      id,
      store,
      url,
      cookieName,
      users,
      marker,
      usageCount: usageCounts[id],
      ids: { treeId, version, roundId, roundSlug, year },
    };
  };

  const prepared = {
    groningen: await prepare('groningen'),
    westerkwartier: await prepare('westerkwartier'),
  };

  return {
    fetch,
    regions: prepared,
    async appOf(id) {
      if (id === defaultRegionId) return main.app;
      const app = await regions.appFor(id);
      if (!app) throw new Error(`no app for ${id}`);
      return app;
    },
    async close() {
      await Promise.allSettled([main.close(), regions.close()]);
      await stores.westerkwartier.close();
      await mainStore.close();
      await database.dispose();
    },
  };
}

/** The default trees and shared rules, and data of the region's own with its marker in it. */
async function seed(store: Store, id: RegionId, today: () => ReturnType<typeof amsterdamDate>) {
  const marker = `MERK-${id}-${Math.random().toString(36).slice(2, 8)}`;
  await store.seedTrees(defaultTreeContents(), null, today());
  await new SharedRulesAdmin(store, undefined, today).seed(loadSharedRules());
  // A version and a draft of its own, with the marker in the title.
  const treeId = 'hulpverlening';
  const draft = await store.draft(treeId);
  if (!draft) throw new Error(`no draft of ${treeId} in ${id}`);
  // The marker in the title and in the first question (which the diagrams show).
  const titled = (title: string) => {
    const tree = draft.content.tree as { nodes: { text?: string }[] };
    const [first, ...rest] = tree.nodes;
    return {
      ...draft.content,
      tree: { ...tree, title, nodes: [{ ...first, text: `${first?.text} (${marker})` }, ...rest] },
    };
  };
  const published = await store.publish(
    treeId,
    titled(`Hulpverlening ${marker} gepubliceerd`),
    `Versie ${marker}`,
    null,
    // In force on the test's today, so the public pages show it.
    { geldigVanaf: today() },
  );
  const saved = await store.saveDraft(
    treeId,
    titled(`Hulpverlening ${marker} concept`),
    draft.revision,
    null,
  );
  if (!saved.ok) throw new Error(`draft of ${id} not saved`);
  const year = 2012;
  await store.addRegistrationFigure(
    year,
    { evictions: 31, registrations: 4, note: `Cijfer ${marker}` },
    null,
  );
  await store.addUsageCounts([
    {
      day: '2026-10-15',
      kind: 'outcome-reached',
      treeId,
      treeVersion: published.version,
      orgType: '',
      nodeId: '',
      outcomeId: 'tweedekans',
      verdict: 'ja',
      count: usageCounts[id],
    },
  ]);
  return { marker, treeId, version: published.version, year };
}
