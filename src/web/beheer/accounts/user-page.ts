// One user: role, blocking, and API tokens (beheerders only).
import { roles, type TokenRecord, type UserRecord } from '../../../store/store.ts';
import { errorSummary } from '../../../views/error-summary.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { csrfField } from '../../auth/csrf.ts';
import { formatAmsterdamTime } from '../ui/amsterdam-time.ts';
import { dataTable } from '../ui/data-table.ts';
import { type FormProblems, radioField, summaryOf, textField } from '../ui/form-field.ts';
import { notice } from '../ui/notice.ts';
import { roleNames, userStatus } from './account-texts.ts';
import { roleChoices } from './users-page.ts';

export interface UserPageOptions {
  user: UserRecord;
  tokens: TokenRecord[];
  /** True when the beheerder looks at their own account. */
  self: boolean;
  /** What was typed in the forms on this page, kept after an error. */
  form?: { rol?: string; label?: string };
  problems?: FormProblems;
  done?: string | undefined;
  /** A token just made: shown this once, never again. */
  newToken?: { label: string; token: string } | undefined;
  /** A one-time password just made: shown this once, never again. */
  oneTimePassword?: string | undefined;
  csrfToken: string | undefined;
}

const button = (text: string, kind: 'primary' | 'secondary' = 'secondary') =>
  html`<button class="utrecht-button utrecht-button--${kind}-action utrecht-button--submit" type="submit">${text}</button>`;

