// Inside a region's app: every root-relative link the app writes (HTML and
// SVG attributes, the JSON API's links, redirects) is turned into the
// region's public path (region-paths.ts). Registered just
// inside the compression, so it sees the page before it is compressed.
// Pages stay written once, for every region, with plain root paths.
import type { MiddlewareHandler } from 'hono';
import { publicPath } from './region-paths.ts';

const attributeLink = /(\s(?:href|action|src|formaction|content|data-[a-z-]+)=")(\/[^"]*)"/g;
// A JSON string that is a path of the app: links in API answers.
const jsonLink = /"(\/(?:boom|trajecten|embed|api\/v1|beheer|evaluatie)(?:[/?#][^"]*)?)"/g;

export function rewriteHtmlLinks(regionId: string, html: string): string {
  return html.replace(
    attributeLink,
    (_all, before: string, path: string) => `${before}${publicPath(regionId, path)}"`,
  );
}

export function rewriteJsonLinks(regionId: string, json: string): string {
  return json.replace(jsonLink, (_all, path: string) => `"${publicPath(regionId, path)}"`);
}

export function regionLinks(regionId: string): MiddlewareHandler {
  return async (c, next) => {
    // An API call that changes something answers JSON without root links or
    // redirects (evaluate writes the region's path itself): left untouched, its
    // response keeps the server's fast way out (reading its headers would not).
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.path.startsWith('/api/'))
      return next();
    await next();
    const res = c.res;
    const location = res.headers.get('Location');
    if (location?.startsWith('/')) res.headers.set('Location', publicPath(regionId, location));
    const type = res.headers.get('Content-Type') ?? '';
    // A diagram (SVG) links its nodes to the walk, as a page does.
    const rewrite = /^(?:text\/html|image\/svg\+xml)/.test(type)
      ? rewriteHtmlLinks
      : /^application\/(?:[a-z.+-]*\+)?json/.test(type)
        ? rewriteJsonLinks
        : undefined;
    // A precompressed file (serveStatic's .br and .gz) is bytes, not text to rewrite.
    if (!rewrite || !res.body || res.headers.has('Content-Encoding')) return;
    const body = rewrite(regionId, await res.text());
    const headers = new Headers(res.headers);
    headers.delete('Content-Length');
    // Hono copies the old response's headers onto a new one (Content-Length too): drop it first.
    c.res = undefined as unknown as Response;
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}
