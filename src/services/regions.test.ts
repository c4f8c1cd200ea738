// RegionService on SQLite and PostgreSQL: a region made from a folder gets a
// row in the main store and drafts (never a published version) in a store of
// its own, without the default region's figures; overlapping municipalities,
// low contrast, bad and taken ids are refused in Dutch. And the publish rule:
// a tree of a region that needs confirmed assumptions is published only once
// every assumption is confirmed.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { sharedRulesId } from '../core/tree/shared-rules.ts';
import { openRegionStore } from '../store/region-stores.ts';
import type { Store } from '../store/store.ts';
import './dutch-validation.ts';
import { RegionService } from './regions.ts';
import { SharedRulesAdmin } from './shared-rules-admin.ts';
import { SourceReview } from './source-review.ts';
import { TreeAdmin } from './tree-admin.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const westerkwartier = join(root, 'content/regions/westerkwartier');
const drenthe = join(root, 'content/regions/drenthe');
const postgresSkip = await postgresUnavailable();
const beheerder = { email: 'beheerder@woonkans.nl' };

const base = {
  name: 'Proefregio',
  municipalities: [{ name: 'Proefgemeente', aliases: [] }],
};

async function inRegion<T>(db: TestDatabase, id: string, use: (store: Store) => Promise<T>) {
  const store = await openRegionStore(db.options, id);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`RegionService (${kind})`, {
    skip: kind === 'postgres' ? postgresSkip : undefined,
  }, () => {
    let db: TestDatabase;
    let main: Store;
    let regions: RegionService;

    before(async () => {
      db = kind === 'sqlite' ? sqliteTestDatabase() : await postgresTestDatabase();
      main = await db.open();
      regions = new RegionService(main, db.options);
    });
    after(async () => {
      await main.close();
      await db.dispose();
    });

    it('creates a region from a folder: a row, drafts without a published version, no figures of Groningen, audited in both stores', async () => {
      const result = await regions.create(undefined, beheerder, { from: westerkwartier });
      assert.equal(result.status, 'created', JSON.stringify(result));
      assert.ok(result.status === 'created');
      assert.deepEqual(result.trees, ['weer-huren']);
      const row = await main.region('westerkwartier');
      assert.equal((row?.definition as { name?: string } | undefined)?.name, 'Westerkwartier');
      assert.deepEqual(
        (await regions.list()).map((region) => region.id),
        ['groningen', 'westerkwartier'],
      );
      const [mainEntry] = await main.auditLog({ limit: 1 });
      assert.deepEqual(
        [mainEntry?.action, mainEntry?.subject],
        ['region-created', 'westerkwartier'],
      );
      await inRegion(db, 'westerkwartier', async (store) => {
        assert.deepEqual(await store.treeIds(), ['weer-huren']);
        assert.equal((await store.draft('weer-huren'))?.revision, 1);
        assert.deepEqual(await store.versions('weer-huren'), []);
        assert.equal(await store.draft(sharedRulesId), undefined, 'the folder has no shared rules');
        assert.deepEqual(await store.registrationFigures(), []);
        const [entry] = await store.auditLog({ limit: 1 });
        assert.equal(entry?.action, 'region-created');
      });
      // Groningen's own figures stay where they are.
      assert.ok((await main.registrationFigures()).length > 0);
    });

    it('refuses a municipality of another region, naming that region', async () => {
      const groningen = await regions.create(
        { ...base, id: 'haren', municipalities: [{ name: 'Haren', aliases: [] }] },
        beheerder,
      );
      assert.equal(groningen.status, 'invalid');
      assert.match(
        groningen.status === 'invalid' ? (groningen.problems[0]?.message ?? '') : '',
        /Haren hoort al bij de regio Groningen \(groningen\)/,
      );
      const leek = await regions.create(
        { ...base, id: 'leek', municipalities: [{ name: 'Oost', aliases: ['leek'] }] },
        beheerder,
      );
      assert.ok(leek.status === 'invalid');
      assert.match(
        leek.problems[0]?.message ?? '',
        /bij de regio Westerkwartier \(westerkwartier\)/,
      );
      assert.equal(await main.region('leek'), undefined);
    });

    it('refuses a brand colour with too little contrast, in Dutch', async () => {
      const result = await regions.create(
        { ...base, id: 'geel', theme: { brandColor: '#f5c400', focusColor: '#1f4e8c' } },
        beheerder,
      );
      assert.ok(result.status === 'invalid');
      assert.ok(result.problems.some((problem) => problem.code === 'te-weinig-contrast'));
      assert.match(result.problems.map((problem) => problem.message).join(' '), /#f5c400/);
      assert.equal(await main.region('geel'), undefined);
    });

    it('refuses a bad, reserved or taken id', async () => {
      for (const id of ['Beheer!', 'beheer', 'groningen', 'westerkwartier']) {
        const result = await regions.create({ ...base, id }, beheerder);
        assert.ok(result.status === 'invalid', id);
        assert.ok(
          result.problems.every((problem) => problem.path === 'id'),
          id,
        );
      }
      const bad = await regions.create({ ...base, id: 'x' }, beheerder);
      assert.ok(bad.status === 'invalid');
      assert.match(bad.problems[0]?.message ?? '', /regio-code bestaat uit 2 tot 40/);
    });

    it('publishes a tree of a region that needs confirmed assumptions only once every assumption is confirmed', async () => {
      await inRegion(db, 'westerkwartier', async (store) => {
        const admin = new TreeAdmin(store, () => {}, undefined, {
          publishNeedsConfirmedAssumptions: () => true,
        });
        // The draft page says so before anyone presses publish.
        const draft = await admin.draft('weer-huren');
        assert.equal(draft?.check.publishable, false);
        assert.ok(draft?.check.treeProblems.some((p) => p.code === 'aannames-niet-bevestigd'));
        const refused = await admin.publish('weer-huren', 'Eerste versie', beheerder);
        assert.equal(refused.status, 'refused');
        const problem =
          refused.status === 'refused'
            ? refused.check.treeProblems.find((p) => p.code === 'aannames-niet-bevestigd')
            : undefined;
        assert.match(problem?.message ?? '', /nog 7 aannames niet bevestigd/);
        assert.match(problem?.message ?? '', /Te controleren/);
        assert.deepEqual(await store.versions('weer-huren'), []);

        const review = new SourceReview(store);
        const assumptions = (await review.list())
          .flatMap((group) => group.items.map((item) => ({ owner: group.owner, item })))
          .filter(({ item }) => item.source?.kind === 'assumption');
        assert.equal(assumptions.length, 7);
        for (const { owner, item } of assumptions.slice(1))
          await review.confirm(owner, item.key, beheerder);
        const one = await admin.publish('weer-huren', 'Eerste versie', beheerder);
        assert.ok(one.status === 'refused');
        assert.match(
          one.check.treeProblems.at(-1)?.message ?? '',
          /Er is nog 1 aanname niet bevestigd/,
        );
        const [last] = assumptions;
        assert.ok(last);
        await review.confirm(last.owner, last.item.key, beheerder);
        // Thesis items may stay unconfirmed: the rule is about assumptions.
        assert.equal((await admin.draft('weer-huren'))?.check.publishable, true);
        const published = await admin.publish('weer-huren', 'Eerste versie', beheerder);
        assert.equal(published.status, 'published', JSON.stringify(published));
      });
    });

    it('publishes at once in a region that does not need confirmed assumptions', async () => {
      const created = await regions.create(undefined, beheerder, { from: drenthe });
      assert.equal(created.status, 'created');
      await inRegion(db, 'drenthe', async (store) => {
        const admin = new TreeAdmin(store, () => {}, undefined, {
          publishNeedsConfirmedAssumptions: () => false,
        });
        const result = await admin.publish('laatste-kans', 'Eerste versie', beheerder);
        assert.equal(result.status, 'published');
      });
    });

    it('stores the shared rules of a folder as a draft too, and counts their assumptions at publish', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'woonkansboom-regio-'));
      try {
        cpSync(westerkwartier, folder, { recursive: true });
        writeFileSync(
          join(folder, 'region.yaml'),
          'id: gedeeld-proef\nname: Gedeeld\nmunicipalities: [{ name: Gedeeldegem }]\n',
        );
        writeFileSync(
          join(folder, 'shared-rules.yaml'),
          [
            'contacts:',
            '  - id: loket',
            '    name: Loket',
            '    text: Het loket van de gemeente.',
            '    routes: [{ kind: website, value: "https://example.org" }]',
            '    source: { kind: assumption, ref: Een voorbeeld, confirmed: false }',
          ].join('\n'),
        );
        const result = await regions.create(undefined, beheerder, { from: folder });
        assert.ok(result.status === 'created', JSON.stringify(result));
        assert.equal(result.sharedRules, true);
        await inRegion(db, 'gedeeld-proef', async (store) => {
          assert.ok(await store.draft(sharedRulesId));
          assert.deepEqual(await store.versions(sharedRulesId), []);
          const admin = new TreeAdmin(store, () => {}, undefined, {
            publishNeedsConfirmedAssumptions: () => true,
          });
          const message = async () => {
            const result = await admin.publish('weer-huren', 'Eerste versie', beheerder);
            return result.status === 'refused'
              ? (result.check.treeProblems.at(-1)?.message ?? '')
              : '';
          };
          assert.match(await message(), /nog 8 aannames niet bevestigd/);
          assert.equal(
            (await new SharedRulesAdmin(store).publish('Eerste versie', beheerder)).status,
            'published',
          );
          assert.match(
            await message(),
            /nog 8 aannames .* Daarvan staat er 1 in de gedeelde regels/,
          );
        });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('updates a definition with the same checks', async () => {
      const updated = await regions.update(
        'drenthe',
        { ...(await regions.get('drenthe')), name: 'Drenthe (Thuiskompas)' },
        beheerder,
      );
      assert.equal(updated.status, 'updated');
      assert.equal(
        ((await main.region('drenthe'))?.definition as { name?: string } | undefined)?.name,
        'Drenthe (Thuiskompas)',
      );
      const overlap = await regions.update(
        'drenthe',
        { ...(await regions.get('drenthe')), municipalities: [{ name: 'Zuidhorn' }] },
        beheerder,
      );
      assert.ok(overlap.status === 'invalid');
      assert.match(overlap.problems[0]?.message ?? '', /Westerkwartier/);
      assert.equal((await regions.update('nergens', base, beheerder)).status, 'not-found');
    });
  });
}
