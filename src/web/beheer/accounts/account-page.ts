// The signed-in user's own account: change the password.
import { minimumPasswordLength } from '../../../core/accounts/password-rule.ts';
import { errorSummary } from '../../../views/error-summary.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import type { Principal } from '../../auth/principal.ts';
import { type FormProblems, summaryOf, textField } from '../ui/form-field.ts';
import { notice } from '../ui/notice.ts';
import { roleNames } from './account-texts.ts';

export interface AccountPageOptions {
  principal: Principal;
  problems?: FormProblems;
  done?: string | undefined;
  csrfToken: string | undefined;
}

export function accountPage(options: AccountPageOptions): SafeHtml {
  const { principal, problems = {}, done, csrfToken } = options;
  const oneTime = principal.mustChangePassword === true;
  return html`<h1 class="utrecht-heading-1">Mijn account</h1>
${notice(done)}
${oneTime ? notice('U bent ingelogd met een eenmalig wachtwoord. Kies nu uw eigen wachtwoord. Daarna kunt u verder.', 'warning') : ''}
${errorSummary(summaryOf(problems))}
<p class="utrecht-paragraph">U bent ingelogd als ${principal.email} (${roleNames[principal.role]}).</p>
<h2 class="utrecht-heading-2">Wachtwoord wijzigen</h2>
<p class="utrecht-paragraph">Na het wijzigen bent u op andere computers en browsers uitgelogd.</p>
<form method="post" action="/beheer/account" novalidate>
${csrfField(csrfToken)}
${textField({ id: 'huidig', label: oneTime ? 'Eenmalig wachtwoord' : 'Huidig wachtwoord', type: 'password', value: '', autocomplete: 'current-password', error: problems.huidig })}
${textField({ id: 'wachtwoord', label: 'Nieuw wachtwoord', type: 'password', value: '', autocomplete: 'new-password', hint: `Minstens ${minimumPasswordLength} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`, error: problems.wachtwoord })}
${textField({ id: 'herhaling', label: 'Nieuw wachtwoord nog een keer', type: 'password', value: '', autocomplete: 'new-password', error: problems.herhaling })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Wachtwoord wijzigen</button>
</form>`;
}
