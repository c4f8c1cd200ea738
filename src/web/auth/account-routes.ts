// /beheer/account: every signed-in user changes their own password (the old
// one is needed). All their sessions end; this browser gets a new one.
import type { Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { hashPassword, verifyPassword } from '../../admin/accounts/password-hash.ts';
import { sessionPolicy, startSession } from '../../admin/accounts/sessions.ts';
import { passwordProblem, passwordProblemTextNl } from '../../core/password-rule.ts';
import type { BeheerDeps } from '../app.ts';
import { accountPage } from './account-page.ts';
import { accountPath } from './authenticate.ts';
import { beheerPage } from './beheer-page.ts';
import { formFields } from './form-body.ts';
import type { FormProblems } from './form-field.ts';
import type { AppEnv, Principal } from './principal.ts';
import { sessionCookieName } from './session.ts';

function signedIn(c: Context<AppEnv>): Principal | undefined {
  const principal = c.get('principal');
  return principal?.via === 'session' ? principal : undefined;
}

export function accountRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const policy = sessionPolicy();

  const show = (
    c: Context<AppEnv>,
    principal: Principal,
    problems: FormProblems,
    status: 200 | 422,
  ) =>
    beheerPage(c, deps, {
      title: 'Mijn account',
      main: accountPage({
        principal,
        problems,
        done: c.req.query('gedaan') !== undefined ? 'Uw wachtwoord is gewijzigd.' : undefined,
        csrfToken: c.get('csrfToken'),
      }),
      status,
      hasErrors: Object.keys(problems).length > 0,
    });

  const toSignIn = (c: Context<AppEnv>) =>
    c.redirect(`/beheer/inloggen?terug=${encodeURIComponent(accountPath)}`, 303);

  app.get(accountPath, (c) => {
    const principal = signedIn(c);
    return principal ? show(c, principal, {}, 200) : toSignIn(c);
  });

  app.post(accountPath, async (c) => {
    const principal = signedIn(c);
    if (!principal) return toSignIn(c);
    const fields = await formFields(c);
    const current = fields.huidig ?? '';
    const password = fields.wachtwoord ?? '';
    const again = fields.herhaling ?? '';
    const user = await store.userById(principal.userId);
    const problems: FormProblems = {};
    if (current === '') problems.huidig = 'Vul uw huidige wachtwoord in.';
    else if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
      problems.huidig = 'Uw huidige wachtwoord klopt niet. Vul het opnieuw in.';
    }
    const problem = passwordProblem(password);
    if (problem) problems.wachtwoord = passwordProblemTextNl[problem];
    else if (password === current)
      problems.wachtwoord = 'Kies een ander wachtwoord dan uw huidige.';
    if (again !== password) {
      problems.herhaling =
        'De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.';
    }
    if (!user || Object.keys(problems).length > 0) return show(c, principal, problems, 422);

    await store.updateUser(user.id, { passwordHash: await hashPassword(password) });
    // Every session ends, also one someone else may have; this browser goes on in a new one.
    await store.deleteSessionsOf(user.id);
    const token = await startSession(store, user.id, deps.now());
    setCookie(c, sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: deps.secureCookies === true,
      maxAge: Math.floor(policy.absoluteMs / 1000),
    });
    await store.audit({
      actor: user.email,
      action: 'password-changed',
      subject: user.email,
      detail: {},
    });
    return c.redirect(`${accountPath}?gedaan=1`, 303);
  });
}
