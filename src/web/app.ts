// The HTTP application: pages, API, static assets, security headers, and one
// place where errors become responses.

import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { renderPdfJob } from '../render/pdf-job.ts';
import { Accounts } from '../services/accounts/accounts.ts';
import { Authentication } from '../services/accounts/authentication.ts';
import { SharedRulesAdmin } from '../services/shared-rules-admin.ts';
import { SourceReview } from '../services/source-review.ts';
import { isStoreUnavailable } from '../store/store-unavailable.ts';
import { html } from '../views/html.ts';
import { usageBeaconRoute } from './api/usage-beacon-route.ts';
import { distDir } from './assets.ts';
import { authenticate } from './auth/authenticate.ts';
import { csrfProtection } from './auth/csrf.ts';
import { signInRoutes } from './auth/sign-in-routes.ts';
import { accountsRoutes } from './beheer/accounts/accounts-routes.ts';
import { usageDashboardRoutes } from './beheer/usage/usage-dashboard-routes.ts';
import { requestClient } from './client-address.ts';
import { publicEvaluationRoutes } from './public/evaluation-form-routes.ts';
import '../services/dutch-validation.ts';
import { defaultRegionId } from '../core/regions/region.ts';
import { adminApiRoutes } from './api/admin-api-routes.ts';
import { apiRoutes } from './api/api-routes.ts';
import type { AppEnv } from './auth/principal.ts';
import { beheerRoutes } from './beheer/beheer-routes.ts';
import { evaluationRoutes } from './beheer/evaluation/evaluation-routes.ts';
import { figureRoutes } from './beheer/figures/figure-routes.ts';
import { regionSettingsRoutes } from './beheer/region-settings-routes.ts';
import { bodyLimits } from './body-limits.ts';
import { compression } from './compression.ts';
import { type AppInput, type BeheerDeps, completeDeps } from './deps.ts';
import { PdfCache } from './pdf-cache.ts';
import { HttpProblem, problemContentType } from './problem.ts';
import { diagramRoutes } from './public/diagram-routes.ts';
import { embedHeaders, embedRoutes } from './public/embed-routes.ts';
import { layout } from './public/layout.ts';
import { errorPage } from './public/message-pages.ts';
import { pageRoutes } from './public/page-routes.ts';
import { takeAlongRoutes } from './public/take-along-routes.ts';
import {
  defaultRateLimits,
  type RateLimit,
  type RateLimiter,
  rateLimit,
  rateLimitersFor,
  tooManyRequestsText,
} from './rate-limit.ts';
import { isApiPath, refusalResponse } from './refusal-response.ts';
import { regionLinks } from './regions/region-links.ts';
import { regionThemeRoute } from './regions/region-theme-route.ts';
import { securityHeaders } from './security-headers.ts';

const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00617f"/><path d="M16 5 7 17h5l-4 6h7v4h2v-4h7l-4-6h5z" fill="#fff"/></svg>';

