// The password a beheerder makes for someone who forgot theirs. It is shown
// once and stored marked as one-time (password-hash.ts), so whoever signs in
// with it must choose a new password first.
import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: read aloud or typed over without mistakes. 16 of 31 signs ≈ 79 bits. */
const oneTimeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four, e.g. `k7mq-3xzp-tr9d-wh2e`. */
export function newOneTimePassword(): string {
  const signs = Array.from(
    { length: 16 },
    () => oneTimeAlphabet[randomInt(oneTimeAlphabet.length)],
  );
  return (signs.join('').match(/.{4}/g) ?? []).join('-');
}
