// The accounts service on both stores: the same rules and audit entries
// whether the beheer pages or the CLI ask.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../../../test/store/test-databases.ts';
import type { Store } from '../../store/store.ts';
import { commandLine, type UserActor } from './account-actor.ts';
import { accountProblem } from './account-problem-texts.ts';
import { maximumEmailLength } from './account-rules.ts';
import { Accounts } from './accounts.ts';
import { isOneTimeHash, verifyPassword } from './password-hash.ts';
import { hashToken } from './secret-token.ts';
import { startSession } from './sessions.ts';

const password = 'een lange wachtzin voor de test';
const now = new Date('2026-12-06T10:00:00Z');

function accountsSuite(kind: string, database: () => Promise<TestDatabase>, skip?: string) {
  describe(`Accounts on ${kind}`, { skip }, () => {
    let db: TestDatabase;
    let store: Store;
    let accounts: Accounts;
    let beheerder: UserActor;
    let users = 0;

    before(async () => {
      db = await database();
      store = await db.open();
      accounts = new Accounts(store);
      const added = await accounts.addUser(
        { email: 'beheerder@woonkans.nl', role: 'beheerder', password },
        commandLine,
      );
      assert.equal(added.status, 'added');
      beheerder = { userId: added.user.id, email: added.user.email };
    });
    after(async () => {
      await store?.close();
      await db?.dispose();
    });

    /** A new redacteur with a unique address, added by the beheerder. */
    const newUser = async () => {
      users += 1;
      const result = await accounts.addUser(
        { email: `gebruiker-${users}@woonkans.nl`, role: 'redacteur', password },
        beheerder,
      );
      assert.equal(result.status, 'added');
      return result.user;
    };
    const lastEntry = async () => (await store.auditLog({ limit: 1 }))[0];
    const hasSession = async (token: string) =>
      (await store.session(hashToken(token))) !== undefined;

    describe('adding a user', () => {
      it('stores an argon2id hash, never the password, and logs who added whom', async () => {
        const result = await accounts.addUser(
          { email: 'Nieuw@Woonkans.nl', role: 'analist', password },
          beheerder,
        );
        assert.equal(result.status, 'added');
        assert.equal(result.user.email, 'nieuw@woonkans.nl');
        assert.match(result.user.passwordHash ?? '', /^\$argon2id\$/);
        assert.ok(await verifyPassword(result.user.passwordHash ?? '', password));
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.subject, entry?.detail],
          [beheerder.email, 'user-created', 'nieuw@woonkans.nl', { role: 'analist' }],
        );
        assert.doesNotMatch(JSON.stringify(entry), new RegExp(password));
      });

      it('logs a user added at the command line as nobody, via the CLI', async () => {
        await accounts.addUser(
          { email: 'cli@woonkans.nl', role: 'redacteur', password },
          commandLine,
        );
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.detail],
          [null, 'user-created', { role: 'redacteur', via: 'cli' }],
        );
      });

      it('lists every problem in the order of the form and adds nothing', async () => {
        const before = (await store.users()).length;
        const result = await accounts.addUser(
          { email: 'geen-adres', role: 'baas', password: 'kort' },
          beheerder,
        );
        assert.deepEqual(result, {
          status: 'refused',
          problems: [
            accountProblem('email', 'email-invalid'),
            accountProblem('role', 'role-unknown'),
            accountProblem('password', 'too-short'),
          ],
        });
        assert.equal((await store.users()).length, before);
      });

      it('refuses a missing address, one too long, and one taken in another letter case', async () => {
        const problemFor = async (email: string) => {
          const result = await accounts.addUser({ email, role: 'redacteur', password }, beheerder);
          return result.status === 'refused' ? result.problems : [];
        };
        assert.deepEqual(await problemFor(''), [accountProblem('email', 'email-missing')]);
        const long = `${'a'.repeat(maximumEmailLength - '@woonkans.nl'.length + 1)}@woonkans.nl`;
        assert.deepEqual(await problemFor(long), [accountProblem('email', 'email-invalid')]);
        assert.deepEqual(await problemFor('BEHEERDER@woonkans.nl'), [
          accountProblem('email', 'email-taken'),
        ]);
      });

      it('applies the one password rule: whitespace only and common passwords are refused', async () => {
        const codesFor = async (candidate: string) =>
          (
            await accounts.newUserProblems({
              email: 'x@woonkans.nl',
              role: 'redacteur',
              password: candidate,
            })
          ).map((problem) => problem.code);
        assert.deepEqual(await codesFor(' '.repeat(12)), ['only-whitespace']);
        assert.deepEqual(await codesFor('Welkom123456'), ['common']);
        assert.deepEqual(await codesFor(password), []);
      });
    });

    describe('roles and blocking', () => {
      it('changes a role and logs from what to what; the same role again logs nothing', async () => {
        const user = await newUser();
        assert.deepEqual(await accounts.changeRole(user.id, 'analist', beheerder), {
          status: 'changed',
        });
        assert.equal((await store.userById(user.id))?.role, 'analist');
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.action, entry?.subject, entry?.detail],
          ['user-changed', user.email, { role: 'analist', previousRole: 'redacteur' }],
        );
        assert.deepEqual(await accounts.changeRole(user.id, 'analist', beheerder), {
          status: 'unchanged',
        });
        assert.equal((await lastEntry())?.id, entry?.id);
        assert.deepEqual(await accounts.changeRole(user.id, 'baas', beheerder), {
          status: 'refused',
          problem: 'role-unknown',
        });
      });

      it('does not let a beheerder change their own role, block themself or reset their own password', async () => {
        const self = beheerder.userId;
        const refusedSelf = { status: 'refused', problem: 'self' };
        assert.deepEqual(await accounts.changeRole(self, 'redacteur', beheerder), refusedSelf);
        assert.deepEqual(await accounts.block(self, beheerder), refusedSelf);
        assert.deepEqual(await accounts.resetPassword(self, beheerder), refusedSelf);
        const me = await store.userById(self);
        assert.equal(me?.role, 'beheerder');
        assert.equal(me?.disabledAt, null);
        assert.ok(await verifyPassword(me?.passwordHash ?? '', password));
      });

      it('blocks a user and ends their sessions, also when already blocked; unblocking logs it', async () => {
        const user = await newUser();
        const first = await startSession(store, user.id, now);
        assert.deepEqual(await accounts.block(user.id, beheerder), { status: 'blocked' });
        assert.ok((await store.userById(user.id))?.disabledAt);
        assert.equal(await hasSession(first), false);
        const blockedEntry = await lastEntry();
        assert.deepEqual(
          [blockedEntry?.action, blockedEntry?.subject],
          ['user-disabled', user.email],
        );

        const second = await startSession(store, user.id, now);
        assert.deepEqual(await accounts.block(user.id, beheerder), { status: 'blocked' });
        assert.equal(await hasSession(second), false, 'no session of a blocked user lives on');
        assert.equal((await lastEntry())?.id, blockedEntry?.id, 'logged once');

        assert.deepEqual(await accounts.unblock(user.id, beheerder), { status: 'unblocked' });
        assert.equal((await store.userById(user.id))?.disabledAt, null);
        const entry = await lastEntry();
        assert.deepEqual([entry?.action, entry?.detail], ['user-changed', { enabled: true }]);
      });

      it('answers not-found for a user that does not exist', async () => {
        const missing = 999_999;
        for (const result of [
          await accounts.changeRole(missing, 'analist', beheerder),
          await accounts.block(missing, beheerder),
          await accounts.unblock(missing, beheerder),
          await accounts.setPassword(missing, password, commandLine),
          await accounts.resetPassword(missing, beheerder),
          await accounts.createToken(missing, 'x', beheerder),
          await accounts.revokeToken(missing, 1, beheerder),
        ]) {
          assert.deepEqual(result, { status: 'not-found' });
        }
      });
    });

    describe('passwords', () => {
      it('sets a password at the command line, ends the sessions and logs it via the CLI', async () => {
        const user = await newUser();
        const session = await startSession(store, user.id, now);
        assert.deepEqual(await accounts.setPassword(user.id, 'Wachtwoord123', commandLine), {
          status: 'refused',
          problem: 'common',
        });
        assert.equal(await hasSession(session), true, 'nothing changed by a refusal');
        const next = 'een andere lange wachtzin';
        assert.equal((await accounts.setPassword(user.id, next, commandLine)).status, 'set');
        assert.ok(await verifyPassword((await store.userById(user.id))?.passwordHash ?? '', next));
        assert.equal(await hasSession(session), false);
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.subject, entry?.detail],
          [null, 'password-set', user.email, { via: 'cli' }],
        );
      });

      it('changes one’s own password only with the current one, and ends every session', async () => {
        const user = await newUser();
        const session = await startSession(store, user.id, now);
        const next = 'mijn nieuwe wachtzin voor het beheer';
        assert.deepEqual(
          await accounts.changeOwnPassword(user.id, { current: 'fout', password: next }),
          {
            status: 'refused',
            problems: [accountProblem('current', 'current-wrong')],
          },
        );
        assert.deepEqual(
          await accounts.ownPasswordProblems(user.id, { current: '', password: 'kort' }),
          [accountProblem('current', 'current-missing'), accountProblem('password', 'too-short')],
        );
        assert.deepEqual(
          await accounts.changeOwnPassword(user.id, { current: password, password }),
          { status: 'refused', problems: [accountProblem('password', 'same-as-current')] },
        );
        assert.equal(await hasSession(session), true);

        const changed = await accounts.changeOwnPassword(user.id, {
          current: password,
          password: next,
        });
        assert.equal(changed.status, 'changed');
        assert.ok(await verifyPassword((await store.userById(user.id))?.passwordHash ?? '', next));
        assert.equal(await hasSession(session), false);
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.subject, entry?.detail],
          [user.email, 'password-changed', user.email, {}],
        );
      });

      it('makes a one-time password: shown once, the old one and every session gone', async () => {
        const user = await newUser();
        const session = await startSession(store, user.id, now);
        const result = await accounts.resetPassword(user.id, beheerder);
        assert.equal(result.status, 'reset');
        assert.match(result.oneTimePassword, /^([a-z2-9]{4}-){3}[a-z2-9]{4}$/);
        assert.doesNotMatch(result.oneTimePassword, /[01ilo]/);
        const stored = (await store.userById(user.id))?.passwordHash ?? null;
        assert.ok(isOneTimeHash(stored));
        assert.equal(result.user.passwordHash, stored, 'the user as it is now');
        assert.ok(await verifyPassword(stored ?? '', result.oneTimePassword));
        assert.ok(!(await verifyPassword(stored ?? '', password)));
        assert.equal(await hasSession(session), false);
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.subject, entry?.detail],
          [beheerder.email, 'password-reset', user.email, {}],
        );
        assert.doesNotMatch(JSON.stringify(entry), new RegExp(result.oneTimePassword));
      });
    });

    describe('API tokens', () => {
      it('returns a new token once, stores only its hash and logs it without the token', async () => {
        const user = await newUser();
        const result = await accounts.createToken(user.id, '  Koppeling zaaksysteem ', beheerder);
        assert.equal(result.status, 'created');
        assert.match(result.token, /^[A-Za-z0-9_-]{43}$/);
        assert.equal(result.record.label, 'Koppeling zaaksysteem');
        assert.equal((await store.tokenByHash(hashToken(result.token)))?.id, result.record.id);
        assert.equal(await store.tokenByHash(result.token), undefined);
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.subject, entry?.detail],
          [
            beheerder.email,
            'token-created',
            user.email,
            { tokenId: result.record.id, label: 'Koppeling zaaksysteem' },
          ],
        );
        assert.doesNotMatch(JSON.stringify(entry), new RegExp(result.token));
      });

      it('asks for a label of at most 100 characters, except a CLI token made without one', async () => {
        const user = await newUser();
        assert.deepEqual(await accounts.createToken(user.id, '   ', beheerder), {
          status: 'refused',
          problem: 'label-missing',
        });
        assert.deepEqual(await accounts.createToken(user.id, 'x'.repeat(101), beheerder), {
          status: 'refused',
          problem: 'label-too-long',
        });
        assert.deepEqual(await store.tokens(user.id), []);
        const result = await accounts.createToken(user.id, undefined, commandLine);
        assert.equal(result.status, 'created');
        assert.equal(result.record.label, '');
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.detail],
          [null, { tokenId: result.record.id, label: '', via: 'cli' }],
        );
      });

      it('revokes a token through its owner only, and logs it once', async () => {
        const owner = await newUser();
        const other = await newUser();
        const created = await accounts.createToken(owner.id, 'koppeling', beheerder);
        assert.equal(created.status, 'created');
        const tokenId = created.record.id;
        assert.deepEqual(await accounts.revokeToken(other.id, tokenId, beheerder), {
          status: 'not-found',
        });
        assert.equal((await store.tokens(owner.id))[0]?.revokedAt, null);

        assert.deepEqual(await accounts.revokeToken(owner.id, tokenId, beheerder), {
          status: 'revoked',
        });
        assert.ok((await store.tokens(owner.id))[0]?.revokedAt);
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.action, entry?.subject, entry?.detail],
          ['token-revoked', owner.email, { tokenId, label: 'koppeling' }],
        );
        assert.deepEqual(await accounts.revokeToken(owner.id, tokenId, beheerder), {
          status: 'already-revoked',
        });
        assert.equal((await lastEntry())?.id, entry?.id);
      });
    });
  });
}

accountsSuite('sqlite', async () => sqliteTestDatabase());
accountsSuite('postgres', postgresTestDatabase, await postgresUnavailable());
