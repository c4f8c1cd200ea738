// Guards a route: anonymous requests are sent to the sign-in page (pages) or
// get 401 (API); signed-in users without the permission get 403.
import type { Context, MiddlewareHandler } from 'hono';
import { isApiPath } from '../refusal-response.ts';
import { type AppEnv, may, type Permission } from './principal.ts';
import { refusal } from './refusal.ts';
import { safeReturnPath } from './return-path.ts';

export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) {
      if (isApiPath(c.req.path)) {
        return refusal(
          401,
          'Niet ingelogd',
          'Log in of stuur een geldig API-token mee in de kop Authorization: Bearer <token>.',
          { 'WWW-Authenticate': 'Bearer realm="woonkansboom"' },
        );
      }
      return c.redirect(signInPath(c), 303);
    }
    if (!may(principal, permission)) {
      return refusal(
        403,
        'Geen toegang',
        `U bent ingelogd als ${principal.role}. Met die rol mag u dit niet doen of bekijken. Vraag een beheerder als u dit wel nodig hebt.`,
      );
    }
    await next();
  };
}

/** The sign-in page, with the way back: this page for a GET, the page of the form for a POST. */
function signInPath(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const back =
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? safeReturnPath(`${url.pathname}${url.search}`)
      : refererPath(c, url);
  return back ? `/beheer/inloggen?terug=${encodeURIComponent(back)}` : '/beheer/inloggen';
}

function refererPath(c: Context<AppEnv>, url: URL): string | undefined {
  const referer = c.req.header('Referer');
  if (!referer || !URL.canParse(referer)) return undefined;
  const from = new URL(referer);
  return from.host === url.host ? safeReturnPath(`${from.pathname}${from.search}`) : undefined;
}
