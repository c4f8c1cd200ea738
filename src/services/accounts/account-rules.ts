// What an account's e-mail address, role and API-token label must be, for
// the web and the CLI alike. Problems are codes; each side words them in its
// own language. The password rule is in src/core/password-rule.ts.
import { type Role, roles } from '../../store/store.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** What an e-mail address may be at most (RFC 5321). */
export const maximumEmailLength = 254;

export type EmailProblem = 'email-missing' | 'email-invalid';

/** Undefined when the address may be used. */
export function emailProblem(email: string): EmailProblem | undefined {
  if (email === '') return 'email-missing';
  if (!emailPattern.test(email) || email.length > maximumEmailLength) return 'email-invalid';
  return undefined;
}

export function isRole(value: string | undefined): value is Role {
  return (roles as readonly string[]).includes(value ?? '');
}

export const maximumTokenLabelLength = 100;

export type TokenLabelProblem = 'label-missing' | 'label-too-long';

/** For a label already trimmed; undefined when it may be used. */
export function tokenLabelProblem(label: string): TokenLabelProblem | undefined {
  if (label === '') return 'label-missing';
  if (label.length > maximumTokenLabelLength) return 'label-too-long';
  return undefined;
}
