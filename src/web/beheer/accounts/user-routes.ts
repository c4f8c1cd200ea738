// Managing users (beheerders only): list, add, change role, block and unblock,
// a one-time password. The rules and the audit log are the accounts service's
// (src/services/accounts/accounts.ts); here its problem codes become Dutch texts.

import type { Context, Hono } from 'hono';
import type { UserActor } from '../../../services/accounts/account-actor.ts';
import {
  accountProblemTexts,
  selfProblemTexts,
} from '../../../services/accounts/account-problem-texts.ts';
import type { UserRecord } from '../../../store/store.ts';
import type { AppEnv } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import type { BeheerDeps } from '../../deps.ts';
import { HttpProblem } from '../../problem.ts';
import { beheerPage } from '../ui/beheer-page.ts';
import { formFields } from '../ui/form-body.ts';
import type { FormProblems } from '../ui/form-field.ts';
import { formProblemsOf } from './account-form-problems.ts';
import { type UserPageOptions, userPage } from './user-page.ts';
import { emptyNewUser, type NewUserFields, usersPage } from './users-page.ts';

/** Confirmations after a form did its work (`?gedaan=`), so a reload does not post again. */
const doneTexts: Record<string, string> = {
  toegevoegd: 'De gebruiker is toegevoegd. Geef het e-mailadres en het eerste wachtwoord door.',
  rol: 'De rol is aangepast.',
  geblokkeerd: 'De gebruiker is geblokkeerd en uitgelogd.',
  gedeblokkeerd: 'De blokkade is opgeheven. De gebruiker kan weer inloggen.',
  ingetrokken: 'Het token is ingetrokken. Het werkt niet meer.',
};

export function doneText(c: Context): string | undefined {
  const done = c.req.query('gedaan');
  return done === undefined ? undefined : doneTexts[done];
}

/** The user named by `:id` in the path, or undefined. */
export async function userFromPath(
  c: Context<AppEnv>,
  deps: BeheerDeps,
): Promise<UserRecord | undefined> {
  const id = c.req.param('id') ?? '';
  return /^[1-9][0-9]{0,9}$/.test(id) ? deps.store.userById(Number(id)) : undefined;
}

/** Thrown by a user or token route; app.ts shows it in the beheer layout with status 404. */
export function userNotFound(what = 'Deze gebruiker bestaat niet.'): HttpProblem {
  return new HttpProblem(404, 'Niet gevonden', what, [], {
    back: { href: '/beheer/gebruikers', label: 'Naar alle gebruikers' },
  });
}

/** The page of one user, with what was typed and any problems. */
export async function showUser(
  c: Context<AppEnv>,
  deps: BeheerDeps,
  user: UserRecord,
  options: Partial<
    Pick<UserPageOptions, 'form' | 'problems' | 'newToken' | 'oneTimePassword' | 'done'>
  > = {},
  status: 200 | 422 = 200,
): Promise<Response> {
  const tokens = await deps.store.tokens(user.id);
  return beheerPage(c, deps, {
    title: user.email,
    status,
    hasErrors: Object.keys(options.problems ?? {}).length > 0,
    main: userPage({
      user,
      tokens,
      self: c.get('principal')?.userId === user.id,
      csrfToken: c.get('csrfToken'),
      ...options,
    }),
  });
}

/** The signed-in beheerder; requirePermission lets no one through without one. */
export function actorOf(c: Context<AppEnv>): UserActor {
  const principal = c.get('principal');
  if (!principal) throw new Error('A user route ran without a signed-in user');
  return { userId: principal.userId, email: principal.email };
}

const incompleteForm =
  'Dit formulier is niet compleet. Laad de pagina opnieuw en probeer het nog een keer.';

export function userRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store, accounts } = deps;
  const manageUsers = requirePermission('manageUsers');

  const list = async (
    c: Context<AppEnv>,
    form: NewUserFields,
    problems: FormProblems,
    status: 200 | 422,
  ) =>
    beheerPage(c, deps, {
      title: 'Gebruikers',
      status,
      hasErrors: Object.keys(problems).length > 0,
      main: usersPage({
        users: await store.users(),
        form,
        problems,
        done: doneText(c),
        csrfToken: c.get('csrfToken'),
      }),
    });

  app.get('/beheer/gebruikers', manageUsers, (c) => list(c, emptyNewUser, {}, 200));

  app.post('/beheer/gebruikers', manageUsers, async (c) => {
    const fields = await formFields(c);
    const form: NewUserFields = {
      email: (fields.email ?? '').trim(),
      rol: fields.rol ?? '',
      wachtwoord: fields.wachtwoord ?? '',
      herhaling: fields.herhaling ?? '',
    };
    const newUser = { email: form.email, role: form.rol, password: form.wachtwoord };
    // Typing the password twice is the form's own check: the service never sees the repeat.
    const repeat = repeatProblem(form);
    if (repeat) {
      const problems = formProblemsOf(await accounts.newUserProblems(newUser));
      return list(c, form, { ...problems, herhaling: repeat }, 422);
    }
    const result = await accounts.addUser(newUser, actorOf(c));
    if (result.status === 'refused') return list(c, form, formProblemsOf(result.problems), 422);
    return c.redirect(`/beheer/gebruikers/${result.user.id}?gedaan=toegevoegd`, 303);
  });

  app.get('/beheer/gebruikers/:id', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) throw userNotFound();
    return showUser(c, deps, user, { done: doneText(c) });
  });

  app.post('/beheer/gebruikers/:id/rol', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) throw userNotFound();
    const result = await accounts.changeRole(user.id, (await formFields(c)).rol ?? '', actorOf(c));
    if (result.status === 'not-found') throw userNotFound();
    if (result.status === 'refused') {
      const problem =
        result.problem === 'self' ? selfProblemTexts.rol : accountProblemTexts[result.problem];
      return showUser(c, deps, user, { problems: { rol: problem } }, 422);
    }
    return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=rol`, 303);
  });

  // A one-time password for someone who forgot theirs: shown once (in this
  // answer, never in a URL), old password and sessions gone, a new one required.
  app.post('/beheer/gebruikers/:id/wachtwoord', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) throw userNotFound();
    const result = await accounts.resetPassword(user.id, actorOf(c));
    if (result.status === 'not-found') throw userNotFound();
    if (result.status === 'refused') {
      return showUser(c, deps, user, { problems: { actie: selfProblemTexts.wachtwoord } }, 422);
    }
    return showUser(c, deps, result.user, {
      oneTimePassword: result.oneTimePassword,
      done: 'Er is een eenmalig wachtwoord gemaakt. De gebruiker is overal uitgelogd.',
    });
  });

  app.post('/beheer/gebruikers/:id/status', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) throw userNotFound();
    const action = (await formFields(c)).actie;
    if (action === 'blokkeren') {
      const result = await accounts.block(user.id, actorOf(c));
      if (result.status === 'not-found') throw userNotFound();
      if (result.status === 'refused') {
        return showUser(c, deps, user, { problems: { actie: selfProblemTexts.blokkeren } }, 422);
      }
      return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=geblokkeerd`, 303);
    }
    if (action === 'deblokkeren') {
      const result = await accounts.unblock(user.id, actorOf(c));
      if (result.status === 'not-found') throw userNotFound();
      return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=gedeblokkeerd`, 303);
    }
    return showUser(c, deps, user, { problems: { actie: incompleteForm } }, 422);
  });
}

function repeatProblem(form: NewUserFields): string | undefined {
  if (form.herhaling === '') return 'Vul het wachtwoord nog een keer in.';
  if (form.herhaling !== form.wachtwoord) {
    return 'De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.';
  }
  return undefined;
}