export function createApp(input: AppInput): Hono<AppEnv> {
  const deps = completeDeps(input);
  const app = new Hono<AppEnv>();
  // A region other than the default is served under its own path.
  const mounted = deps.region && deps.region.id !== defaultRegionId ? deps.region.id : undefined;

  if (deps.log) {
    const log = deps.log;
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      // Path only: the query string holds a walk's answers (SPEC §8).
      log(
        `${c.req.method} ${mounted ? `/${mounted}` : ''}${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`,
      );
    });
  }
  // Outside everything else, so it compresses the final response, error pages included.
  app.use(compression());
  // Inside the compression: links are turned into the region's paths before it.
  if (mounted) app.use(regionLinks(mounted));
  app.use(
    requestClient({
      tls: deps.secureCookies === true,
      ...(deps.trustedProxies ? { trustedProxies: deps.trustedProxies } : {}),
      ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
      ...(mounted ? { pathPrefix: `/${mounted}` } : {}),
    }),
  );
  // Before the security headers, so it can loosen framing for /embed/boom/* after them.
  app.use(embedHeaders(deps.embedOrigins ?? []));
  app.use(securityHeaders({ tls: deps.secureCookies === true }));

  // Before any route or sign-in check reads a body.
  app.use(bodyLimits(deps.assets));

  const limits = deps.rateLimits ?? defaultRateLimits;
  const refuse = (c: Context<AppEnv>, retryAfter: number) =>
    refusalResponse(
      c,
      new HttpProblem(
        429,
        'Te veel verzoeken',
        tooManyRequestsText(retryAfter),
        [],
        {},
        {
          'Retry-After': String(retryAfter),
        },
      ),
      deps.assets,
    );
  // A limit of 0 is off: then the route does not pass through a limiter at all.
  // The limiters are shared by every region's app when given: an address gets no more by using more regions.
  const limiters = deps.rateLimiters ?? rateLimitersFor(limits);
  const limited: [string, RateLimit, RateLimiter][] = [
    ['/api/v1/trees/:treeId/evaluate', limits.evaluate, limiters.evaluate],
    ['/evaluatie/*', limits.evaluationAnswers, limiters.evaluationAnswers],
    ['/api/v1/gebruik', limits.usageEvents, limiters.usageEvents],
  ];
  for (const [path, rule, limiter] of limited)
    if (rule.limit > 0) app.use(path, rateLimit(rule, deps.now, refuse, limiter));

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/favicon.svg', (c) =>
    c.body(favicon, 200, {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
  if (deps.region) regionThemeRoute(app, deps.region);
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301));
  app.use(
    '/static/*',
    serveStatic({
      root: `${distDir}public`,
      rewriteRequestPath: (path) => path.replace(/^\/static/, ''),
      // The build writes a .br and a .gz beside each file (scripts/build.ts).
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );

  const pdfs =
    deps.pdfCache?.scoped(deps.region?.id ?? '') ??
    new PdfCache({
      render: deps.renderPdf ?? renderPdfJob,
      today: deps.today,
      ...(deps.pdfCacheBytes === undefined ? {} : { maxBytes: deps.pdfCacheBytes }),
    });
  pageRoutes(app, deps);
  diagramRoutes(app, deps, pdfs);
  embedRoutes(app, deps);
  takeAlongRoutes(app, deps, pdfs);
  apiRoutes(app, deps);
  // Beheer: registered only when there is a store. One line per module.
  if (deps.store && deps.admin) {
    const beheer: BeheerDeps = {
      ...deps,
      store: deps.store,
      admin: deps.admin,
      // Publishing the shared rules publishes trees: it tells whom the tree admin tells.
      // …and keeps the same clock, so both agree on which versions are in force.
      sharedRules: new SharedRulesAdmin(deps.store, deps.admin.published, deps.admin.today, {
        publishNeedsConfirmedAssumptions: () =>
          deps.region?.definition().publishNeedsConfirmedAssumptions ?? false,
      }),
      review: new SourceReview(deps.store),
      accounts: new Accounts(deps.store),
      authentication: new Authentication(deps.store, deps.now),
    };
    const signedIn = [authenticate(beheer), csrfProtection()] as const;
    for (const path of ['/beheer', '/beheer/*', '/api/v1/admin/*']) app.use(path, ...signedIn);
    signInRoutes(app, beheer);
    accountsRoutes(app, beheer);
    adminApiRoutes(app, beheer);
    beheerRoutes(app, beheer);
    publicEvaluationRoutes(app, beheer);
    evaluationRoutes(app, beheer);
    usageBeaconRoute(app, beheer);
    usageDashboardRoutes(app, beheer);
    figureRoutes(app, beheer);
    regionSettingsRoutes(app, beheer);
  }

  app.notFound((c) => {
    const detail = isApiPath(c.req.path)
      ? `Er is geen API-adres ${c.req.method} ${c.req.path}.`
      : 'Deze pagina bestaat niet (meer).';
    const heading = 'Pagina niet gevonden';
    return refusalResponse(
      c,
      new HttpProblem(404, 'Niet gevonden', detail, [], { heading }),
      deps.assets,
    );
  });

  app.onError((error, c) => {
    if (isStoreUnavailable(error)) {
      // Public walks come from memory and keep working; this request needed the database.
      console.error(`${c.req.method} ${c.req.path}: database unavailable`);
      return refusalResponse(c, storeUnavailable(c.req.method), deps.assets);
    }
    if (error instanceof HttpProblem) return refusalResponse(c, error, deps.assets);
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    if (c.req.path.startsWith('/api/')) {
      const body = {
        title: 'Interne fout',
        status: 500,
        detail: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
      };
      return c.body(JSON.stringify(body), 500, { 'Content-Type': problemContentType });
    }
    return c.html(
      layout({ title: 'Er ging iets mis', main: html`${errorPage()}`, assets: deps.assets }),
      500,
    );
  });

  return app;
}

function storeUnavailable(method: string): HttpProblem {
  const detail =
    'De database is op dit moment niet bereikbaar, dus opslaan en beheren kan even niet. De Woonkansboom zelf werkt gewoon. Probeer het over een paar minuten opnieuw.';
  const hint =
    method === 'POST'
      ? 'Wat u net hebt verstuurd, is niet opgeslagen. Ga terug met de knop Vorige van uw browser: daar staat uw invoer nog. Verstuur het later opnieuw.'
      : undefined;
  return new HttpProblem(503, 'Even niet beschikbaar', detail, [], hint ? { hint } : {}, {
    'Retry-After': '30',
  });
}
