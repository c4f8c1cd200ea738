// Requests as a signed-in browser on this site would send them, for the auth tests.
import type { Hono } from 'hono';
import type { AppEnv } from '../../src/web/auth/principal.ts';

export interface TestSession {
  cookie: string;
  csrfToken: string;
}

export function getAs(app: Hono<AppEnv>, path: string, session: TestSession | undefined) {
  return app.request(path, { headers: session ? { Cookie: session.cookie } : {} });
}

/** Posts a form with the session's CSRF token (unless `_csrf` is given) from this site. */
export function postAs(
  app: Hono<AppEnv>,
  path: string,
  session: TestSession | undefined,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    body: new URLSearchParams({ ...(session ? { _csrf: session.csrfToken } : {}), ...fields }),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: 'http://localhost',
      ...(session ? { Cookie: session.cookie } : {}),
      ...headers,
    },
  });
}
