// Backup: `woonkansboom export-all` writes every table — trees with
// their history, evaluation forms, rounds and responses, usage counts,
// figures, settings, users, the audit log — and `import-all` loads it into an
// empty store, SQLite or PostgreSQL, so that the two stores hold the same data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../../test/store/test-databases.ts';
import { defaultEvaluationForm } from '../core/evaluation/evaluation-default-form.ts';
import { type Backup, BackupError, backupTables, tablesNotBackedUp } from './backup-store.ts';
import { sqliteFileName } from './open-store.ts';
import type { Store, VersionSummary } from './store.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const postgresSkip = await postgresUnavailable();

/** A store with a bit of everything, as after a year of use. */
async function fill(store: Store): Promise<void> {
  const content = (label: string) => ({
    tree: { id: 'proef', label, nodes: [{ id: 'vraag', text: `Wanneer? “${label}” – één` }] },
    scenarios: [],
  });
  await store.seedTrees([{ treeId: 'proef', content: content('v1') }], null);
  await store.createRegion(
    'proefregio',
    { id: 'proefregio', name: 'Proefregio' },
    'bea@woonkans.nl',
  );
  await store.saveDraft('proef', content('v2'), 1, 'bea@woonkans.nl');
  await store.publish('proef', content('v2'), 'Tweede versie', 'bea@woonkans.nl');
  await store.publish('proef', content('v3'), 'Gepland', 'bea@woonkans.nl', {
    geldigVanaf: '2999-01-01',
    geldtVoorOntruimingenVanaf: '2998-06-01',
  });
  await store.cancelVersion('proef', 3, 'bea@woonkans.nl');
  const user = await store.createUser({
    email: 'bea@woonkans.nl',
    role: 'beheerder',
    passwordHash: '$argon2id$geheim',
  });
  await store.createToken({ userId: user.id, tokenHash: 'a'.repeat(64), label: 'koppeling' });
  await store.audit({
    actor: 'bea@woonkans.nl',
    action: 'published',
    subject: 'proef',
    detail: {},
  });
  const form = await store.saveEvaluationForm(defaultEvaluationForm, 'bea@woonkans.nl');
  const round = await store.createEvaluationRound({
    title: 'Voorjaar 2027',
    slug: 'abc123',
    formId: form.id,
    opensOn: '2027-03-01',
    closesOn: '2027-03-31',
    createdBy: 'bea@woonkans.nl',
  });
  for (const [index, name] of ['Ans', null].entries())
    await store.addEvaluationResponse({
      roundId: round.id,
      idempotencyKey: `sleutel-${index}`,
      submittedOn: '2027-03-02',
      name,
      function: name ? 'Consulent' : null,
      answers: { scores: { 'tkb-weet-wat': 4 }, toelichting: { 'tkb-weet-wat': 'Helder' } },
    });
  await store.closeEvaluationRound(round.id);
  await store.addUsageCounts([
    {
      day: '2027-03-02',
      kind: 'outcome-reached',
      treeId: 'proef',
      treeVersion: 2,
      orgType: 'wij',
      nodeId: '',
      outcomeId: 'tweedekans',
      verdict: 'past',
      count: 3,
    },
  ]);
  await store.addRegistrationFigure(
    2023,
    { evictions: 35, registrations: 4, note: 'Jaarrapportage 2023' },
    'bea@woonkans.nl',
  );
  await store.setSetting('live_since', '2026-12-01');
}

const sorted = (rows: Record<string, unknown>[]) =>
  rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();

function assertSameData(actual: Backup, expected: Backup): void {
  for (const table of backupTables) {
    if (!(table in expected.tables)) continue;
    assert.deepEqual(
      sorted(actual.tables[table] ?? []),
      sorted(expected.tables[table] ?? []),
      `table ${table}`,
    );
  }
}

