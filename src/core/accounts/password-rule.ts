// What a new password must be, for the web (own password, reset) and the CLI
// alike: at least 12 characters counted as code points (so 'é' or an emoji is
// one), not only whitespace, at most 256 characters, and not a common
// password. Pure: the list of common passwords is data (common-passwords.ts).
import { commonPasswords } from './common-passwords.ts';

export const minimumPasswordLength = 12;
/** Longer input is refused rather than hashed: argon2 would do it, but nobody types this. */
export const maximumPasswordLength = 256;

export type PasswordProblem = 'too-short' | 'too-long' | 'only-whitespace' | 'common';

const common = new Set(commonPasswords.map(normalised));

function normalised(password: string): string {
  return password.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Undefined when the password may be used. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (password.trim() === '') return 'only-whitespace';
  if (length < minimumPasswordLength) return 'too-short';
  if (length > maximumPasswordLength) return 'too-long';
  const plain = normalised(password);
  // One character over and over ('aaaaaaaaaaaa') is as common as any word.
  if (common.has(plain) || new Set(plain).size <= 2) return 'common';
  return undefined;
}

/** For the beheer pages (Dutch, B1). */
export const passwordProblemTextNl: Record<PasswordProblem, string> = {
  'too-short': `Kies een wachtwoord van minstens ${minimumPasswordLength} tekens.`,
  'too-long': `Kies een wachtwoord van hoogstens ${maximumPasswordLength} tekens.`,
  'only-whitespace': 'Een wachtwoord van alleen spaties kan niet. Kies een ander wachtwoord.',
  common:
    'Dit wachtwoord gebruiken veel mensen. Het is makkelijk te raden. Kies een ander wachtwoord.',
};

/** For the command line (English, like the rest of the CLI). */
export const passwordProblemTextEn: Record<PasswordProblem, string> = {
  'too-short': `The password is too short: use at least ${minimumPasswordLength} characters.`,
  'too-long': `The password is too long: use at most ${maximumPasswordLength} characters.`,
  'only-whitespace': 'The password is only whitespace: choose another one.',
  common: 'The password is a common one and easy to guess: choose another one.',
};
