// The session cookie: its name and the CSRF token that belongs to it. The
// sessions themselves (tokens, idle timeout, lifetime) are in
// src/admin/accounts/sessions.ts. The CSRF token is derived from the session
// token, so every app server sharing the database can recompute it without a
// shared secret.
import { createHash } from 'node:crypto';

export const sessionCookieName = 'wkb_sessie';

/** The CSRF token that belongs to a session token. */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}
