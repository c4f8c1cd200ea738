// Passwords are hashed with argon2id (@node-rs/argon2's defaults: 19 MiB,
// 2 passes, 1 lane — the OWASP minimum) in PHC string form, so the
// parameters travel with the hash and can be raised later.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

/**
 * A one-time password (made by a beheerder) is stored as its hash with this
 * prefix: whoever signs in with it must choose a new password first. The mark
 * travels with the hash (backups, both stores) and needs no extra column.
 */
const oneTimeMark = 'eenmalig:';

export async function hashOneTimePassword(plain: string): Promise<string> {
  return `${oneTimeMark}${await hash(plain)}`;
}

export function isOneTimeHash(passwordHash: string | null): boolean {
  return passwordHash?.startsWith(oneTimeMark) === true;
}

/** False for a wrong password and for a hash that cannot be read (never throws on either). */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    const stored = isOneTimeHash(passwordHash)
      ? passwordHash.slice(oneTimeMark.length)
      : passwordHash;
    return await verify(stored, plain);
  } catch {
    return false;
  }
}
