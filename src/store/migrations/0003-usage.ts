// Anonymous usage counts (SPEC §8): one table of counts per day and
// allowed field combination. No id column, so no row can be tied to a walk.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('usage_counts')
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('tree_id', 'text', (column) => column.notNull())
    .addColumn('tree_version', 'integer', (column) => column.notNull())
    .addColumn('org_type', 'text', (column) => column.notNull())
    .addColumn('node_id', 'text', (column) => column.notNull())
    .addColumn('outcome_id', 'text', (column) => column.notNull())
    .addColumn('verdict', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('usage_counts_pk', [
      'day',
      'kind',
      'tree_id',
      'tree_version',
      'org_type',
      'node_id',
      'outcome_id',
      'verdict',
    ])
    .execute();
}
