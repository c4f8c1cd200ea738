// Signing in and out and who is asking, on both stores, with a clock the test moves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../../../test/store/test-databases.ts';
import type { Store, UserRecord } from '../../store/store.ts';
import { commandLine } from './account-actor.ts';
import { Accounts } from './accounts.ts';
import { Authentication } from './authentication.ts';
import { hashToken } from './secret-token.ts';

const password = 'een lange wachtzin voor de test';
const minutes = (n: number) => n * 60_000;

function authenticationSuite(kind: string, database: () => Promise<TestDatabase>, skip?: string) {
  describe(`Authentication on ${kind}`, { skip }, () => {
    let db: TestDatabase;
    let store: Store;
    let accounts: Accounts;
    let authentication: Authentication;
    let clock = Date.parse('2026-12-06T10:00:00Z');
    let users = 0;

    before(async () => {
      db = await database();
      store = await db.open();
      accounts = new Accounts(store);
      authentication = new Authentication(store, () => new Date(clock), {
        idleMs: minutes(30),
        absoluteMs: minutes(12 * 60),
      });
    });
    after(async () => {
      await store?.close();
      await db?.dispose();
    });

    const newUser = async (): Promise<UserRecord> => {
      users += 1;
      const email = `gebruiker-${users}@woonkans.nl`;
      const result = await accounts.addUser({ email, role: 'redacteur', password }, commandLine);
      assert.equal(result.status, 'added');
      return result.user;
    };
    const signedIn = async (user: UserRecord) => {
      const result = await authentication.signIn(user.email, password);
      assert.equal(result.status, 'signed-in');
      return result.sessionToken;
    };
    const lastEntry = async () => (await store.auditLog({ limit: 1 }))[0];

    it('signs in with the right password in any letter case, stores only the hash and logs it', async () => {
      const user = await newUser();
      const result = await authentication.signIn(user.email.toUpperCase(), password);
      assert.equal(result.status, 'signed-in');
      assert.equal((await store.session(hashToken(result.sessionToken)))?.userId, user.id);
      assert.equal(await store.session(result.sessionToken), undefined);
      const entry = await lastEntry();
      assert.deepEqual(
        [entry?.actor, entry?.action, entry?.subject],
        [user.email, 'login', user.email],
      );
    });

    it('refuses a wrong password, an unknown address and a blocked user alike, and logs each', async () => {
      const user = await newUser();
      const blocked = await newUser();
      await accounts.block(blocked.id, commandLine);
      for (const [email, typed] of [
        [user.email, 'niet het wachtwoord'],
        ['niemand@woonkans.nl', password],
        [blocked.email, password],
      ] as const) {
        assert.deepEqual(await authentication.signIn(email, typed), { status: 'refused' });
        const entry = await lastEntry();
        assert.deepEqual(
          [entry?.actor, entry?.action, entry?.subject, entry?.detail],
          [null, 'login-failed', email, {}],
        );
        assert.doesNotMatch(JSON.stringify(entry), new RegExp(typed));
      }
    });

    it('ends the session the browser had instead of reusing it', async () => {
      const user = await newUser();
      const first = await signedIn(user);
      const second = await authentication.signIn(user.email, password, first);
      assert.equal(second.status, 'signed-in');
      assert.notEqual(second.sessionToken, first);
      assert.equal(await authentication.sessionUser(first), undefined);
      assert.equal((await authentication.sessionUser(second.sessionToken))?.user.id, user.id);
    });

    it('ends a session after the idle time and after its lifetime, however busy', async () => {
      const user = await newUser();
      const idle = await signedIn(user);
      clock += minutes(29);
      assert.ok(await authentication.sessionUser(idle), 'used within the idle time');
      clock += minutes(29);
      assert.ok(await authentication.sessionUser(idle), 'counted from the last use');
      clock += minutes(31);
      assert.equal(await authentication.sessionUser(idle), undefined);
      assert.equal(await store.session(hashToken(idle)), undefined, 'and deleted');

      const busy = await signedIn(user);
      for (let used = 0; used < 48; used++) {
        clock += minutes(15);
        assert.ok(await authentication.sessionUser(busy), `after ${(used + 1) * 15} minutes`);
      }
      clock += minutes(1);
      assert.equal(await authentication.sessionUser(busy), undefined);
    });

    it('ends the session of a user blocked after signing in', async () => {
      const user = await newUser();
      const token = await signedIn(user);
      await store.updateUser(user.id, { disabled: true });
      assert.equal(await authentication.sessionUser(token), undefined);
      assert.equal(await store.session(hashToken(token)), undefined);
    });

    it('tells when a user signed in with a one-time password must choose a new one', async () => {
      const user = await newUser();
      assert.equal(
        (await authentication.sessionUser(await signedIn(user)))?.mustChangePassword,
        false,
      );
      const reset = await accounts.resetPassword(user.id, commandLine);
      assert.equal(reset.status, 'reset');
      const result = await authentication.signIn(user.email, reset.oneTimePassword);
      assert.equal(result.status, 'signed-in');
      const session = await authentication.sessionUser(result.sessionToken);
      assert.equal(session?.mustChangePassword, true);
    });

    it('signs out: the session ends and the sign-out is logged for who was signed in', async () => {
      const user = await newUser();
      const token = await signedIn(user);
      await authentication.signOut(token, user.email);
      assert.equal(await store.session(hashToken(token)), undefined);
      const entry = await lastEntry();
      assert.deepEqual([entry?.actor, entry?.action], [user.email, 'logout']);
      await authentication.signOut(undefined, undefined);
      assert.equal((await lastEntry())?.id, entry?.id, 'nobody signed in: nothing to log');
    });

    it('finds the user of an API token and notes its use; not when revoked or blocked', async () => {
      const user = await newUser();
      const created = await accounts.createToken(user.id, 'koppeling', commandLine);
      assert.equal(created.status, 'created');
      assert.equal((await authentication.tokenUser(created.token))?.id, user.id);
      const [record] = await store.tokens(user.id);
      assert.equal(record?.lastUsedAt, new Date(clock).toISOString());
      assert.equal(await authentication.tokenUser(hashToken(created.token)), undefined);

      await store.updateUser(user.id, { disabled: true });
      assert.equal(await authentication.tokenUser(created.token), undefined);
      await store.updateUser(user.id, { disabled: false });
      await accounts.revokeToken(user.id, created.record.id, commandLine);
      assert.equal(await authentication.tokenUser(created.token), undefined);
    });
  });
}

authenticationSuite('sqlite', async () => sqliteTestDatabase());
authenticationSuite('postgres', postgresTestDatabase, await postgresUnavailable());
