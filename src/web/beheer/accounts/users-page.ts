// The list of users and the form to add one (beheerders only).

import { minimumPasswordLength } from '../../../core/accounts/password-rule.ts';
import { roles, type UserRecord } from '../../../store/store.ts';
import { errorSummary } from '../../../views/error-summary.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import { dataTable } from '../ui/data-table.ts';
import { type FormProblems, radioField, summaryOf, textField } from '../ui/form-field.ts';
import { notice } from '../ui/notice.ts';
import { roleDescriptions, roleNames, userStatus } from './account-texts.ts';

export interface NewUserFields {
  email: string;
  rol: string;
  wachtwoord: string;
  herhaling: string;
}

export const emptyNewUser: NewUserFields = { email: '', rol: '', wachtwoord: '', herhaling: '' };

export const roleChoices = roles.map((role) => ({
  value: role,
  label: roleNames[role],
  hint: roleDescriptions[role],
}));

export function usersPage(options: {
  users: UserRecord[];
  form: NewUserFields;
  problems: FormProblems;
  done?: string | undefined;
  csrfToken: string | undefined;
}): SafeHtml {
  const { users, form, problems, done, csrfToken } = options;
  const rows = users.map((user) => [
    html`<a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers/${String(user.id)}">${user.email}</a>`,
    roleNames[user.role],
    userStatus(user),
  ]);
  return html`<h1 class="utrecht-heading-1">Gebruikers</h1>
${notice(done)}
${errorSummary(summaryOf(problems, { rol: `rol-${roles[0]}`, herhaling: 'herhaling' }))}
${dataTable('Wie mag inloggen in het beheer', ['E-mailadres', 'Rol', 'Status'], rows)}
<p class="utrecht-paragraph">Kies een gebruiker om de rol te veranderen, de gebruiker te blokkeren of API-tokens te beheren.</p>
<h2 class="utrecht-heading-2" id="toevoegen">Gebruiker toevoegen</h2>
<form method="post" action="/beheer/gebruikers" novalidate>
${csrfField(csrfToken)}
${textField({ id: 'email', label: 'E-mailadres', type: 'email', value: form.email, autocomplete: 'off', error: problems.email })}
${radioField({ name: 'rol', legend: 'Rol', choices: roleChoices, value: form.rol, error: problems.rol })}
${textField({ id: 'wachtwoord', label: 'Eerste wachtwoord', type: 'password', value: form.wachtwoord, autocomplete: 'new-password', hint: `Minstens ${minimumPasswordLength} tekens. Geef het wachtwoord persoonlijk of via een ander kanaal door dan het e-mailadres.`, error: problems.wachtwoord })}
${textField({ id: 'herhaling', label: 'Eerste wachtwoord nog een keer', type: 'password', value: form.herhaling, autocomplete: 'new-password', error: problems.herhaling })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Gebruiker toevoegen</button>
</form>`;
}
