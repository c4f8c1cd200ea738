// The accounts service's problems in Dutch (B1): one place for every text.
// The web shows them beside its form fields; the CLI words the codes in
// English, like the rest of the command line.
import { type PasswordProblem, passwordProblemTextNl } from '../../core/accounts/password-rule.ts';
import type { Problem } from '../../core/problem.ts';
import {
  type EmailProblem,
  maximumTokenLabelLength,
  type TokenLabelProblem,
} from './account-rules.ts';

type AccountCode =
  | EmailProblem
  | PasswordProblem
  | 'email-taken'
  | 'role-unknown'
  | 'current-missing'
  | 'current-wrong'
  | 'same-as-current';

/** A problem with one of an account's fields: `email`, `role`, `password` or `current`. */
export interface AccountProblem<Path extends string, Code extends AccountCode>
  extends Problem<Code> {
  path: Path;
}

export const accountProblemTexts: Record<AccountCode, string> = {
  ...passwordProblemTextNl,
  'email-missing': 'Vul het e-mailadres in.',
  'email-invalid': 'Vul een geldig e-mailadres in, zoals naam@woonkans.nl.',
  'email-taken': 'Er is al een gebruiker met dit e-mailadres.',
  'role-unknown': 'Kies een rol.',
  'current-missing': 'Vul uw huidige wachtwoord in.',
  'current-wrong': 'Uw huidige wachtwoord klopt niet. Vul het opnieuw in.',
  'same-as-current': 'Kies een ander wachtwoord dan uw huidige.',
};

export function accountProblem<Path extends string, Code extends AccountCode>(
  path: Path,
  code: Code,
): AccountProblem<Path, Code> {
  return { path, code, message: accountProblemTexts[code] };
}

export const tokenLabelProblemTexts: Record<TokenLabelProblem, string> = {
  'label-missing': 'Geef het token een naam, zodat u later weet waar het voor is.',
  'label-too-long': `Kies een naam van hoogstens ${maximumTokenLabelLength} tekens.`,
};

/** What a beheerder may not do to their own account, per form on the user page. */
export const selfProblemTexts = {
  rol: 'U kunt uw eigen rol niet veranderen. Vraag het een andere beheerder.',
  blokkeren: 'U kunt uzelf niet blokkeren.',
  wachtwoord: 'Uw eigen wachtwoord wijzigt u bij Mijn account.',
} as const;
