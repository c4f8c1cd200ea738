// The URL scheme of regions, both ways. A region's app is the same app as the
// default region's and serves the default paths (`/boom/x`, `/api/v1/…`);
// the region router (region-router.ts) maps a request's public path to that
// inner path, and region-links.ts maps every link the app writes back:
//
//   /{regio}/…                       → /…
//   /embed/{regio}/…                 → /embed/…
//   /api/v1/regions/{regio}/…        → /api/v1/…
//   /api/v1/admin/regions/{regio}/…  → /api/v1/admin/…
//
// `/{regio}/embed/…` and `/{regio}/api/v1/…` reach the same pages; the links
// the app writes use the canonical forms above. The default region answers
// on its old paths too, so every link from before regions keeps working.
import { defaultRegionId, reservedRegionIds } from '../../core/regions/region.ts';

export interface RegionRequest {
  regionId: string;
  /** The path as the region's app serves it. */
  innerPath: string;
}

const looksLikeId = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * The region a public path names and the path inside it, or undefined for a
 * path without a region (the default region's old URLs, and site-wide pages).
 * Whether the region exists is the router's question.
 */
export function regionOfPath(path: string): RegionRequest | undefined {
  const admin = /^\/api\/v1\/admin\/regions\/([^/]+)(\/.*)?$/.exec(path);
  if (admin) return { regionId: admin[1] ?? '', innerPath: `/api/v1/admin${admin[2] ?? ''}` };
  const api = /^\/api\/v1\/regions\/([^/]+)(\/.*)?$/.exec(path);
  if (api) return { regionId: api[1] ?? '', innerPath: `/api/v1${api[2] ?? ''}` };
  const embed = /^\/embed\/([^/]+)(\/.*)$/.exec(path);
  if (embed && !reservedRegionIds.has(embed[1] ?? ''))
    return { regionId: embed[1] ?? '', innerPath: `/embed${embed[2]}` };
  const plain = /^\/([^/]+)(\/.*)?$/.exec(path);
  const first = plain?.[1] ?? '';
  if (plain && looksLikeId.test(first) && !reservedRegionIds.has(first))
    return { regionId: first, innerPath: plain[2] ?? '/' };
  return undefined;
}

/** Paths every region shares with the site: never given a region prefix. */
const siteWide = /^\/(?:static\/|favicon\.|health$)/;

/** The public path of an inner path of `regionId`'s app (canonical form). */
export function publicPath(regionId: string, innerPath: string): string {
  if (regionId === defaultRegionId || !innerPath.startsWith('/') || innerPath.startsWith('//'))
    return innerPath;
  if (siteWide.test(innerPath)) return innerPath;
  if (innerPath === '/api/v1/admin' || innerPath.startsWith('/api/v1/admin/'))
    return `/api/v1/admin/regions/${regionId}${innerPath.slice('/api/v1/admin'.length)}`;
  if (innerPath === '/api/v1' || innerPath.startsWith('/api/v1/'))
    return `/api/v1/regions/${regionId}${innerPath.slice('/api/v1'.length)}`;
  if (innerPath.startsWith('/embed/'))
    return `/embed/${regionId}${innerPath.slice('/embed'.length)}`;
  return innerPath === '/' ? `/${regionId}` : `/${regionId}${innerPath}`;
}
