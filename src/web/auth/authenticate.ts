// Who is asking, for the beheer pages and the admin API only: from the
// session cookie or an `Authorization: Bearer <token>` header. The public
// site never passes through here, so it never sets or reads a cookie.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { BeheerDeps } from '../deps.ts';
import { isApiPath } from '../refusal-response.ts';
import type { AppEnv, Principal } from './principal.ts';
import { refusal } from './refusal.ts';
import { csrfTokenFor, sessionCookieName } from './session.ts';

export const accountPath = '/beheer/account';
/** What someone signed in with a one-time password may do: choose a new one, or leave. */
const allowedBeforeNewPassword = new Set([accountPath, '/beheer/uitloggen', '/beheer/inloggen']);

const bearerPattern = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{16,200})[ \t]*$/i;

export function authenticate(deps: BeheerDeps): MiddlewareHandler<AppEnv> {
  // `/beheer` and `/beheer/*` may both match one request: authenticate once.
  const done = new WeakSet<Request>();

  return async (c, next) => {
    if (done.has(c.req.raw)) return next();
    done.add(c.req.raw);
    c.set('principal', undefined);
    c.set('csrfToken', undefined);

    const authorization = c.req.header('Authorization');
    if (authorization !== undefined) {
      const token = bearerPattern.exec(authorization)?.[1];
      if (token) c.set('principal', await tokenPrincipal(deps, token));
    } else {
      await signInFromCookie(c, deps);
    }
    const principal = c.get('principal');
    if (principal?.mustChangePassword && !allowedBeforeNewPassword.has(c.req.path)) {
      if (isApiPath(c.req.path)) {
        return refusal(
          403,
          'Eerst een nieuw wachtwoord',
          'Kies eerst een nieuw wachtwoord op /beheer/account.',
        );
      }
      return c.redirect(accountPath, 303);
    }

    await next();
    // Beheer pages and answers are personal: never cached.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}

async function tokenPrincipal(deps: BeheerDeps, token: string): Promise<Principal | undefined> {
  const user = await deps.authentication.tokenUser(token);
  return user && { userId: user.id, email: user.email, role: user.role, via: 'token' };
}

async function signInFromCookie(c: Context<AppEnv>, deps: BeheerDeps): Promise<void> {
  const token = getCookie(c, sessionCookieName);
  if (token === undefined) return;
  const signedIn = await deps.authentication.sessionUser(token);
  if (!signedIn) {
    deleteCookie(c, sessionCookieName, { path: '/' });
    return;
  }
  const { user, mustChangePassword } = signedIn;
  c.set('principal', {
    userId: user.id,
    email: user.email,
    role: user.role,
    via: 'session',
    ...(mustChangePassword ? { mustChangePassword: true } : {}),
  });
  c.set('csrfToken', csrfTokenFor(token));
}
