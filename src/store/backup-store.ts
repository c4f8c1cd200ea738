// Export every table to one JSON document and import it into an empty store
// (`woonkansboom export-all` / `import-all`). Works across SQLite and
// PostgreSQL because every column is text or integer. Sessions are never
// exported; password hashes and API token hashes only when asked for.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { dialectOf } from './migrations/portable-schema.ts';

export const backupFormat = 'woonkansboom-backup';

/** Every table, parents before children, as they are exported and imported. */
export const backupTables = [
  'tree_drafts',
  'tree_versions',
  'tree_version_cancellations',
  'users',
  'api_tokens',
  'audit_log',
  'evaluation_forms',
  'evaluation_rounds',
  'evaluation_responses',
  'usage_counts',
  'registration_figures',
  'settings',
  'regions',
] as const satisfies readonly (keyof Database)[];

/** Tables that are deliberately not in a backup, with the reason. */
export const tablesNotBackedUp: Partial<Record<keyof Database, string>> = {
  sessions: 'sign-ins end on a restore; everyone signs in again',
};

/** Tables a migration fills with starting data; an import replaces those rows. */
const seededByMigration = new Set<string>(['registration_figures', 'settings']);

type Row = Record<string, unknown>;

export interface Backup {
  format: typeof backupFormat;
  version: 1;
  exportedAt: string;
  withSecrets: boolean;
  tables: Record<string, Row[]>;
}

export class BackupError extends Error {}

export interface BackupMethods {
  exportAll(options?: { withSecrets?: boolean }): Promise<Backup>;
  /** Imports into a store without trees, users or answers; refuses (and changes nothing) otherwise. */
  importAll(backup: unknown): Promise<Record<string, number>>;
}

function checkedBackup(value: unknown): Backup {
  const backup = value as Partial<Backup> | null;
  if (!backup || typeof backup !== 'object' || backup.format !== backupFormat)
    throw new BackupError(`This is not a Woonkansboom backup (format "${backupFormat}").`);
  if (backup.version !== 1) throw new BackupError(`Unknown backup version ${backup.version}.`);
  if (!backup.tables || typeof backup.tables !== 'object')
    throw new BackupError('The backup has no tables.');
  for (const [table, rows] of Object.entries(backup.tables)) {
    if (!(backupTables as readonly string[]).includes(table))
      throw new BackupError(`Unknown table "${table}" in the backup.`);
    if (!Array.isArray(rows) || rows.some((row) => !row || typeof row !== 'object'))
      throw new BackupError(`Table "${table}" is not a list of rows.`);
  }
  return backup as Backup;
}

const batchSize = 200;

export function backupStore(db: Kysely<Database>): BackupMethods {
  // The table names are fixed above; Kysely's types cannot follow a loop over them.
  const any = db as unknown as Kysely<Record<string, Row>>;
  return {
    async exportAll({ withSecrets = false } = {}) {
      const tables: Record<string, Row[]> = {};
      for (const table of backupTables) {
        if (table === 'api_tokens' && !withSecrets) continue;
        const rows = await any.selectFrom(table).selectAll().execute();
        tables[table] =
          table === 'users' && !withSecrets
            ? rows.map((row) => ({ ...row, password_hash: null }))
            : rows;
      }
      return {
        format: backupFormat,
        version: 1,
        exportedAt: new Date().toISOString(),
        withSecrets,
        tables,
      };
    },

    async importAll(value) {
      const backup = checkedBackup(value);
      const counts: Record<string, number> = {};
      await any.transaction().execute(async (trx) => {
        for (const table of backupTables) {
          const { n } = await trx
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          if (Number(n) === 0) continue;
          if (!seededByMigration.has(table))
            throw new BackupError(
              `The store is not empty (table ${table} has ${n} rows). Import into a new, empty store.`,
            );
          await trx.deleteFrom(table).execute();
        }
        for (const table of backupTables) {
          const rows = backup.tables[table] ?? [];
          for (let start = 0; start < rows.length; start += batchSize)
            await trx
              .insertInto(table)
              .values(rows.slice(start, start + batchSize))
              .execute();
          counts[table] = rows.length;
          // A numbered id (serial) moves its sequence on; a text id (regions) has none.
          if (dialectOf(db) === 'postgres' && rows.some((row) => typeof row.id === 'number'))
            await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
              trx,
            );
        }
      });
      return counts;
    },
  };
}
