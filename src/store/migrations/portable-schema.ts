// The few places where SQLite and PostgreSQL need different DDL, so each
// migration can stay one portable list of tables.
import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  PostgresAdapter,
  sql,
} from 'kysely';

export type DialectKind = 'sqlite' | 'postgres';

export function dialectOf(db: Pick<Kysely<never>, 'getExecutor'>): DialectKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An integer primary key the database numbers: AUTOINCREMENT never reuses an id; serial in PostgreSQL. */
export function withIdColumn<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'serial', (column: ColumnDefinitionBuilder) => column.primaryKey())
    : table.addColumn('id', 'integer', (column: ColumnDefinitionBuilder) =>
        column.primaryKey().autoIncrement(),
      );
}

/**
 * Makes a table refuse UPDATE and DELETE (and TRUNCATE in PostgreSQL) from
 * anyone, including a raw SQL session — rows can only be added.
 */
export async function makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  const message = `${table} is append-only: rows cannot be changed or removed`;
  if (dialectOf(db) === 'postgres') {
    await sql`
      CREATE OR REPLACE FUNCTION wkb_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: rows cannot be changed or removed', TG_TABLE_NAME;
      END $$`.execute(db);
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_append_only`)}
      BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION wkb_refuse_change()`.execute(db);
    return;
  }
  for (const event of ['update', 'delete']) {
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_no_${event}`)}
      BEFORE ${sql.raw(event.toUpperCase())} ON ${sql.table(table)}
      BEGIN SELECT RAISE(ABORT, ${sql.lit(message)}); END`.execute(db);
  }
}
