// The client's address (for limits and throttling only) and the origin for
// absolute links, worked out once per request by `requestClient()` from the
// socket, TRUSTED_PROXIES and PUBLIC_URL (see ../forwarded.ts). `app.request()`
// in tests has no socket: then all clients share the key 'onbekend'.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './auth/principal.ts';
import { noTrustedProxies, resolveClient, type TrustedProxies } from './forwarded.ts';

function socketPeer(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

export interface ClientOptions {
  trustedProxies?: TrustedProxies;
  /** PUBLIC_URL as an origin; absolute links use it when set. */
  publicUrl?: string;
  /** SECURE_COOKIES: the site is served over TLS, whatever the request says. */
  tls?: boolean;
  /** A region's path (`/westerkwartier`): absolute links of its app start there. */
  pathPrefix?: string;
}

export function requestClient(options: ClientOptions): MiddlewareHandler<AppEnv> {
  const trusted = options.trustedProxies ?? noTrustedProxies;
  return async (c, next) => {
    const url = new URL(c.req.url);
    const client = resolveClient(
      {
        peer: socketPeer(c),
        scheme: url.protocol === 'https:' ? 'https' : 'http',
        forwardedFor: c.req.header('X-Forwarded-For'),
        forwardedProto: c.req.header('X-Forwarded-Proto'),
      },
      trusted,
    );
    if (options.tls) client.scheme = 'https';
    c.set('client', client);
    c.set(
      'origin',
      `${options.publicUrl ?? `${client.scheme}://${url.host}`}${options.pathPrefix ?? ''}`,
    );
    await next();
  };
}

export function clientAddress(c: Context<AppEnv>): string {
  return c.get('client')?.address ?? socketPeer(c) ?? 'onbekend';
}

/** The origin for absolute links: PUBLIC_URL, else the scheme as forwarded and the Host. */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.get('origin') ?? new URL(c.req.url).origin;
}
