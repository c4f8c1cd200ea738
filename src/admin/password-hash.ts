// Passwords are hashed with argon2id (@node-rs/argon2's defaults: 19 MiB,
// 2 passes, 1 lane — the OWASP minimum) in PHC string form, so the
// parameters travel with the hash and can be raised later.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

/** False for a wrong password and for a hash that cannot be read (never throws on either). */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
