// Users (e-mail stored lowercased: unique regardless of case), sessions and
// API tokens. Sessions and tokens are looked up by the SHA-256 of the secret;
// the secret itself is never stored.
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokenTable, Database, SessionTable, UserTable } from './database.ts';
import {
  type Role,
  roles,
  type SessionRecord,
  type Store,
  type TokenRecord,
  type UserRecord,
} from './store.ts';
import type { StoreDialect } from './store-dialect.ts';
import { UserExistsError } from './user-exists-error.ts';

type AccountMethods = Pick<
  Store,
  | 'createUser'
  | 'userByEmail'
  | 'userById'
  | 'users'
  | 'updateUser'
  | 'createSession'
  | 'session'
  | 'touchSession'
  | 'deleteSession'
  | 'deleteSessionsOf'
  | 'createToken'
  | 'tokenByHash'
  | 'tokens'
  | 'touchToken'
  | 'revokeToken'
>;

function checkedRole(role: string): Role {
  if (!(roles as readonly string[]).includes(role)) throw new Error(`Unknown role "${role}"`);
  return role as Role;
}

function toUser(row: Selectable<UserTable>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    role: checkedRole(row.role),
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

function toSession(row: Selectable<SessionTable>): SessionRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}

function toToken(row: Selectable<ApiTokenTable>): TokenRecord {
  return {
    id: row.id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    label: row.label,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export function accountStore(db: Kysely<Database>, dialect: StoreDialect): AccountMethods {
  return {
    async createUser({ email, role, passwordHash }) {
      const normalised = email.trim().toLowerCase();
      try {
        const row = await db
          .insertInto('users')
          .values({
            email: normalised,
            role: checkedRole(role),
            password_hash: passwordHash,
            created_at: new Date().toISOString(),
            disabled_at: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toUser(row);
      } catch (error) {
        if (dialect.isUniqueViolation(error)) throw new UserExistsError(normalised);
        throw error;
      }
    },

    async userByEmail(email) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row && toUser(row);
    },

    async userById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    async users() {
      const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
      return rows.map(toUser);
    },

    async updateUser(id, change) {
      const values: Partial<Selectable<UserTable>> = {};
      if (change.role !== undefined) values.role = checkedRole(change.role);
      if (change.passwordHash !== undefined) values.password_hash = change.passwordHash;
      if (change.disabled !== undefined) {
        values.disabled_at = change.disabled ? new Date().toISOString() : null;
      }
      if (Object.keys(values).length === 0) return;
      await db.updateTable('users').set(values).where('id', '=', id).execute();
    },

    async createSession(session) {
      await db
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
        })
        .execute();
    },

    async session(tokenHash) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toSession(row);
    },

    async touchSession(tokenHash, lastSeenAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async deleteSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    async deleteSessionsOf(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    async createToken({ userId, tokenHash, label }) {
      const row = await db
        .insertInto('api_tokens')
        .values({
          user_id: userId,
          token_hash: tokenHash,
          label,
          created_at: new Date().toISOString(),
          last_used_at: null,
          revoked_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toToken(row);
    },

    async tokenByHash(tokenHash) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toToken(row);
    },

    async tokens(userId) {
      let query = db.selectFrom('api_tokens').selectAll().orderBy('id');
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.execute()).map(toToken);
    },

    async touchToken(id, lastUsedAt) {
      await db
        .updateTable('api_tokens')
        .set({ last_used_at: lastUsedAt })
        .where('id', '=', id)
        .execute();
    },

    async revokeToken(id) {
      // The first revocation counts; revoking again keeps its time.
      await db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}
