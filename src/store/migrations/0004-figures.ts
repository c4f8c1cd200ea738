// Registration figures per year and site settings, seeded with the
// figures of SPEC §7 (Bureau Woonkans, jaarrapportage 2022).
import type { Kysely } from 'kysely';

const seedNote = 'Bureau Woonkans, jaarrapportage 2022';

/** SPEC §7: [year, ontruimingen, aanmeldingen tweedekansbeleid]. */
const seedFigures = [
  [2019, 73, 7],
  [2020, 48, 6],
  [2021, 42, 5],
  [2022, 39, 2],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registration_figures')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    .addColumn('evictions', 'integer')
    .addColumn('registrations', 'integer')
    .addColumn('note', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();
  const at = new Date().toISOString();
  await db
    .insertInto('registration_figures')
    .values(
      seedFigures.map(([year, evictions, registrations]) => ({
        year,
        evictions,
        registrations,
        note: seedNote,
        updated_at: at,
        updated_by: null,
      })),
    )
    .execute();
}
