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

/** The Cookie header as a region's app sees it: its own session cookie under the usual name. */
export function cookiesForRegion(header: string | null, regionId: string): string | null {
  if (!header) return header;
  const own = `${regionCookieName(regionId)}=`;
  const kept: string[] = [];
  for (const part of header.split(';')) {
    const cookie = part.trim();
    if (cookie.startsWith(`${sessionCookieName}=`) || cookie.startsWith(`${sessionCookieName}_`)) {
      if (cookie.startsWith(own)) kept.push(`${sessionCookieName}=${cookie.slice(own.length)}`);
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

function noSuchRegion(regionId: string): Response {
  const body = {
    type: 'about:blank',
    title: 'Niet gevonden',
    status: 404,
    detail: `Er is geen regio "${regionId.slice(0, 60)}".`,
  };
  return new Response(JSON.stringify(body), {
    status: 404,
    headers: { 'Content-Type': problemContentType },
  });
}

/** The request at another URL, its body streamed on. */
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
  return async (request: Request, env?: unknown): Promise<Response> => {
    const url = new URL(request.url);
    const wanted = regionOfPath(url.pathname);
    if (!wanted) return defaultApp.fetch(request, env);
    const inner = new URL(url);
    inner.pathname = wanted.innerPath;
    if (wanted.regionId === defaultRegionId)
      return defaultApp.fetch(forward(request, inner, new Headers(request.headers)), env);
    const app = await regions.appFor(wanted.regionId);
    if (!app) {
      // A region that does not exist: an API path says so; any other path is the default app's 404.
      if (url.pathname.startsWith('/api/')) return noSuchRegion(wanted.regionId);
      return defaultApp.fetch(request, env);
    }
    const headers = new Headers(request.headers);
    const cookies = cookiesForRegion(headers.get('Cookie'), wanted.regionId);
    if (cookies === null) headers.delete('Cookie');
    else headers.set('Cookie', cookies);
    return renamedSetCookies(
      await app.fetch(forward(request, inner, headers), env),
      wanted.regionId,
    );
  };
}
