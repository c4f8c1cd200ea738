// Test helpers: a signed-in user of a given role, through the real sign-in
// form, or an API token for one.
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { hashPassword } from '../../src/services/accounts/password-hash.ts';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import type { Role, Store } from '../../src/store/store.ts';
import type { AppEnv } from '../../src/web/auth/principal.ts';
import { csrfTokenFor, sessionCookieName } from '../../src/web/auth/session.ts';

export const testPassword = 'een lang genoeg testwachtwoord';

let passwordHash: Promise<string> | undefined;
let users = 0;

/** A new user with this role; the address is unique per call. */
export async function createTestUser(store: Store, role: Role) {
  passwordHash ??= hashPassword(testPassword);
  users += 1;
  const email = `${role}-${users}-${randomBytes(3).toString('hex')}@test.woonkans.nl`;
  return store.createUser({ email, role, passwordHash: await passwordHash });
}

/** The `name=value` of the session cookie a sign-in response sets. */
export function sessionCookieOf(response: Response): string | undefined {
  const match = new RegExp(`(?:^|,\\s*)${sessionCookieName}=([^;,]+)`).exec(
    response.headers.get('set-cookie') ?? '',
  );
  return match?.[1] ? `${sessionCookieName}=${match[1]}` : undefined;
}

/** Posts the sign-in form as a browser on this site would; `peer` is the socket's remote address. */
export function postSignIn(
  app: Hono<AppEnv>,
  fields: Record<string, string>,
  cookie?: string,
  peer?: string,
) {
  return app.request(
    '/beheer/inloggen',
    {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://localhost',
        'Sec-Fetch-Site': 'same-origin',
        ...(cookie ? { Cookie: cookie } : {}),
      },
    },
    peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } },
  );
}

/** Creates a user with this role and signs in through `/beheer/inloggen`. */
export async function signIn(
  app: Hono<AppEnv>,
  store: Store,
  role: Role,
): Promise<{ cookie: string; csrfToken: string; email: string }> {
  const { email } = await createTestUser(store, role);
  const response = await postSignIn(app, { email, wachtwoord: testPassword });
  const cookie = sessionCookieOf(response);
  if (response.status !== 303 || !cookie) {
    throw new Error(`Signing in as ${role} failed: ${response.status} ${await response.text()}`);
  }
  return { cookie, csrfToken: csrfTokenFor(cookie.slice(sessionCookieName.length + 1)), email };
}

/** The `Authorization` header value for a new user with this role and a new API token. */
export async function bearerFor(store: Store, role: Role): Promise<string> {
  const user = await createTestUser(store, role);
  const token = newToken();
  await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'test' });
  return `Bearer ${token}`;
}
