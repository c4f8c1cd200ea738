// /beheer/account: every signed-in user changes their own password (the old
// one is needed; the rule is the accounts service's). All their sessions end;
// this browser gets a new one.
import type { Context, Hono } from 'hono';
import { accountPath } from '../../auth/authenticate.ts';
import type { AppEnv, Principal } from '../../auth/principal.ts';
import { setSessionCookie } from '../../auth/session.ts';
import type { BeheerDeps } from '../../deps.ts';
import { beheerPage } from '../ui/beheer-page.ts';
import { formFields } from '../ui/form-body.ts';
import type { FormProblems } from '../ui/form-field.ts';
import { formProblemsOf } from './account-form-problems.ts';
import { accountPage } from './account-page.ts';

function signedIn(c: Context<AppEnv>): Principal | undefined {
  const principal = c.get('principal');
  return principal?.via === 'session' ? principal : undefined;
}

export function accountRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { accounts, authentication } = deps;

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
    const change = { current: fields.huidig ?? '', password: fields.wachtwoord ?? '' };
    // Typing the new password twice is the form's own check: the service never sees the repeat.
    if ((fields.herhaling ?? '') !== change.password) {
      const problems = formProblemsOf(await accounts.ownPasswordProblems(principal.userId, change));
      problems.herhaling =
        'De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.';
      return show(c, principal, problems, 422);
    }
    const result = await accounts.changeOwnPassword(principal.userId, change);
    if (result.status === 'refused') {
      return show(c, principal, formProblemsOf(result.problems), 422);
    }
    // Every session ended, also one someone else may have; this browser goes on in a new one.
    const token = await authentication.startSession(result.user.id);
    setSessionCookie(c, token, {
      secure: deps.secureCookies === true,
      policy: authentication.policy,
    });
    return c.redirect(`${accountPath}?gedaan=1`, 303);
  });
}
