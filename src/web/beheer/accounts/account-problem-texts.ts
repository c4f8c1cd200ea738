// The accounts service's problem codes in Dutch (B1), for the beheer forms:
// one place for every text, each linked to its form field.

import { passwordProblemTextNl } from '../../../core/accounts/password-rule.ts';
import {
  maximumTokenLabelLength,
  type TokenLabelProblem,
} from '../../../services/accounts/account-rules.ts';
import type { NewUserProblem, OwnPasswordProblem } from '../../../services/accounts/accounts.ts';
import type { FormProblems } from '../ui/form-field.ts';

type FieldProblem = NewUserProblem | OwnPasswordProblem;

/** The form field each of the service's fields is typed in. */
const formFieldOf: Record<FieldProblem['field'], string> = {
  email: 'email',
  role: 'rol',
  password: 'wachtwoord',
  current: 'huidig',
};

export const fieldProblemTexts: Record<FieldProblem['code'], string> = {
  ...passwordProblemTextNl,
  'email-missing': 'Vul het e-mailadres in.',
  'email-invalid': 'Vul een geldig e-mailadres in, zoals naam@woonkans.nl.',
  'email-taken': 'Er is al een gebruiker met dit e-mailadres.',
  'role-unknown': 'Kies een rol.',
  'current-missing': 'Vul uw huidige wachtwoord in.',
  'current-wrong': 'Uw huidige wachtwoord klopt niet. Vul het opnieuw in.',
  'same-as-current': 'Kies een ander wachtwoord dan uw huidige.',
};

/** The problems by form field, in the order given (the order of the form). */
export function formProblemsOf(problems: readonly FieldProblem[]): FormProblems {
  return Object.fromEntries(
    problems.map((problem) => [formFieldOf[problem.field], fieldProblemTexts[problem.code]]),
  );
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
