// `npm start`: open the store (embedded SQLite in DATA_DIR, or PostgreSQL at
// DATABASE_URL), make the default trees version 1 on first start, and serve
// the Woonkansboom on HOST:PORT.
import { serve } from '@hono/node-server';
import { defaultTreeContents, loadSharedRules } from '../content/default-content.ts';
import { defaultRegionDefinition } from '../content/region-content.ts';
import { treeSchema } from '../core/tree/tree.ts';
import { pdfWorkers } from '../render/pdf-workers.ts';
import { SharedRulesAdmin } from '../services/shared-rules-admin.ts';
import { storeOptionsFromEnv } from '../store/open-store.ts';
import { openMainStore, openRegionStore } from '../store/region-stores.ts';
import { sharedConnections } from '../store/shared-connections.ts';
import { openStoreWhenReachable } from '../store/store-when-reachable.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import { loadAssets } from './assets.ts';
import { parsePublicUrl, parseTrustedProxies } from './forwarded.ts';
import { PdfCache } from './pdf-cache.ts';
import { parseEmbedOrigins } from './public/embed-routes.ts';
import { displayOrder, publishTree } from './published-tree.ts';
import { rateLimitersFor, rateLimitsFromEnv } from './rate-limit.ts';
import { openRegionApp, type SiteSettings } from './regions/open-region-app.ts';
import { regionAppCache } from './regions/region-apps.ts';
import { regionDirectory } from './regions/region-directory.ts';
import { regionRouter } from './regions/region-router.ts';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';

// The settings the environment gives, read before anything is opened: a
// malformed one stops the start with the one line that says what to fix (a
// stack trace would bury it).
function settingsFromEnv() {
  return {
    embedOrigins: parseEmbedOrigins(process.env.EMBED_ORIGINS),
    trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES),
    publicUrl: parsePublicUrl(process.env.PUBLIC_URL),
  };
}
let settings: ReturnType<typeof settingsFromEnv>;
try {
  settings = settingsFromEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { embedOrigins, trustedProxies, publicUrl } = settings;

const assets = loadAssets();
const storeOptions = storeOptionsFromEnv();
// One pool and one LISTEN connection (PostgreSQL) for the main store and every region's.
const connections = sharedConnections(storeOptions);
// While the database is away at start, the server starts anyway: walks serve
// the default content, whatever needs the database answers 503, and the store
// is opened (migrated, seeded) in the background as soon as it can be.
const { store } = await openStoreWhenReachable(() => openMainStore(storeOptions, connections), {
  kind: storeOptions.databaseUrl ? 'postgres' : 'sqlite',
  async prepare(opened) {
    const seeded = await opened.seedTrees(defaultTreeContents(), null);
    if (seeded.length > 0)
      console.log(`Default content published as version 1 of: ${seeded.join(', ')}`);
    // The shared rules (SPEC §11), also on a store from before they existed.
    if (await new SharedRulesAdmin(opened).seed(loadSharedRules()))
      console.log('Shared rules published as version 1.');
  },
});
const defaultRegion = defaultRegionDefinition();
const rateLimits = rateLimitsFromEnv(process.env);
// Beside this module in dist/server/ (scripts/build.ts bundles both).
const renderPdf = pdfWorkers(new URL('./pdf-worker.mjs', import.meta.url));
// The install's regions; the default region answers on every path without one.
const directory = regionDirectory(store, defaultRegion);
const site: SiteSettings = {
  assets,
  now: () => new Date(),
  secureCookies: process.env.SECURE_COOKIES === '1',
  embedOrigins,
  rateLimits,
  rateLimiters: rateLimitersFor(rateLimits),
  trustedProxies,
  publicUrl,
  renderPdf,
  // One bound for the PDFs of every region.
  pdfCache: new PdfCache({ render: renderPdf, today: () => amsterdamDate(new Date()) }),
  ...(process.env.LOG_REQUESTS === '0' ? {} : { log: (line: string) => console.log(line) }),
};
const main = await openRegionApp(
  store,
  // The site's start page finds a client's region by municipality.
  { ...site, regions: () => directory.list() },
  {
    id: defaultRegion.id,
    definition: () => directory.current(defaultRegion.id) ?? defaultRegion,
  },
  {
    install: { regions: store, directory },
    whenUnreachable: () =>
      displayOrder(
        defaultTreeContents().map(({ content }) => publishTree(treeSchema.parse(content.tree), 1)),
      ),
  },
);
// Other regions: opened on first use, each over its own store.
const regions = regionAppCache(directory, async (region) => {
  const regionStore = await openRegionStore(storeOptions, region.id, connections);
  try {
    return await openRegionApp(
      regionStore,
      site,
      { id: region.id, definition: () => directory.current(region.id) ?? region },
      { closeStore: () => regionStore.close(), install: { regions: store, directory } },
    );
  } catch (error) {
    await regionStore.close();
    throw error;
  }
});

const server = serve({ fetch: regionRouter(main.app, regions), port, hostname }, (info) => {
  console.log(`Woonkansboom listens on http://${hostname}:${info.port} (${store.kind} store)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => {
      Promise.allSettled([main.close(), regions.close()])
        .then(() => store.close())
        .then(() => connections.close())
        .finally(() => process.exit(0));
    });
  });
}
