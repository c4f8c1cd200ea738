// The one place requests meet regions. A path that names a region goes to
// that region's app (made on first use, over the region's own store), with
// the region taken out of the path; every other path goes to the default
// region's app, as before regions. Because each app only holds its own
// region's store, no route can reach another region's trees, people or data:
// isolation is enforced here, not per route.
//
// Sessions: each region signs in on its own cookie (`wkb_sessie` for the
// default region, `wkb_sessie_<regio>` for another); the region's app sees
// only its own, under the usual name.
import type { Hono } from 'hono';
import { defaultRegionId } from '../../core/regions/region.ts';
import { sessionCookieName } from '../auth/session.ts';
import { problemContentType } from '../problem.ts';
import { regionOfPath } from './region-paths.ts';

// biome-ignore lint/suspicious/noExplicitAny: apps with any environment are routed alike.
type App = Hono<any>;

export interface RegionApps {
  /** The app of a region other than the default; undefined when there is no such region. */
  appFor(regionId: string): Promise<App | undefined>;
}

export const regionCookieName = (regionId: string) => `${sessionCookieName}_${regionId}`;

/**
 * The Cookie header as a region's app sees it: its own session cookie under
 * the usual name, and no other region's (the default region's included).
 */
export function cookiesForRegion(header: string | null, regionId: string): string | null {
  if (!header) return header;
  // The default region's own cookie has the usual name already.
  const own = regionId === defaultRegionId ? sessionCookieName : regionCookieName(regionId);
  const kept: string[] = [];
  for (const part of header.split(';')) {
    const cookie = part.trim();
    const equals = cookie.indexOf('=');
    // Names are compared as the app's cookie parser reads them: trimmed.
    const name = (equals < 0 ? cookie : cookie.slice(0, equals)).trim();
    if (name === sessionCookieName || name.startsWith(`${sessionCookieName}_`)) {
      if (name === own && equals >= 0)
        kept.push(`${sessionCookieName}=${cookie.slice(equals + 1).trim()}`);
      continue;
    }
    if (cookie) kept.push(cookie);
  }
  return kept.join('; ') || null;
}

function renamedSetCookies(response: Response, regionId: string): Response {
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0) return response;
  const headers = new Headers(response.headers);
  headers.delete('Set-Cookie');
  for (const cookie of cookies)
    headers.append(
      'Set-Cookie',
      cookie.startsWith(`${sessionCookieName}=`)
        ? `${regionCookieName(regionId)}=${cookie.slice(sessionCookieName.length + 1)}`
        : cookie,
    );
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function problem(status: 404 | 503, title: string, detail: string): Response {
  const body = { type: 'about:blank', title, status, detail };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': problemContentType,
      'Cache-Control': 'no-store',
      ...(status === 503 ? { 'Retry-After': '30' } : {}),
    },
  });
}

const noSuchRegion = (regionId: string) =>
  problem(404, 'Niet gevonden', `Er is geen regio "${regionId.slice(0, 60)}".`);

const unreachableText =
  'Deze regio is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw.';

/** A region whose store cannot be opened (the database away): 503, on an API path as a problem. */
function regionUnreachable(apiPath: boolean): Response {
  if (apiPath) return problem(503, 'Even niet beschikbaar', unreachableText);
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Even niet beschikbaar</title></head><body><main><h1>Even niet beschikbaar</h1><p>${unreachableText}</p></main></body></html>`;
  return new Response(page, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': '30',
    },
  });
}

/** The Cookie header, from Node's parsed headers when the server gave them (no web Headers built). */
function cookieHeader(request: Request, env: unknown): string | null {
  const incoming = (env as { incoming?: { headers?: Record<string, unknown> } } | undefined)
    ?.incoming;
  if (incoming?.headers) {
    const value = incoming.headers.cookie;
    return typeof value === 'string' ? value : Array.isArray(value) ? value.join('; ') : null;
  }
  return request.headers.get('Cookie');
}

/**
 * The same request at another URL. Everything else, the body included, is
 * read from the original only when a route asks: a new Request would read
 * Node's request stream at once, and the evaluate route's fast path reads
 * that stream itself. (A middleware that wraps it in a new Request gets the
 * original's URL back; routing is done by then, and `c.req.path` stays.)
 */
function reframed(request: Request, url: string): Request {
  return new Proxy(request, {
    get(target, property) {
      if (property === 'url') return url;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The request with the Cookie header a region's app may see. */
function withOwnCookies(request: Request, url: URL, regionId: string, env: unknown): Request {
  const header = cookieHeader(request, env);
  const cookies = cookiesForRegion(header, regionId);
  if (cookies === header) return url.href === request.url ? request : reframed(request, url.href);
  const headers = new Headers(request.headers);
  if (cookies === null) headers.delete('Cookie');
  else headers.set('Cookie', cookies);
  // A real Request: a middleware may wrap it in another (a streamed body's
  // limit), which reads the original's own headers, not a proxy's.
  return forward(request, url, headers);
}

/** The request at another URL with other headers, its body streamed on. */
function forward(request: Request, url: URL, headers: Headers): Request {
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    signal: request.signal,
  };
  if (request.body) {
    init.body = request.body;
    // Node's fetch needs it to pass a streamed body on.
    init.duplex = 'half';
  }
  return new Request(url, init);
}

export function regionRouter(defaultApp: App, regions: RegionApps) {
  const byDefault = (request: Request, url: URL, env: unknown) =>
    defaultApp.fetch(withOwnCookies(request, url, defaultRegionId, env), env);
  return async (request: Request, env?: unknown): Promise<Response> => {
    const url = new URL(request.url);
    const wanted = regionOfPath(url.pathname);
    if (!wanted) return byDefault(request, url, env);
    const inner = new URL(url);
    inner.pathname = wanted.innerPath;
    if (wanted.regionId === defaultRegionId) return byDefault(request, inner, env);
    // The API in any of its forms (/api/v1/regions/x/…, /x/api/v1/…) answers in problem+json.
    const api = wanted.innerPath.startsWith('/api/');
    let app: App | undefined;
    try {
      app = await regions.appFor(wanted.regionId);
    } catch (error) {
      console.error(`Region ${wanted.regionId} could not be opened: ${(error as Error).message}`);
      return regionUnreachable(api);
    }
    if (!app) {
      // A region that does not exist: an API path says so; any other path is the default app's 404.
      if (api) return noSuchRegion(wanted.regionId);
      return byDefault(request, url, env);
    }
    const response = await app.fetch(withOwnCookies(request, inner, wanted.regionId, env), env);
    // Only beheer and the admin API sign in; elsewhere the response is left as it is
    // (reading its headers would cost the server its fast way out).
    return /^\/(?:beheer|api\/v1\/admin)(?:\/|$)/.test(wanted.innerPath)
      ? renamedSetCookies(response, wanted.regionId)
      : response;
  };
}