describe('export-all and import-all', () => {
  let source: TestDatabase;
  let store: Store;
  const targets: TestDatabase[] = [];

  before(async () => {
    source = sqliteTestDatabase();
    store = await source.open();
    await fill(store);
  });
  after(async () => {
    await store.close();
    await source.dispose();
    for (const target of targets) await target.dispose();
  });

  it('covers every table of the database, or says why not', async () => {
    const backup = await store.exportAll({ withSecrets: true });
    const migrations = /^kysely_migration/;
    const file = new SqliteDatabase(join(source.options.dataDir ?? '', sqliteFileName), {
      readonly: true,
    });
    const names = file
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .all() as { name: string }[];
    file.close();
    const inDatabase = names.map((row) => row.name).filter((name) => !migrations.test(name));
    const covered = [...backupTables, ...Object.keys(tablesNotBackedUp)];
    assert.deepEqual([...inDatabase].sort(), [...covered].sort());
    for (const table of backupTables)
      assert.ok((backup.tables[table]?.length ?? 0) > 0, `${table} has rows to test with`);
  });

  it('leaves password and token hashes out unless asked', async () => {
    const plain = await store.exportAll();
    assert.equal(plain.withSecrets, false);
    assert.ok(plain.tables.users?.every((user) => user.password_hash === null));
    assert.equal(plain.tables.api_tokens, undefined);
    const full = await store.exportAll({ withSecrets: true });
    assert.equal(full.tables.users?.[0]?.password_hash, '$argon2id$geheim');
    assert.equal(full.tables.api_tokens?.length, 1);
  });

  for (const kind of ['sqlite', 'postgres'] as const) {
    it(`round-trips everything into an empty ${kind} store`, {
      skip: kind === 'postgres' ? postgresSkip : undefined,
    }, async () => {
      const target = kind === 'sqlite' ? sqliteTestDatabase() : await postgresTestDatabase();
      targets.push(target);
      const imported = await target.open();
      try {
        const backup = await store.exportAll({ withSecrets: true });
        const counts = await imported.importAll(JSON.parse(JSON.stringify(backup)));
        assert.equal(counts.evaluation_responses, 2);
        assertSameData(await imported.exportAll({ withSecrets: true }), backup);

        // It is a working store, not just rows: history, answers, and new ids after the old ones.
        const history = (versions: VersionSummary[]) =>
          versions.map(({ note, geldigVanaf, geldtVoorOntruimingenVanaf, cancelled }) => ({
            note,
            geldigVanaf,
            geldtVoorOntruimingenVanaf,
            cancelled: cancelled !== undefined,
          }));
        const importedHistory = history(await imported.versions('proef'));
        assert.deepEqual(importedHistory, history(await store.versions('proef')));
        // The scheduled version keeps its dates and stays cancelled.
        assert.deepEqual(importedHistory[0], {
          note: 'Gepland',
          geldigVanaf: '2999-01-01',
          geldtVoorOntruimingenVanaf: '2998-06-01',
          cancelled: true,
        });
        const [round] = await imported.evaluationRounds();
        assert.equal((await imported.evaluationResponses(round?.id ?? 0)).length, 2);
        const user = await imported.createUser({
          email: 'nieuw@woonkans.nl',
          role: 'analist',
          passwordHash: null,
        });
        assert.ok(user.id > 1, 'ids continue after the imported ones');

        // A second import would mix two histories: refused, and nothing changes.
        await assert.rejects(() => imported.importAll(backup), BackupError);
        assert.equal((await imported.users()).length, 2);
      } finally {
        await imported.close();
      }
    });
  }

  it('refuses what is not a backup, in a way a person can act on', async () => {
    const target = sqliteTestDatabase();
    targets.push(target);
    const empty = await target.open();
    try {
      await assert.rejects(() => empty.importAll({ tree: {} }), /not a Woonkansboom backup/);
      await assert.rejects(
        () => empty.importAll({ format: 'woonkansboom-backup', version: 1, tables: { x: [] } }),
        /Unknown table "x"/,
      );
      assert.deepEqual(await empty.treeIds(), []);
    } finally {
      await empty.close();
    }
  });

  it('works as commands, as the README says', () => {
    const from = mkdtempSync(join(tmpdir(), 'wkb-export-'));
    const to = mkdtempSync(join(tmpdir(), 'wkb-import-'));
    try {
      const cli = (dataDir: string, args: string[]) => {
        const { DATABASE_URL: _ignored, ...env } = process.env;
        return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
          cwd: root,
          encoding: 'utf8',
          env: { ...env, DATA_DIR: dataDir },
        });
      };
      const file = join(from, 'backup.json');
      assert.equal(cli(from, ['migrate']).status, 0);
      const exported = cli(from, ['export-all', '--out', file]);
      assert.equal(exported.status, 0, exported.stderr);
      assert.equal(statSync(file).mode & 0o077, 0, 'only the owner may read the backup');
      const backup = JSON.parse(readFileSync(file, 'utf8')) as Backup;
      assert.equal(backup.format, 'woonkansboom-backup');
      const imported = cli(to, ['import-all', file]);
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stdout, /registration_figures: \d+/);
      const again = cli(to, ['import-all', file]);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /not empty/);
    } finally {
      rmSync(from, { recursive: true, force: true });
      rmSync(to, { recursive: true, force: true });
    }
  });
});
