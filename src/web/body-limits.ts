// The largest request body each route reads (review D4). One
// middleware for the whole app, registered before sign-in and CSRF checks, so
// an anonymous caller cannot make the server read a gigabyte. Hono's bodyLimit
// refuses a Content-Length over the limit before anything is read, and counts a
// chunked body as it arrives, stopping at the limit. Over the limit: 413 in
// Dutch, problem+json for the API and a page for a form.
//
// Routes with a limit of their own keep it (the answer form, the usage beacon,
// the evaluate API read their bodies themselves); they are listed so that every
// route that reads a body is named here.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Assets } from './assets.ts';
import { HttpProblem } from './problem.ts';
import { refusalResponse } from './refusal-response.ts';

const kB = 1024;
const MB = 1024 * kB;

/** A limit by path (method aside: GET and HEAD carry no body); first match wins. */
export const bodyLimitRules: readonly { path: RegExp; maxBytes: number | 'own' }[] = [
  // Anonymous: an e-mail address, a password, the way back and the CSRF token.
  { path: /^\/beheer\/inloggen$/, maxBytes: 8 * kB },
  // A whole tree as YAML or JSON: the largest default tree is about 50 KB.
  { path: /^\/beheer\/bomen\/[^/]+\/importeren$/, maxBytes: 1 * MB },
  { path: /^\/api\/v1\/admin\/trees\/[^/]+\/draft$/, maxBytes: 1 * MB },
  // Publish, rollback and the other admin calls send a few fields.
  { path: /^\/api\/v1\/admin\//, maxBytes: 16 * kB },
  // Every other beheer form: one editor page, texts up to 5,000 characters each.
  { path: /^\/beheer(\/|$)/, maxBytes: 256 * kB },
  // Public routes that read their own bodies with their own limits.
  { path: /^\/evaluatie\//, maxBytes: 'own' },
  { path: /^\/api\/v1\/gebruik$/, maxBytes: 'own' },
  { path: /^\/api\/v1\/trees\/[^/]+\/evaluate$/, maxBytes: 'own' },
  // Anything else that ever reads a body.
  { path: /^/, maxBytes: 16 * kB },
];

export function bodyLimitFor(path: string): number | 'own' {
  return bodyLimitRules.find((rule) => rule.path.test(path))?.maxBytes ?? 16 * kB;
}

function sizeText(maxBytes: number): string {
  return maxBytes >= MB ? `${maxBytes / MB} MB` : `${maxBytes / kB} kB`;
}

export function tooLargeText(maxBytes: number): string {
  return `Wat u verstuurde is groter dan ${sizeText(maxBytes)}. Daarom is het niet gelezen en niet opgeslagen. Maak het kleiner en probeer het opnieuw.`;
}

function tooLarge(maxBytes: number): HttpProblem {
  // The rest of an oversized body is not read: close the connection after the answer.
  return new HttpProblem(
    413,
    'Te groot om te versturen',
    tooLargeText(maxBytes),
    [],
    { hint: 'Ga terug met de knop Vorige van uw browser: daar staat uw invoer nog.' },
    { Connection: 'close' },
  );
}

export function bodyLimits(assets: Assets): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiter = (maxBytes: number) => {
    let found = limiters.get(maxBytes);
    if (!found) {
      found = bodyLimit({
        maxSize: maxBytes,
        onError: (c) => refusalResponse(c, tooLarge(maxBytes), assets),
      });
      limiters.set(maxBytes, found);
    }
    return found;
  };
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const maxBytes = bodyLimitFor(c.req.path);
    if (maxBytes === 'own') return next();
    return limiter(maxBytes)(c, next);
  };
}
