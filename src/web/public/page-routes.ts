// Server-rendered pages: start, trajectories, the service pages (privacy,
// accessibility, contact, API) and the walk. A walk is a GET form per
// question; the URL is the state.
import type { Hono } from 'hono';
import { findPlace } from '../../core/regions/municipality-finder.ts';
import { defaultRegionId } from '../../core/regions/region.ts';
import { isOrgType } from '../../core/usage/usage-org.ts';
import { cachedDiagramLayout } from '../../render/diagram-cache.ts';
import { diagramSvg } from '../../render/diagram-svg.ts';
import { html } from '../../views/html.ts';
import { isOtherAddress, parseWalkQuery } from '../../views/walk-url.ts';
import { walkView } from '../../views/walk-view.ts';
import { openApiDocument } from '../api/openapi.ts';
import type { AppEnv } from '../auth/principal.ts';
import { publicOrigin } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import type { PublishedTree } from '../published-tree.ts';
import { defaultRateLimits } from '../rate-limit.ts';
import { accessibilityPage } from './accessibility-page.ts';
import { apiPage } from './api-page.ts';
import { contactPage } from './contact-page.ts';
import { homePage } from './home-page.ts';
import { layout, walkScriptRules } from './layout.ts';
import { ownerContact } from './owner-contact.ts';
import { privacyPage } from './privacy-page.ts';
import { finderField, finderTitle, foundElsewhereHref, typedPlace } from './region-finder-page.ts';
import { resolveWalk } from './resolve-walk.ts';
import { trajectoryEntries, trajectoryListPage, trajectoryPage } from './trajectory-pages.ts';
import { walkPageEvents } from './walk-usage.ts';

type PictureSize = { width: number; height: number };
const pathPictureSizes = new WeakMap<PublishedTree, PictureSize>();

/** The size of the version's picture with a path marked (`overzicht.svg?pad=…`), once per version. */
async function pathPictureSize(published: PublishedTree): Promise<PictureSize | undefined> {
  const known = pathPictureSizes.get(published);
  if (known) return known;
  const layout = await cachedDiagramLayout(published.tree);
  const svg = diagramSvg(layout, { highlight: [published.tree.start] });
  const match = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (!match) return undefined;
  const size = { width: Math.round(Number(match[1])), height: Math.round(Number(match[2])) };
  pathPictureSizes.set(published, size);
  return size;
}

export function pageRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { catalog, assets } = deps;

  app.get('/', async (c) => {
    const trees = catalog.list();
    const typed = typedPlace(new URL(c.req.url).searchParams);
    const own = deps.region?.definition();
    // A region's own start page: named after it, and confirming a place found in it.
    if (own && own.id !== defaultRegionId) {
      const result = typed === undefined ? undefined : findPlace([own], typed);
      const found = result?.kind === 'gevonden' ? { found: result.match } : {};
      // The site's root, not the region's (publicOrigin ends in the region's path here).
      const finderHref = `${new URL(publicOrigin(c)).origin}/#${finderField}`;
      const main = homePage(trees, assets, { region: own, finderHref, ...found });
      return c.html(layout({ title: `Regio ${own.name}`, main, assets }));
    }
    const regions = deps.regions ? await deps.regions() : [];
    if (regions.length < 2)
      return c.html(layout({ title: 'Start', main: homePage(trees, assets), assets }));
    // The site's start page: which region, by the municipality of the client's home.
    const result = typed === undefined ? undefined : findPlace(regions, typed);
    if (result?.kind === 'gevonden' && result.match.region.id !== defaultRegionId)
      return c.redirect(foundElsewhereHref(result.match, typed ?? ''), 303);
    const main = homePage(trees, assets, { finder: { regions, typed, result, trees } });
    return c.html(layout({ title: finderTitle(result, 'Start'), main, assets }));
  });

  app.get('/privacy', (c) => c.html(layout({ title: 'Privacy', main: privacyPage(), assets })));

  app.get('/toegankelijkheid', (c) =>
    c.html(
      layout({
        title: 'Toegankelijkheidsverklaring',
        main: accessibilityPage(ownerContact(catalog.list())),
        assets,
      }),
    ),
  );

  app.get('/contact', (c) =>
    c.html(layout({ title: 'Contact', main: contactPage(ownerContact(catalog.list())), assets })),
  );

  app.get('/api', (c) =>
    c.html(
      layout({
        title: 'API voor koppelingen',
        description:
          'De API van de Woonkansboom: dezelfde vragen en uitkomsten in uw eigen systeem, zonder sleutel. Met een voorbeeld en alle adressen.',
        main: apiPage({
          origin: publicOrigin(c),
          document: openApiDocument,
          evaluateLimit: (deps.rateLimits ?? defaultRateLimits).evaluate,
        }),
        assets,
      }),
    ),
  );

  app.get('/trajecten', (c) =>
    c.html(
      layout({
        title: 'Trajecten',
        main: trajectoryListPage(trajectoryEntries(catalog.list())),
        assets,
      }),
    ),
  );

  app.get('/trajecten/:id', (c) => {
    const entry = trajectoryEntries(catalog.list()).find(
      ({ trajectory }) => trajectory.id === c.req.param('id'),
    );
    if (!entry) {
      throw new HttpProblem(404, 'Niet gevonden', 'Dit traject bestaat niet.', [], {
        heading: 'Pagina niet gevonden',
      });
    }
    return c.html(layout({ title: entry.trajectory.title, main: trajectoryPage(entry), assets }));
  });

  app.get('/boom/:treeId', async (c) => {
    const url = new URL(c.req.url);
    const query = parseWalkQuery(url.searchParams);
    // An unknown organisation type leaves the URL by the redirect to the clean address.
    if (!isOrgType(query.org)) delete query.org;
    const treeId = c.req.param('treeId');
    const basePath = `/boom/${treeId}`;
    const { walk, published } = await resolveWalk(deps, treeId, query, basePath, url);
    let view = walkView(walk, query);
    if (view.step.status === 'outcome') {
      // The path picture gets its size, so the page does not shift when it loads.
      const diagramSize = await pathPictureSize(published);
      if (diagramSize) view = walkView({ ...walk, diagramSize }, query);
    }
    if (!view.invalid) deps.usage?.record(walkPageEvents(walk, query, view.step));
    if (!view.invalid && isOtherAddress(view.href, url.search)) {
      return c.redirect(view.href, 303);
    }
    const page = layout({
      title: view.title,
      main: html`${view.main}`,
      assets,
      walk: { treeId, version: published.version, basePath, ...walkScriptRules(walk) },
    });
    return c.html(page, view.invalid ? 422 : 200);
  });
}
