// The audit log: entries are only ever added (the table's triggers refuse
// UPDATE and DELETE) and read newest first, a page at a time.
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { Store } from './store.ts';

const defaultPageSize = 100;

export function auditStore(db: Kysely<Database>): Pick<Store, 'audit' | 'auditLog'> {
  return {
    async audit({ at, actor, action, subject, detail }) {
      await db
        .insertInto('audit_log')
        .values({
          at: at ?? new Date().toISOString(),
          actor,
          action,
          subject,
          detail: JSON.stringify(detail),
        })
        .execute();
    },

    async auditLog({ limit = defaultPageSize, beforeId } = {}) {
      let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit);
      if (beforeId !== undefined) query = query.where('id', '<', beforeId);
      const rows = await query.execute();
      return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) }));
    },
  };
}
