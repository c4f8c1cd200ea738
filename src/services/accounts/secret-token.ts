// Secrets handed out once (API tokens, session ids): 32 random bytes as
// base64url. Only their SHA-256 is stored, so a copy of the database cannot
// be used to sign in.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hex SHA-256; the token carries 256 bits of randomness, so no salt or slow hash is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
