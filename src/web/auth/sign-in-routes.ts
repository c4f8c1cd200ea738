// Signing in and out. A wrong e-mail address and a wrong password get the same
// answer in about the same time, so the form does not tell who has an account.
import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hashPassword, verifyPassword } from '../../admin/accounts/password-hash.ts';
import { endSession, sessionPolicy, startSession } from '../../admin/accounts/sessions.ts';
import type { BeheerDeps } from '../app.ts';
import { beheerPage } from './beheer-page.ts';
import { clientAddress } from './client-address.ts';
import { formFields } from './form-body.ts';
import type { FormProblems } from './form-field.ts';
import type { AppEnv } from './principal.ts';
import { safeReturnPath } from './return-path.ts';
import { sessionCookieName } from './session.ts';
import { signInPage } from './sign-in-page.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

const afterSignIn = '/beheer';

/** What an e-mail address may be at most (RFC 5321); longer input is cut off in the log. */
const maxEmailLength = 254;

export function signInRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const policy = sessionPolicy();
  const throttle = new SignInThrottle();
  // Checked against for unknown addresses, so they take as long as known ones.
  let dummyHash: Promise<string> | undefined;
  const unknownUserHash = () => {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return dummyHash;
  };

  const form = (
    c: Context<AppEnv>,
    options: Parameters<typeof signInPage>[0],
    status: 200 | 422 | 429 = 200,
  ) =>
    beheerPage(c, deps, {
      title: 'Inloggen',
      main: signInPage({ ...options, csrfToken: c.get('csrfToken') }),
      status,
      hasErrors: Object.keys(options.problems ?? {}).length > 0,
    });

  app.get('/beheer/inloggen', (c) => {
    const returnPath = safeReturnPath(c.req.query('terug'));
    if (c.get('principal')?.via === 'session') return c.redirect(returnPath ?? afterSignIn, 303);
    const message =
      c.req.query('uitgelogd') !== undefined
        ? { kind: 'ok' as const, text: 'U bent uitgelogd.' }
        : undefined;
    return form(c, { returnPath, message });
  });

  app.post('/beheer/inloggen', async (c) => {
    const fields = await formFields(c);
    const email = (fields.email ?? '').trim().slice(0, maxEmailLength);
    const password = fields.wachtwoord ?? '';
    const returnPath = safeReturnPath(fields.terug);

    const problems: FormProblems = {};
    if (email === '') problems.email = 'Vul uw e-mailadres in.';
    if (password === '') problems.wachtwoord = 'Vul uw wachtwoord in.';
    if (Object.keys(problems).length > 0) return form(c, { email, returnPath, problems }, 422);

    const now = deps.now();
    const keys = { account: email.toLowerCase(), address: clientAddress(c) };
    // Counted before the slow password check, so parallel tries cannot all get through.
    const wait = throttle.attempt(keys, now);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      const minutes = Math.ceil(wait / 60);
      const text = `Er is te vaak een verkeerd wachtwoord ingevuld. Wacht ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} en probeer het dan opnieuw.`;
      return form(c, { email, returnPath, message: { kind: 'warning', text } }, 429);
    }

    const user = await store.userByEmail(email);
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await unknownUserHash()),
      password,
    );
    if (!user || user.passwordHash === null || user.disabledAt !== null || !passwordOk) {
      await store.audit({ actor: null, action: 'login-failed', subject: email, detail: {} });
      problems.email =
        'Het e-mailadres of het wachtwoord klopt niet. Of uw account is geblokkeerd. Controleer wat u hebt ingevuld en probeer het opnieuw.';
      return form(c, { email, returnPath, problems }, 422);
    }

    throttle.recordSuccess(keys, now);
    const previous = getCookie(c, sessionCookieName);
    if (previous !== undefined) await endSession(store, previous);
    const token = await startSession(store, user.id, now);
    setCookie(c, sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: deps.secureCookies === true,
      maxAge: Math.floor(policy.absoluteMs / 1000),
    });
    await store.audit({ actor: user.email, action: 'login', subject: user.email, detail: {} });
    return c.redirect(returnPath ?? afterSignIn, 303);
  });

  app.post('/beheer/uitloggen', async (c) => {
    const token = getCookie(c, sessionCookieName);
    if (token !== undefined) await endSession(store, token);
    deleteCookie(c, sessionCookieName, { path: '/', secure: deps.secureCookies === true });
    const principal = c.get('principal');
    if (principal?.via === 'session') {
      await store.audit({
        actor: principal.email,
        action: 'logout',
        subject: principal.email,
        detail: {},
      });
    }
    return c.redirect('/beheer/inloggen?uitgelogd=1', 303);
  });
}
