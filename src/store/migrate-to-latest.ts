// Applies the pending migrations of migrations/index.ts. PostgreSQL holds an
// advisory lock meanwhile; SQLite runs them in one BEGIN IMMEDIATE transaction
// (sqlite-dialect.ts), so two processes starting together migrate once.
import { type Kysely, Migrator, sql } from 'kysely';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';
import { dialectOf } from './migrations/portable-schema.ts';

/**
 * The PostgreSQL schema the store lives in (the first of the search_path).
 * Kysely must be told: without a schema it takes a migration table in *any*
 * schema of the database for ours.
 */
async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  );
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('The search_path names no existing schema to keep the tables in');
  return schema;
}

/** A failure before any migration ran: nothing was applied. */
class SetupFailed extends Error {}

/**
 * Before it takes its lock, Kysely's migrator lists the tables of *every*
 * schema, resolving each table by name. DDL committed by someone else during
 * that listing makes PostgreSQL answer for a table or schema that was there a
 * moment ago: 3F000 ("schema … does not exist") when another schema is
 * dropped, 42P01 ("relation … does not exist") when a second process is
 * migrating ours at that instant. Nothing was changed yet: try again.
 */
function catalogMovedDuringSetup(error: unknown, ours: string | undefined): boolean {
  if (!(error instanceof SetupFailed)) return false;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === '42P01') return true;
  return cause?.code === '3F000' && (ours === undefined || !cause.message?.includes(`"${ours}"`));
}

/** Returns the names of the migrations it applied, oldest first. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const schema = await currentSchema(db);
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(db, schema);
    } catch (error) {
      if (attempt >= 5 || !catalogMovedDuringSetup(error, schema)) throw error;
    }
  }
}

async function migrateOnce(db: Kysely<Database>, schema: string | undefined): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableSchema: schema,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    if (failed === undefined)
      throw new SetupFailed(`Migration setup failed: ${reason}`, { cause: error });
    throw new Error(`Migration ${failed} failed: ${reason}`, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
