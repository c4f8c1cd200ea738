import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commonPasswords } from './common-passwords.ts';
import { passwordProblem } from './password-rule.ts';

describe('the password rule (web and CLI)', () => {
  it('counts code points, not UTF-16 units', () => {
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    assert.equal(passwordProblem('🏠'.repeat(6) + '🔑'.repeat(5)), 'too-short');
    assert.equal(passwordProblem('één twee drie'), undefined);
  });

  it('refuses whitespace only, too short and too long', () => {
    assert.equal(passwordProblem(' '.repeat(12)), 'only-whitespace');
    assert.equal(passwordProblem('\t \u00a0'.repeat(6)), 'only-whitespace');
    assert.equal(passwordProblem('elf tekens!'), 'too-short');
    assert.equal(
      passwordProblem('x'.repeat(20).replace(/x/g, 'ab3') + 'y'.repeat(250)),
      'too-long',
    );
  });

  it('refuses common passwords, whatever their case, and one or two characters repeated', () => {
    for (const common of ['Wachtwoord123', 'QWERTY123456', 'welkomwelkom', '123456789012'])
      assert.equal(passwordProblem(common), 'common', common);
    assert.equal(passwordProblem('aaaaaaaaaaaa'), 'common');
    assert.equal(passwordProblem('abababababab'), 'common');
    assert.equal(passwordProblem('lange wachtzin van Bea 2026'), undefined);
  });

  it('ships a list of at least 200 entries, each long enough to pass the length check', () => {
    assert.ok(commonPasswords.length >= 200);
    for (const entry of commonPasswords) assert.ok([...entry].length >= 12, entry);
  });
});
