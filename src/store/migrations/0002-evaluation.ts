// The evaluation questionnaire: form versions (append-only: a round's
// form never changes under its answers), rounds with an unguessable slug, and
// responses, unique per (round, idempotency key) so a double submit stores one.
import type { Kysely } from 'kysely';
import { makeAppendOnly, withIdColumn } from './portable-schema.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('evaluation_forms'))
    .addColumn('definition', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await makeAppendOnly(db, 'evaluation_forms');

  await withIdColumn(db, db.schema.createTable('evaluation_rounds'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('form_id', 'integer', (column) => column.notNull().references('evaluation_forms.id'))
    .addColumn('opens_on', 'text', (column) => column.notNull())
    .addColumn('closes_on', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .execute();

  await withIdColumn(db, db.schema.createTable('evaluation_responses'))
    .addColumn('round_id', 'integer', (column) =>
      column.notNull().references('evaluation_rounds.id'),
    )
    .addColumn('idempotency_key', 'text', (column) => column.notNull())
    .addColumn('submitted_on', 'text', (column) => column.notNull())
    .addColumn('respondent_name', 'text')
    .addColumn('respondent_function', 'text')
    .addColumn('answers', 'text', (column) => column.notNull())
    .addUniqueConstraint('evaluation_responses_round_key', ['round_id', 'idempotency_key'])
    .execute();
}
