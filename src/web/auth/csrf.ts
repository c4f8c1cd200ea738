// CSRF protection for everything that changes state with a session cookie:
// the request must come from our own pages (Origin / Sec-Fetch-Site) and carry
// the session's CSRF token, as form field `_csrf` or header `X-CSRF-Token`.
// Requests with a bearer token carry no cookie and are exempt.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { html, type SafeHtml } from '../../views/html.ts';
import { publicOrigin } from '../client-address.ts';
import type { AppEnv } from './principal.ts';
import { refusal } from './refusal.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const signInPath = '/beheer/inloggen';

export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'X-CSRF-Token';

export function csrfField(token: string | undefined): SafeHtml {
  return html`<input type="hidden" name="${csrfFieldName}" value="${token ?? ''}">`;
}

export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const principal = c.get('principal');
    if (principal?.via === 'token') return next();
    if (!fromOwnSite(c)) {
      return refuse('Dit formulier kwam niet van de Woonkansboom zelf. Daarom is er niets gedaan.');
    }
    // Signing in replaces the session, so it needs no token of the old one
    // (a sign-in form left open in another tab still works).
    if (principal?.via === 'session' && c.req.path !== signInPath) {
      const expected = c.get('csrfToken');
      const given = await givenToken(c);
      if (!expected || !given || !sameToken(given, expected)) {
        return refuse(
          'Het formulier is verlopen of onvolledig. Daarom is er niets gedaan. Ga terug, laad de pagina opnieuw en probeer het nog een keer.',
        );
      }
    }
    await next();
  };
}

function refuse(detail: string): never {
  return refusal(403, 'Niet gelukt', detail);
}

/** Browsers send these on every POST; a missing header (old browser, script) is not refused. */
function fromOwnSite(c: Context<AppEnv>): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('Origin');
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  // Compare hosts, not schemes: behind a TLS proxy the app itself sees http.
  // PUBLIC_URL counts too: a proxy may not pass the Host on.
  const host = new URL(origin).host;
  return host === new URL(c.req.url).host || host === new URL(publicOrigin(c)).host;
}

async function givenToken(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header(csrfHeaderName);
  if (header) return header;
  const type = c.req.header('Content-Type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return undefined;
  try {
    // Hono keeps the parsed body, so the route can read it again.
    const field = (await c.req.parseBody())[csrfFieldName];
    return typeof field === 'string' ? field : undefined;
  } catch {
    return undefined;
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
