// The region commands as a beheerder runs them, on SQLite and PostgreSQL:
// region create (from a folder: drafts, nothing published) and list, the
// refusals in Dutch with exit 1, user add --region, and export-all/import-all
// --region as a round trip into a new install — never with another region's data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../../test/store/test-databases.ts';
import { SourceReview } from '../services/source-review.ts';
import { TreeAdmin } from '../services/tree-admin.ts';
import { openRegionStore } from '../store/region-stores.ts';
import type { Store } from '../store/store.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const postgresSkip = await postgresUnavailable();
const password = 'lange wachtzin van Bea 2026';
const beheerder = { email: 'bea@woldwaard.nl' };

function cli(db: TestDatabase, args: string[], input = '') {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...env } = process.env;
  const where = db.options.databaseUrl
    ? { DATABASE_URL: db.options.databaseUrl }
    : { DATA_DIR: db.options.dataDir ?? '' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...env, ...where },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}${result.stderr}`,
  };
}

async function inRegion<T>(db: TestDatabase, id: string, use: (store: Store) => Promise<T>) {
  const store = await openRegionStore(db.options, id);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`woonkansboom region commands (${kind})`, {
    skip: kind === 'postgres' ? postgresSkip : undefined,
  }, () => {
    const open = () => (kind === 'sqlite' ? sqliteTestDatabase() : postgresTestDatabase());
    let db: TestDatabase;
    let elsewhere: TestDatabase;
    const folder = mkdtempSync(join(tmpdir(), 'woonkansboom-region-cli-'));

    before(async () => {
      db = await open();
      elsewhere = await open();
    });
    after(async () => {
      await db.dispose();
      await elsewhere.dispose();
      rmSync(folder, { recursive: true, force: true });
    });

    it('creates westerkwartier from its folder: a row, drafts, nothing published, and lists it', async () => {
      const created = cli(db, [
        'region',
        'create',
        'westerkwartier',
        '--from',
        'content/regions/westerkwartier',
      ]);
      assert.equal(created.status, 0, created.output);
      assert.match(created.stdout, /Created region westerkwartier \(Westerkwartier\)/);
      assert.match(created.stdout, /1 tree \(weer-huren\)\. Nothing is published yet/);
      const listed = cli(db, ['region', 'list']);
      assert.equal(listed.status, 0, listed.output);
      assert.match(listed.stdout, /^groningen +Groningen \(default\)/m);
      assert.match(listed.stdout, /^westerkwartier +Westerkwartier: Westerkwartier$/m);
      await inRegion(db, 'westerkwartier', async (store) => {
        assert.deepEqual(await store.treeIds(), ['weer-huren']);
        assert.deepEqual(await store.versions('weer-huren'), []);
      });
    });

    it('keeps its drafts from being published until every assumption is confirmed', async () => {
      await inRegion(db, 'westerkwartier', async (store) => {
        const admin = new TreeAdmin(store, () => {}, undefined, {
          publishNeedsConfirmedAssumptions: () => true,
        });
        const refused = await admin.publish('weer-huren', 'Eerste versie', beheerder);
        assert.equal(refused.status, 'refused');
        const review = new SourceReview(store);
        for (const group of await review.list())
          for (const item of group.items)
            if (item.source?.kind === 'assumption')
              await review.confirm(group.owner, item.key, beheerder);
        const published = await admin.publish('weer-huren', 'Eerste versie', beheerder);
        assert.equal(published.status, 'published');
      });
    });

    it('refuses a municipality of another region, naming it, with exit 1', async () => {
      const { status, stderr } = cli(db, [
        'region',
        'create',
        'oost',
        '--name',
        'Oost',
        '--gemeente',
        'Zuidhorn',
        '--gemeente',
        'Ten Boer',
      ]);
      assert.equal(status, 1);
      assert.match(stderr, /Zuidhorn hoort al bij de regio Westerkwartier \(westerkwartier\)/);
      assert.match(stderr, /Ten Boer hoort al bij de regio Groningen \(groningen\)/);
    });

    it('refuses a brand colour with too little contrast, in Dutch', () => {
      writeFileSync(
        join(folder, 'region.yaml'),
        [
          'id: geel',
          'name: Geel',
          'municipalities: [{ name: Geelstad }]',
          'theme: { brandColor: "#f5c400", focusColor: "#1f4e8c" }',
        ].join('\n'),
      );
      const { status, stderr } = cli(db, ['region', 'create', 'geel', '--from', folder]);
      assert.equal(status, 1);
      assert.match(stderr, /De merkkleur #f5c400 als linkkleur op wit/);
    });

    it('refuses a bad or reserved id with exit 1 and bad usage with exit 2', () => {
      const bad = cli(db, ['region', 'create', 'Oost!', '--name', 'Oost', '--gemeente', 'Oost']);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /Een regio-code bestaat uit 2 tot 40 kleine letters/);
      const reserved = cli(db, ['region', 'create', 'beheer', '--name', 'B', '--gemeente', 'Bee']);
      assert.equal(reserved.status, 1);
      assert.match(reserved.stderr, /al een woord van de site zelf/);
      const usage = cli(db, ['region', 'create', 'oost']);
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /Missing --name/);
      const other = cli(db, [
        'region',
        'create',
        'drenthe',
        '--from',
        'content/regions/westerkwartier',
      ]);
      assert.equal(other.status, 1);
      assert.match(other.stderr, /is the region "westerkwartier", not "drenthe"/);
    });

    it('adds a user in the region’s own store, not in the main store', async () => {
      const added = cli(
        db,
        ['user', 'add', 'Bea@WoldWaard.nl', '--role', 'beheerder', '--region', 'westerkwartier'],
        `${password}\n`,
      );
      assert.equal(added.status, 0, added.output);
      assert.match(added.stdout, /Created beheerder bea@woldwaard\.nl in region westerkwartier/);
      await inRegion(db, 'westerkwartier', async (store) => {
        assert.equal((await store.userByEmail('bea@woldwaard.nl'))?.role, 'beheerder');
      });
      const main = await db.open();
      try {
        assert.equal(await main.userByEmail('bea@woldwaard.nl'), undefined);
      } finally {
        await main.close();
      }
      const unknown = cli(
        db,
        ['user', 'add', 'kim@x.nl', '--role', 'analist', '--region', 'nergens'],
        `${password}\n`,
      );
      assert.equal(unknown.status, 1);
      assert.match(unknown.stderr, /There is no region "nergens"/);
    });

    it('exports a region and imports it into a new install, the region created from the export', async () => {
      const file = join(folder, 'westerkwartier.json');
      const exported = cli(db, ['export-all', '--region', 'westerkwartier', '--out', file]);
      assert.equal(exported.status, 0, exported.output);
      const backup = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(backup.region.id, 'westerkwartier');
      assert.equal(backup.tables.users.length, 1);

      const imported = cli(elsewhere, ['import-all', file, '--region', 'westerkwartier']);
      assert.equal(imported.status, 0, imported.output);
      assert.match(imported.stderr, /Created region westerkwartier \(Westerkwartier\)/);
      const main = await elsewhere.open();
      try {
        assert.ok(await main.region('westerkwartier'));
      } finally {
        await main.close();
      }
      const [before, after] = await Promise.all(
        [db, elsewhere].map((where) =>
          inRegion(where, 'westerkwartier', (store) => store.exportAll()),
        ),
      );
      for (const table of ['tree_drafts', 'tree_versions', 'users', 'registration_figures'])
        assert.deepEqual(after?.tables[table], before?.tables[table], table);
      const again = cli(elsewhere, ['import-all', file, '--region', 'westerkwartier']);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /not empty/);
    });

    it('never puts one region’s data in another region’s export', () => {
      const created = cli(db, ['region', 'create', 'drenthe', '--from', 'content/regions/drenthe']);
      assert.equal(created.status, 0, created.output);
      const exported = cli(db, ['export-all', '--region', 'drenthe']);
      assert.equal(exported.status, 0, exported.stderr);
      const backup = JSON.parse(exported.stdout);
      assert.equal(backup.region.id, 'drenthe');
      assert.deepEqual(
        backup.tables.tree_drafts.map((row: { tree_id: string }) => row.tree_id),
        ['laatste-kans'],
      );
      assert.doesNotMatch(exported.stdout, /woldwaard|weer-huren|Wold & Waard/);
      assert.deepEqual(backup.tables.users, []);
    });
  });
}
