// Signing in and out. A wrong e-mail address and a wrong password get the same
// answer in about the same time, so the form does not tell who has an account.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { maximumEmailLength } from '../../services/accounts/account-rules.ts';
import { beheerPage } from '../beheer/ui/beheer-page.ts';
import { formFields } from '../beheer/ui/form-body.ts';
import type { FormProblems } from '../beheer/ui/form-field.ts';
import { clientAddress } from '../client-address.ts';
import type { BeheerDeps } from '../deps.ts';
import type { AppEnv } from './principal.ts';
import { safeReturnPath } from './return-path.ts';
import { sessionCookieName, setSessionCookie } from './session.ts';
import { signInPage } from './sign-in-page.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

const afterSignIn = '/beheer';

export function signInRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { authentication } = deps;
  const throttle = new SignInThrottle();

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
    // Longer input than an address can be is cut off, also in the log.
    const email = (fields.email ?? '').trim().slice(0, maximumEmailLength);
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

    const result = await authentication.signIn(email, password, getCookie(c, sessionCookieName));
    if (result.status === 'refused') {
      problems.email =
        'Het e-mailadres of het wachtwoord klopt niet. Of uw account is geblokkeerd. Controleer wat u hebt ingevuld en probeer het opnieuw.';
      return form(c, { email, returnPath, problems }, 422);
    }
    throttle.recordSuccess(keys, now);
    setSessionCookie(c, result.sessionToken, {
      secure: deps.secureCookies === true,
      policy: authentication.policy,
    });
    return c.redirect(returnPath ?? afterSignIn, 303);
  });

  app.post('/beheer/uitloggen', async (c) => {
    const principal = c.get('principal');
    await authentication.signOut(
      getCookie(c, sessionCookieName),
      principal?.via === 'session' ? principal.email : undefined,
    );
    deleteCookie(c, sessionCookieName, { path: '/', secure: deps.secureCookies === true });
    return c.redirect('/beheer/inloggen?uitgelogd=1', 303);
  });
}
