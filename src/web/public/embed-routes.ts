// The walk inside partners' systems: /embed/boom/:treeId is the walk
// in a compact frame, /embed.js the one-line snippet that inserts it, /embed
// the page for partners. Only the origins on the allow-list (EMBED_ORIGINS)
// may frame the walk; every other page keeps frame-ancestors 'none'.
import type { Hono, MiddlewareHandler } from 'hono';
import { html } from '../../views/html.ts';
import { isOtherAddress, parseWalkQuery } from '../../views/walk-url.ts';
import { walkView } from '../../views/walk-view.ts';
import type { AppEnv } from '../auth/principal.ts';
import { publicOrigin } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import { embedLayout } from './embed-layout.ts';
import { partnerPage } from './embed-partner-page.ts';
import { layout, walkScriptRules } from './layout.ts';
import { resolveWalk } from './resolve-walk.ts';

export const embedBase = '/embed/boom';

/**
 * EMBED_ORIGINS: origins separated by spaces or commas
 * (`https://intranet.example.nl https://crm.example.nl:8443`).
 * A wrong entry stops the start: a silently ignored partner is harder to find.
 */
export function parseEmbedOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const plain = url && /^https?:$/.test(url.protocol) && url.origin === entry.replace(/\/$/, '');
    if (!url || !plain) {
      throw new Error(
        `EMBED_ORIGINS: "${entry}" is not an origin; write scheme://host[:port], e.g. https://intranet.example.nl`,
      );
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

function withFrameAncestors(csp: string | null, origins: readonly string[]): string {
  const sources = origins.length > 0 ? origins.join(' ') : "'none'";
  const directives = (csp ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'));
  return [...directives, `frame-ancestors ${sources}`].join('; ');
}

/**
 * Registered before the security headers, so it runs after them: on the
 * embedded walk it puts the allow-list in frame-ancestors and drops
 * X-Frame-Options (which knows no allow-list); /embed.js may be loaded by
 * other sites. Nothing under /embed/boom sets a cookie.
 */
export function embedHeaders(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const path = c.req.path;
    if (path === '/embed.js') {
      c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      return;
    }
    if (path !== embedBase && !path.startsWith(`${embedBase}/`)) return;
    c.res.headers.set(
      'Content-Security-Policy',
      withFrameAncestors(c.res.headers.get('Content-Security-Policy'), origins),
    );
    c.res.headers.delete('X-Frame-Options');
    c.res.headers.delete('Set-Cookie');
  };
}

export function embedRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { catalog, assets } = deps;

  app.get('/embed', (c) =>
    c.html(
      layout({
        title: 'De Woonkansboom in uw eigen systeem',
        main: partnerPage({
          origin: publicOrigin(c),
          trees: catalog.list(),
        }),
        assets,
      }),
    ),
  );

  app.get('/embed.js', (c) => {
    if (!assets.embedSnippet) return c.text('/embed.js is not built: run `npm run build`.', 404);
    return c.body(assets.embedSnippet, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      // Partners load one fixed address; a changed snippet reaches them within the hour.
      'Cache-Control': 'public, max-age=3600',
    });
  });

  app.get(`${embedBase}/:treeId`, async (c) => {
    const url = new URL(c.req.url);
    const query = parseWalkQuery(url.searchParams);
    const treeId = c.req.param('treeId');
    const basePath = `${embedBase}/${treeId}`;
    const { walk, published } = await resolveWalk(deps, treeId, query, basePath, url);
    const view = walkView(walk, query);
    if (!view.invalid && isOtherAddress(view.href, url.search)) {
      return c.redirect(view.href, 303);
    }
    const page = embedLayout({
      title: view.title,
      main: html`${view.main}`,
      assets,
      basePath,
      walk: { treeId, version: published.version, ...walkScriptRules(walk) },
      fullHref: view.href.replace(/^\/embed/, ''),
    });
    return c.html(page, view.invalid ? 422 : 200);
  });
}
