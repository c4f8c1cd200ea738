// The session cookie: its name, how it is set, and the CSRF token that
// belongs to it. The sessions themselves (tokens, idle timeout, lifetime) are
// in src/services/accounts/sessions.ts. The CSRF token is derived from the
// session token, so every app server sharing the database can recompute it
// without a shared secret.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { SessionPolicy } from '../../services/accounts/sessions.ts';

export const sessionCookieName = 'wkb_sessie';

/** The CSRF token that belongs to a session token. */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

/** HttpOnly, SameSite=Lax, for the whole site, as long as a session can live at most. */
export function setSessionCookie(
  c: Context,
  sessionToken: string,
  options: { secure: boolean; policy: SessionPolicy },
): void {
  setCookie(c, sessionCookieName, sessionToken, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: options.secure,
    maxAge: Math.floor(options.policy.absoluteMs / 1000),
  });
}
