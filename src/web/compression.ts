// HTTP compression of what the app writes itself (pages, JSON, SVG, CSV):
// brotli where the client accepts it, else gzip. Static assets
// are compressed once at build time (scripts/build.ts) and picked by the
// static route; the evaluate endpoint keeps its own cached gzip. Bodies under
// a kilobyte fit one packet anyway, so they go out as they are.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { requestHeader } from './api/raw-request.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this many bytes compressing gains nothing worth the CPU. */
export const compressionThreshold = 1024;

/** Text formats only: PDFs, images and archives are compressed already. */
const compressibleType =
  /^\s*(?:text\/|image\/svg\+xml|application\/(?:json|javascript|xml|[\w.-]+\+(?:json|xml)))/i;

export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to answer with: brotli when accepted, else gzip, else none.
 * Honours q-values (`br;q=0` refuses brotli) and `*`.
 */
export function preferredEncoding(header: string | undefined): ContentCoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return undefined;
}

/** Adds Accept-Encoding to Vary once, keeping what is there. */
export function varyOnAcceptEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('Vary', `${vary}, Accept-Encoding`);
}

export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    // Headers and status only: reading `body` would turn @hono/node-server's
    // light response into a full one, losing its fast path and these headers.
    const { headers, status } = response;
    if (
      c.req.method === 'HEAD' ||
      status < 200 ||
      status === 204 ||
      status === 206 ||
      status === 304 ||
      headers.has('Content-Encoding') ||
      !compressibleType.test(headers.get('Content-Type') ?? '') ||
      /\bno-transform\b/i.test(headers.get('Cache-Control') ?? '')
    )
      return;
    const declared = Number(headers.get('Content-Length') ?? Number.NaN);
    if (declared < compressionThreshold) return;
    varyOnAcceptEncoding(headers);
    const coding = preferredEncoding(requestHeader(c, 'accept-encoding'));
    if (!coding) return;
    const plain = new Uint8Array(await response.arrayBuffer());
    if (plain.byteLength < compressionThreshold) {
      c.res = new Response(plain, response);
      return;
    }
    const encoded =
      coding === 'br'
        ? await brotli(plain, {
            params: {
              // A fast quality for bodies made per request; the static assets get 11 at build time.
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength,
            },
          })
        : await gzipAsync(plain);
    c.res = new Response(encoded, response);
    // Set after the assignment: Hono copies the old response's headers onto the new one.
    c.res.headers.set('Content-Encoding', coding);
    c.res.headers.set('Content-Length', String(encoded.byteLength));
    // A strong validator names one representation; the encoded one is another (RFC 9110 §8.8.3).
    const etag = c.res.headers.get('ETag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
  };
}
