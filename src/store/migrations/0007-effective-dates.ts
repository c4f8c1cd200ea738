// Versions that take effect on a date. `geldig_vanaf` is the
// Europe/Amsterdam day from which a version is in force; versions published
// before this migration keep NULL there and count from the day they were
// published (tree_versions is append-only, so they are not rewritten).
// `geldt_voor_ontruimingen_vanaf` is the optional overgangsrecht. A scheduled
// version is cancelled by a row in its own append-only table, so a version
// itself never changes.
import type { Kysely } from 'kysely';
import { makeAppendOnly } from './portable-schema.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tree_versions').addColumn('geldig_vanaf', 'text').execute();
  await db.schema
    .alterTable('tree_versions')
    .addColumn('geldt_voor_ontruimingen_vanaf', 'text')
    .execute();
  await db.schema
    .createTable('tree_version_cancellations')
    .addColumn('tree_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('cancelled_at', 'text', (column) => column.notNull())
    .addColumn('cancelled_by', 'text')
    .addPrimaryKeyConstraint('tree_version_cancellations_pk', ['tree_id', 'version'])
    .execute();
  await makeAppendOnly(db, 'tree_version_cancellations');
}
