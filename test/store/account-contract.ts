// The store contract, part 2: accounts, sessions, API tokens and the audit log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UserExistsError } from '../../src/store/user-exists-error.ts';
import { type ContractContext, isoTimestamp as iso } from './contract-context.ts';

export function accountContract(ctx: ContractContext): void {
  describe('accounts', () => {
    it('stores e-mail addresses lowercased and finds them in any case', async () => {
      const user = await ctx.store.createUser({
        email: 'Bea@Woonkans.NL',
        role: 'beheerder',
        passwordHash: 'h',
      });
      assert.equal(user.email, 'bea@woonkans.nl');
      assert.equal(user.disabledAt, null);
      assert.match(user.createdAt, iso);
      assert.deepEqual(await ctx.store.userByEmail('BEA@woonkans.nl'), user);
      assert.deepEqual(await ctx.store.userById(user.id), user);
      assert.equal(await ctx.store.userById(user.id + 1), undefined);
      assert.equal(await ctx.store.userByEmail('niemand@woonkans.nl'), undefined);
    });

    it('refuses a second user with the same e-mail address in another case', async () => {
      await ctx.store.createUser({
        email: 'bea@woonkans.nl',
        role: 'redacteur',
        passwordHash: null,
      });
      await assert.rejects(
        ctx.store.createUser({ email: 'BEA@woonkans.nl', role: 'analist', passwordHash: null }),
        UserExistsError,
      );
      assert.equal((await ctx.store.users()).length, 1);
    });

    it('lists users by e-mail and changes role, password and disabled state', async () => {
      const zoe = await ctx.store.createUser({
        email: 'zoe@x.nl',
        role: 'redacteur',
        passwordHash: 'a',
      });
      await ctx.store.createUser({ email: 'ada@x.nl', role: 'analist', passwordHash: null });
      assert.deepEqual(
        (await ctx.store.users()).map((user) => user.email),
        ['ada@x.nl', 'zoe@x.nl'],
      );
      await ctx.store.updateUser(zoe.id, { role: 'beheerder', passwordHash: 'b', disabled: true });
      const changed = await ctx.store.userById(zoe.id);
      assert.equal(changed?.role, 'beheerder');
      assert.equal(changed?.passwordHash, 'b');
      assert.match(changed?.disabledAt ?? '', iso);
      await ctx.store.updateUser(zoe.id, { disabled: false });
      assert.equal((await ctx.store.userById(zoe.id))?.disabledAt, null);
      assert.equal((await ctx.store.userById(zoe.id))?.passwordHash, 'b');
    });

    it('creates, finds, touches and deletes sessions', async () => {
      const bea = await ctx.store.createUser({
        email: 'bea@x.nl',
        role: 'beheerder',
        passwordHash: null,
      });
      const rik = await ctx.store.createUser({
        email: 'rik@x.nl',
        role: 'redacteur',
        passwordHash: null,
      });
      const at = '2026-11-28T10:00:00.000Z';
      for (const [tokenHash, userId] of [
        ['s1', bea.id],
        ['s2', bea.id],
        ['s3', rik.id],
      ] as const) {
        await ctx.store.createSession({ tokenHash, userId, createdAt: at, lastSeenAt: at });
      }
      assert.deepEqual(await ctx.store.session('s1'), {
        tokenHash: 's1',
        userId: bea.id,
        createdAt: at,
        lastSeenAt: at,
      });
      await ctx.store.touchSession('s1', '2026-11-28T10:05:00.000Z');
      assert.equal((await ctx.store.session('s1'))?.lastSeenAt, '2026-11-28T10:05:00.000Z');
      await ctx.store.deleteSession('s1');
      assert.equal(await ctx.store.session('s1'), undefined);
      await ctx.store.deleteSessionsOf(bea.id);
      assert.equal(await ctx.store.session('s2'), undefined);
      assert.equal((await ctx.store.session('s3'))?.userId, rik.id);
    });

    it('creates, finds, lists, touches and revokes API tokens', async () => {
      const bea = await ctx.store.createUser({
        email: 'bea@x.nl',
        role: 'beheerder',
        passwordHash: null,
      });
      const rik = await ctx.store.createUser({
        email: 'rik@x.nl',
        role: 'redacteur',
        passwordHash: null,
      });
      const token = await ctx.store.createToken({
        userId: bea.id,
        tokenHash: 't1',
        label: 'koppeling',
      });
      await ctx.store.createToken({ userId: rik.id, tokenHash: 't2', label: '' });
      assert.equal(token.label, 'koppeling');
      assert.equal(token.lastUsedAt, null);
      assert.equal(token.revokedAt, null);
      assert.deepEqual(await ctx.store.tokenByHash('t1'), token);
      assert.equal(await ctx.store.tokenByHash('t3'), undefined);
      assert.deepEqual(
        (await ctx.store.tokens(bea.id)).map((t) => t.tokenHash),
        ['t1'],
      );
      assert.deepEqual(
        (await ctx.store.tokens()).map((t) => t.tokenHash),
        ['t1', 't2'],
      );
      await ctx.store.touchToken(token.id, '2026-11-28T11:00:00.000Z');
      await ctx.store.revokeToken(token.id);
      const revoked = await ctx.store.tokenByHash('t1');
      assert.equal(revoked?.lastUsedAt, '2026-11-28T11:00:00.000Z');
      assert.match(revoked?.revokedAt ?? '', iso);
      await ctx.store.revokeToken(token.id);
      assert.equal((await ctx.store.tokenByHash('t1'))?.revokedAt, revoked?.revokedAt);
    });
  });

  describe('audit log', () => {
    it('returns entries newest first with their detail, a page at a time', async () => {
      for (const n of [1, 2, 3, 4, 5]) {
        await ctx.store.audit({
          actor: 'bea@x.nl',
          action: 'draft-saved',
          subject: 'woonkans',
          detail: { n },
        });
      }
      await ctx.store.audit({
        actor: null,
        action: 'login-failed',
        subject: null,
        detail: {},
        at: '2026-01-02T03:04:05.000Z',
      });
      const [newest, ...rest] = await ctx.store.auditLog();
      assert.deepEqual(
        { ...newest, id: 0 },
        {
          id: 0,
          at: '2026-01-02T03:04:05.000Z',
          actor: null,
          action: 'login-failed',
          subject: null,
          detail: {},
        },
      );
      assert.deepEqual(
        rest.map((entry) => entry.detail.n),
        [5, 4, 3, 2, 1],
      );
      assert.match(rest[0]?.at ?? '', iso);
      const page = await ctx.store.auditLog({ limit: 2, beforeId: rest[0]?.id });
      assert.deepEqual(
        page.map((entry) => entry.detail.n),
        [4, 3],
      );
    });

    it('refuses to change or remove an entry, even with raw SQL', async () => {
      await ctx.store.audit({
        actor: 'bea@x.nl',
        action: 'published',
        subject: 'woonkans',
        detail: {},
      });
      await assert.rejects(
        ctx.database.execute(`update audit_log set actor = 'iemand'`),
        /append-only/,
      );
      await assert.rejects(ctx.database.execute('delete from audit_log'), /append-only/);
      assert.equal((await ctx.store.auditLog())[0]?.actor, 'bea@x.nl');
    });
  });
}
