// Managing users (beheerders only): list, add, change role, block and unblock.
// A beheerder cannot demote or block themself, so there is always one left.

import { randomInt } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { hashOneTimePassword, hashPassword } from '../../admin/accounts/password-hash.ts';
import { passwordProblem, passwordProblemTextNl } from '../../core/password-rule.ts';
import { type Role, roles, type UserRecord } from '../../store/store.ts';
import { UserExistsError } from '../../store/user-exists-error.ts';
import { html } from '../../views/html.ts';
import type { BeheerDeps } from '../app.ts';
import { beheerPage } from './beheer-page.ts';
import { formFields } from './form-body.ts';
import type { FormProblems } from './form-field.ts';
import type { AppEnv } from './principal.ts';
import { requirePermission } from './require-permission.ts';
import { type UserPageOptions, userPage } from './user-page.ts';
import { emptyNewUser, type NewUserFields, usersPage } from './users-page.ts';

/** No 0/o, 1/l/i: read aloud or typed over without mistakes. 16 of 31 signs ≈ 79 bits. */
const oneTimeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function newOneTimePassword(): string {
  const signs = Array.from(
    { length: 16 },
    () => oneTimeAlphabet[randomInt(oneTimeAlphabet.length)],
  );
  return (signs.join('').match(/.{4}/g) ?? []).join('-');
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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

function isRole(value: string | undefined): value is Role {
  return (roles as readonly string[]).includes(value ?? '');
}

/** The user named by `:id` in the path, or undefined. */
export async function userFromPath(
  c: Context<AppEnv>,
  deps: BeheerDeps,
): Promise<UserRecord | undefined> {
  const id = c.req.param('id') ?? '';
  return /^[1-9][0-9]{0,9}$/.test(id) ? deps.store.userById(Number(id)) : undefined;
}

export function userNotFound(
  c: Context<AppEnv>,
  deps: BeheerDeps,
  what = 'Deze gebruiker bestaat niet.',
): Response {
  return beheerPage(c, deps, {
    title: 'Niet gevonden',
    status: 404,
    main: html`<h1 class="utrecht-heading-1">Niet gevonden</h1>
<p class="utrecht-paragraph">${what}</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">Naar alle gebruikers</a></p>`,
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

function actorOf(c: Context<AppEnv>): string {
  return c.get('principal')?.email ?? '';
}

export function userRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
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
    const problems = newUserProblems(form);
    if (!problems.email && (await store.userByEmail(form.email))) {
      problems.email = 'Er is al een gebruiker met dit e-mailadres.';
    }
    if (Object.keys(problems).length > 0 || !isRole(form.rol)) return list(c, form, problems, 422);

    let user: UserRecord;
    try {
      user = await store.createUser({
        email: form.email,
        role: form.rol,
        passwordHash: await hashPassword(form.wachtwoord),
      });
    } catch (error) {
      if (!(error instanceof UserExistsError)) throw error;
      return list(c, form, { email: 'Er is al een gebruiker met dit e-mailadres.' }, 422);
    }
    await store.audit({
      actor: actorOf(c),
      action: 'user-created',
      subject: user.email,
      detail: { role: user.role },
    });
    return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=toegevoegd`, 303);
  });

  app.get('/beheer/gebruikers/:id', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    return user ? showUser(c, deps, user, { done: doneText(c) }) : userNotFound(c, deps);
  });

  app.post('/beheer/gebruikers/:id/rol', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) return userNotFound(c, deps);
    const rol = (await formFields(c)).rol;
    if (c.get('principal')?.userId === user.id) {
      return showUser(
        c,
        deps,
        user,
        {
          problems: { rol: 'U kunt uw eigen rol niet veranderen. Vraag het een andere beheerder.' },
        },
        422,
      );
    }
    if (!isRole(rol)) {
      return showUser(c, deps, user, { problems: { rol: 'Kies een rol.' } }, 422);
    }
    if (rol !== user.role) {
      await store.updateUser(user.id, { role: rol });
      await store.audit({
        actor: actorOf(c),
        action: 'user-changed',
        subject: user.email,
        detail: { role: rol, previousRole: user.role },
      });
    }
    return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=rol`, 303);
  });

  // A one-time password for someone who forgot theirs: shown once (in this
  // answer, never in a URL), old password and sessions gone, a new one required.
  app.post('/beheer/gebruikers/:id/wachtwoord', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) return userNotFound(c, deps);
    if (c.get('principal')?.userId === user.id) {
      return showUser(
        c,
        deps,
        user,
        { problems: { actie: 'Uw eigen wachtwoord wijzigt u bij Mijn account.' } },
        422,
      );
    }
    const oneTimePassword = newOneTimePassword();
    await store.updateUser(user.id, { passwordHash: await hashOneTimePassword(oneTimePassword) });
    await store.deleteSessionsOf(user.id);
    await store.audit({
      actor: actorOf(c),
      action: 'password-reset',
      subject: user.email,
      detail: {},
    });
    return showUser(c, deps, (await store.userById(user.id)) ?? user, {
      oneTimePassword,
      done: 'Er is een eenmalig wachtwoord gemaakt. De gebruiker is overal uitgelogd.',
    });
  });

  app.post('/beheer/gebruikers/:id/status', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) return userNotFound(c, deps);
    const action = (await formFields(c)).actie;
    if (action === 'blokkeren') {
      if (c.get('principal')?.userId === user.id) {
        return showUser(
          c,
          deps,
          user,
          { problems: { actie: 'U kunt uzelf niet blokkeren.' } },
          422,
        );
      }
      if (user.disabledAt === null) {
        await store.updateUser(user.id, { disabled: true });
        await store.audit({
          actor: actorOf(c),
          action: 'user-disabled',
          subject: user.email,
          detail: {},
        });
      }
      // Also when already blocked: no session of a blocked user may live on.
      await store.deleteSessionsOf(user.id);
      return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=geblokkeerd`, 303);
    }
    if (action === 'deblokkeren') {
      if (user.disabledAt !== null) {
        await store.updateUser(user.id, { disabled: false });
        await store.audit({
          actor: actorOf(c),
          action: 'user-changed',
          subject: user.email,
          detail: { enabled: true },
        });
      }
      return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=gedeblokkeerd`, 303);
    }
    return showUser(
      c,
      deps,
      user,
      {
        problems: {
          actie:
            'Dit formulier is niet compleet. Laad de pagina opnieuw en probeer het nog een keer.',
        },
      },
      422,
    );
  });
}

function newUserProblems(form: NewUserFields): FormProblems {
  const problems: FormProblems = {};
  if (form.email === '') problems.email = 'Vul het e-mailadres in.';
  else if (!emailPattern.test(form.email) || form.email.length > 254) {
    problems.email = 'Vul een geldig e-mailadres in, zoals naam@woonkans.nl.';
  }
  if (!isRole(form.rol)) problems.rol = 'Kies een rol.';
  const passwordTrouble = passwordProblem(form.wachtwoord);
  if (passwordTrouble) problems.wachtwoord = passwordProblemTextNl[passwordTrouble];
  if (form.herhaling === '') problems.herhaling = 'Vul het wachtwoord nog een keer in.';
  else if (form.herhaling !== form.wachtwoord) {
    problems.herhaling =
      'De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.';
  }
  return problems;
}
