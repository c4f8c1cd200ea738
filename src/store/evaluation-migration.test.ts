// Rounds that existed before open answers did: the migration marks them as
// rounds that required an answer on every statement (SPEC §6, amended
// 2026-12-06), on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Kysely, Migrator } from 'kysely';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../../test/store/test-databases.ts';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate-to-latest.ts';
import { migrationProvider } from './migrations/index.ts';
import { sqliteFileName } from './open-store.ts';
import { openPostgresDatabase } from './postgres-dialect.ts';
import { openSqliteDatabase } from './sqlite-dialect.ts';

const migration = '0006-evaluation-open-answers';
const postgresSkip = await postgresUnavailable();

async function roundMadeBeforeTheMigration(db: Kysely<Database>, schema?: string) {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(migration) - 1];
  assert.ok(before, `${migration} is registered after another migration`);
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error } = await migrator.migrateTo(before);
  if (error) throw error;
  // biome-ignore lint/suspicious/noExplicitAny: the table as it was before this migration
  const old = db as unknown as Kysely<any>;
  const form = await old
    .insertInto('evaluation_forms')
    .values({ definition: '{"parts":[]}', created_at: '2027-02-01T09:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await old
    .insertInto('evaluation_rounds')
    .values({
      title: 'Voorjaar 2027',
      slug: 'voor-de-migratie',
      form_id: form.id,
      opens_on: '2027-03-01',
      closes_on: '2027-03-31',
      created_at: '2027-02-01T09:00:00.000Z',
    })
    .execute();
  assert.deepEqual(await migrateToLatest(db), names.slice(names.indexOf(migration)));
}

async function migratedRound(database: TestDatabase) {
  const store = await database.open();
  try {
    return await store.evaluationRoundBySlug('voor-de-migratie');
  } finally {
    await store.close();
  }
}

describe(`migration ${migration}`, () => {
  it('marks a round made before it, on SQLite, as one that required every answer', async () => {
    const database = sqliteTestDatabase();
    const db = openSqliteDatabase(join(database.options.dataDir ?? '', sqliteFileName));
    try {
      await roundMadeBeforeTheMigration(db);
      await db.destroy();
      assert.equal((await migratedRound(database))?.openAnswersAllowed, false);
    } finally {
      await database.dispose();
    }
  });

  it('marks a round made before it, on PostgreSQL, as one that required every answer', {
    skip: postgresSkip,
  }, async () => {
    const database = await postgresTestDatabase();
    const db = openPostgresDatabase(database.options.databaseUrl ?? '');
    try {
      await roundMadeBeforeTheMigration(db, database.schema);
      await db.destroy();
      assert.equal((await migratedRound(database))?.openAnswersAllowed, false);
    } finally {
      await database.dispose();
    }
  });
});