export function userPage(options: UserPageOptions): SafeHtml {
  const { user, self, form = {}, problems = {}, done, csrfToken } = options;
  const base = `/beheer/gebruikers/${user.id}`;
  return html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">Alle gebruikers</a></p>
<h1 class="utrecht-heading-1">${user.email}</h1>
${notice(done)}
${errorSummary(summaryOf(problems, { rol: self ? 'rol' : `rol-${roles[0]}`, actie: 'toegang' }))}
${newTokenAlert(options.newToken)}
${oneTimePasswordAlert(options.oneTimePassword)}
<dl class="utrecht-data-list utrecht-data-list--rows">
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Rol</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${roleNames[user.role]}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Status</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${userStatus(user)}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Toegevoegd</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${formatAmsterdamTime(user.createdAt)}</dd></div>
</dl>

<h2 class="utrecht-heading-2" id="rol">Rol</h2>
${
  self
    ? html`<p class="utrecht-paragraph">Dit bent u zelf. Uw eigen rol kunt u niet veranderen. Zo blijft er altijd een beheerder over. Vraag het een andere beheerder als het toch moet.</p>`
    : html`<form method="post" action="${base}/rol" novalidate>
${csrfField(csrfToken)}
${radioField({ name: 'rol', legend: 'Nieuwe rol', choices: roleChoices, value: form.rol ?? user.role, error: problems.rol })}
${button('Rol opslaan')}
</form>`
}

<h2 class="utrecht-heading-2" id="toegang">Toegang</h2>
${statusSection(user, self, base, csrfToken)}

<h2 class="utrecht-heading-2" id="wachtwoord">Wachtwoord</h2>
${
  self
    ? html`<p class="utrecht-paragraph">Uw eigen wachtwoord wijzigt u bij <a class="utrecht-link utrecht-link--html-a" href="/beheer/account">Mijn account</a>.</p>`
    : html`<p class="utrecht-paragraph">Wachtwoord vergeten? Maak een eenmalig wachtwoord. De gebruiker logt daarmee in en moet dan meteen een eigen wachtwoord kiezen. Het oude wachtwoord werkt niet meer en de gebruiker wordt overal uitgelogd.</p>
<form method="post" action="${base}/wachtwoord" novalidate>
${csrfField(csrfToken)}
${button('Eenmalig wachtwoord maken')}
</form>`
}

<h2 class="utrecht-heading-2" id="tokens">API-tokens</h2>
<p class="utrecht-paragraph">Met een API-token kan een ander systeem de beheer-API gebruiken namens deze gebruiker, met dezelfde rol. Geef elk systeem een eigen token. Trek een token in als het niet meer nodig is of als iemand anders het kan kennen.</p>
${tokenTable(options.tokens, base, csrfToken)}
<form method="post" action="${base}/tokens" novalidate>
${csrfField(csrfToken)}
${textField({ id: 'label', label: 'Naam van het nieuwe token', value: form.label ?? '', autocomplete: 'off', hint: 'Waar is het token voor? Bijvoorbeeld: koppeling met het zaaksysteem.', error: problems.label })}
${button('Token maken', 'primary')}
</form>`;
}

function statusSection(
  user: UserRecord,
  self: boolean,
  base: string,
  csrfToken: string | undefined,
): SafeHtml {
  if (self) {
    return html`<p class="utrecht-paragraph">U kunt uzelf niet blokkeren.</p>`;
  }
  if (user.disabledAt === null) {
    return html`<p class="utrecht-paragraph">Een geblokkeerde gebruiker kan niet meer inloggen en de API-tokens werken niet meer. Is de gebruiker nu ingelogd? Dan wordt hij meteen uitgelogd.</p>
<form method="post" action="${base}/status">
${csrfField(csrfToken)}
<input type="hidden" name="actie" value="blokkeren">
${button('Gebruiker blokkeren')}
</form>`;
  }
  return html`<p class="utrecht-paragraph">Deze gebruiker is geblokkeerd sinds ${formatAmsterdamTime(user.disabledAt)}.</p>
<form method="post" action="${base}/status">
${csrfField(csrfToken)}
<input type="hidden" name="actie" value="deblokkeren">
${button('Blokkade opheffen')}
</form>`;
}

function tokenTable(tokens: TokenRecord[], base: string, csrfToken: string | undefined): SafeHtml {
  if (tokens.length === 0) {
    return html`<p class="utrecht-paragraph">Deze gebruiker heeft nog geen API-tokens.</p>`;
  }
  const rows = tokens.map((token) => [
    token.label,
    formatAmsterdamTime(token.createdAt),
    token.lastUsedAt ? formatAmsterdamTime(token.lastUsedAt) : 'Nog nooit',
    token.revokedAt
      ? `Ingetrokken op ${formatAmsterdamTime(token.revokedAt)}`
      : html`<form method="post" action="${base}/tokens/${String(token.id)}/intrekken">
${csrfField(csrfToken)}
${button('Intrekken')}<span class="wkb-visually-hidden">: ${token.label}</span>
</form>`,
  ]);
  return dataTable(
    'API-tokens van deze gebruiker',
    ['Naam', 'Gemaakt', 'Laatst gebruikt', 'Status'],
    rows,
  );
}

function oneTimePasswordAlert(password: string | undefined): SafeHtml | '' {
  if (!password) return '';
  return html`<div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">Geef het eenmalige wachtwoord door</h2>
<p class="utrecht-paragraph">U ziet dit wachtwoord maar één keer. Geef het persoonlijk of via een ander kanaal door dan het e-mailadres. Bij het inloggen kiest de gebruiker meteen een eigen wachtwoord.</p>
<div class="utrecht-form-field utrecht-form-field--text">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="eenmalig-wachtwoord">Eenmalig wachtwoord</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="eenmalig-wachtwoord" value="${password}" readonly autocomplete="off" spellcheck="false"></div>
</div>
</div></div></div>`;
}

function newTokenAlert(created: UserPageOptions['newToken']): SafeHtml | '' {
  if (!created) return '';
  return html`<div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">Kopieer het nieuwe token nu</h2>
<p class="utrecht-paragraph">Dit is het token "${created.label}". U ziet het maar één keer. Selecteer het, kopieer het (Ctrl+C) en bewaar het veilig, bijvoorbeeld in een wachtwoordkluis. Kwijt? Trek het dan in en maak een nieuw token.</p>
<div class="utrecht-form-field utrecht-form-field--text">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="nieuw-token">Nieuw API-token</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="nieuw-token" value="${created.token}" readonly autocomplete="off" spellcheck="false"></div>
</div>
</div></div></div>`;
}
