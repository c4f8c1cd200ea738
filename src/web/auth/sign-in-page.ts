// The sign-in form of the beheer part.
import { errorSummary } from '../../views/error-summary.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { type FormProblems, summaryOf, textField } from '../beheer/ui/form-field.ts';
import { notice } from '../beheer/ui/notice.ts';
import { csrfField } from './csrf.ts';

export interface SignInPageOptions {
  email?: string;
  returnPath?: string | undefined;
  problems?: FormProblems;
  /** A message above the form, e.g. after signing out or when throttled. */
  message?: { kind: 'ok' | 'warning'; text: string } | undefined;
  csrfToken?: string | undefined;
}

export function signInPage(options: SignInPageOptions): SafeHtml {
  const { email = '', returnPath, problems = {}, message, csrfToken } = options;
  return html`<h1 class="utrecht-heading-1">Inloggen</h1>
<p class="utrecht-paragraph">Log in om de Woonkansbomen te beheren.</p>
${notice(message?.text, message?.kind)}
${errorSummary(summaryOf(problems))}
<form method="post" action="/beheer/inloggen" novalidate>
${csrfField(csrfToken)}
${returnPath ? html`<input type="hidden" name="terug" value="${returnPath}">` : ''}
${textField({ id: 'email', label: 'E-mailadres', type: 'email', value: email, autocomplete: 'username', error: problems.email })}
${textField({ id: 'wachtwoord', label: 'Wachtwoord', type: 'password', autocomplete: 'current-password', error: problems.wachtwoord })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Inloggen</button>
</form>
<p class="utrecht-paragraph">Wachtwoord vergeten? Vraag een beheerder van Bureau Woonkans om een eenmalig wachtwoord. Daarmee logt u in en kiest u meteen een nieuw wachtwoord. Nog geen account? Een beheerder kan u toevoegen.</p>`;
}
