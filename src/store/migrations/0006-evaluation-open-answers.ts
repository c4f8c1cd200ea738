// Whether a round lets statements be left open (SPEC §6, amended 2026-12-06).
// Rounds made before this migration required an answer on every statement, so
// they get 0 ("required"); the store sets 1 for new rounds unless told otherwise.
// An integer, like every column, so a backup moves between SQLite and PostgreSQL.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('evaluation_rounds')
    .addColumn('open_answers_allowed', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}
