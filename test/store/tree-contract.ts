// The store contract, part 1: drafts, versions and watchPublished.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedRulesId } from '../../src/core/tree/shared-rules.ts';
import type { Store } from '../../src/store/store.ts';
import {
  type ContractContext,
  sampleContent as content,
  isoTimestamp as iso,
} from './contract-context.ts';

/** Starts watching; `heard` resolves with the milliseconds until `treeId` is reported, or rejects after `withinMs`. */
async function watchFor(store: Store, treeId: string, withinMs = 2000) {
  let report = (_treeId: string) => {};
  const stop = await store.watchPublished((id) => report(id));
  const started = Date.now();
  const heard = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${treeId} not reported within ${withinMs} ms`)),
      withinMs,
    );
    report = (id) => {
      if (id !== treeId) return;
      clearTimeout(timer);
      resolve(Date.now() - started);
    };
  });
  return { heard: heard.finally(stop) };
}

export function treeContract(ctx: ContractContext): void {
  describe('trees', () => {
    it('seeds draft revision 1 and version 1 for each new tree and returns their ids', async () => {
      assert.deepEqual(await ctx.seed('woonkans', 'hulpverlening'), ['woonkans', 'hulpverlening']);
      assert.deepEqual(await ctx.store.treeIds(), ['hulpverlening', 'woonkans']);
      const draft = await ctx.store.draft('woonkans');
      assert.equal(draft?.revision, 1);
      assert.deepEqual(draft?.content, content('woonkans'));
      const [version] = await ctx.store.versions('woonkans');
      assert.equal(version?.version, 1);
      assert.equal(version?.note, 'Standaardinhoud');
      assert.match(version?.publishedAt ?? '', iso);
    });

    it('changes nothing when seeding twice, and only adds trees that are new', async () => {
      await ctx.seed('woonkans');
      await ctx.store.saveDraft('woonkans', content('bewerkt'), 1, 'r@x.nl');
      assert.deepEqual(await ctx.seed('woonkans'), []);
      assert.deepEqual(await ctx.seed('woonkans', 'nieuw'), ['nieuw']);
      assert.equal((await ctx.store.draft('woonkans'))?.revision, 2);
      assert.equal((await ctx.store.versions('woonkans')).length, 1);
    });

    it('returns undefined for a draft or version that does not exist', async () => {
      await ctx.seed('woonkans');
      assert.equal(await ctx.store.draft('onbekend'), undefined);
      assert.equal(await ctx.store.version('woonkans', 2), undefined);
      assert.equal(await ctx.store.version('onbekend', 1), undefined);
      assert.deepEqual(await ctx.store.versions('onbekend'), []);
    });

    it('saves a draft based on the current revision and counts the revision up', async () => {
      await ctx.seed('woonkans');
      const saved = await ctx.store.saveDraft('woonkans', content('nieuw'), 1, 'r@x.nl');
      assert.ok(saved.ok);
      assert.equal(saved.draft.revision, 2);
      assert.equal(saved.draft.updatedBy, 'r@x.nl');
      assert.match(saved.draft.updatedAt, iso);
      assert.deepEqual(await ctx.store.draft('woonkans'), saved.draft);
    });

    it('refuses a stale save, returns the current draft and keeps it', async () => {
      await ctx.seed('woonkans');
      await ctx.store.saveDraft('woonkans', content('eerste'), 1, 'a@x.nl');
      const stale = await ctx.store.saveDraft('woonkans', content('tweede'), 1, 'b@x.nl');
      assert.equal(stale.ok, false);
      assert.ok(!stale.ok);
      assert.equal(stale.current.revision, 2);
      assert.deepEqual(stale.current.content, content('eerste'));
      assert.deepEqual((await ctx.store.draft('woonkans'))?.content, content('eerste'));
    });

    it('lets exactly one of several concurrent saves from the same base win', async () => {
      await ctx.seed('woonkans');
      const stores = [ctx.store, await ctx.another(), await ctx.another()];
      const results = await Promise.all(
        stores.flatMap((instance, i) =>
          [0, 1].map((j) => instance.saveDraft('woonkans', content(`${i}-${j}`), 1, null)),
        ),
      );
      const winners = results.filter((result) => result.ok);
      assert.equal(winners.length, 1);
      const draft = await ctx.store.draft('woonkans');
      assert.equal(draft?.revision, 2);
      assert.deepEqual(draft, winners[0]?.ok && winners[0].draft);
    });

    it('creates a draft for a new tree when saved with revision 0, once', async () => {
      const created = await ctx.store.saveDraft('nieuw', content('nieuw'), 0, 'r@x.nl');
      assert.ok(created.ok);
      assert.equal(created.draft.revision, 1);
      assert.deepEqual(await ctx.store.treeIds(), ['nieuw']);
      const again = await ctx.store.saveDraft('nieuw', content('weer'), 0, 'r@x.nl');
      assert.ok(!again.ok);
      assert.deepEqual(again.current, created.draft);
    });

    it('throws when saving a tree without a draft at a revision other than 0', async () => {
      await assert.rejects(ctx.store.saveDraft('onbekend', content('x'), 3, null), /No draft/);
    });

    it('publishes the next version number with note, author and time, leaving the draft', async () => {
      await ctx.seed('woonkans');
      const published = await ctx.store.publish('woonkans', content('v2'), 'Zes maanden', 'b@x.nl');
      assert.equal(published.version, 2);
      assert.equal(published.note, 'Zes maanden');
      assert.equal(published.publishedBy, 'b@x.nl');
      assert.match(published.publishedAt, iso);
      assert.deepEqual(await ctx.store.version('woonkans', 2), published);
      assert.deepEqual((await ctx.store.version('woonkans', 1))?.content, content('woonkans'));
      assert.equal((await ctx.store.draft('woonkans'))?.revision, 1);
    });

    it('lists versions newest first, without content', async () => {
      await ctx.seed('woonkans');
      await ctx.store.publish('woonkans', content('v2'), 'twee', null);
      await ctx.store.publish('woonkans', content('v3'), 'drie', null);
      const versions = await ctx.store.versions('woonkans');
      assert.deepEqual(
        versions.map((version) => [version.version, version.note]),
        [
          [3, 'drie'],
          [2, 'twee'],
          [1, 'Standaardinhoud'],
        ],
      );
      assert.ok(versions.every((version) => !('content' in version)));
    });

    it('gives the latest version of every tree, by tree id', async () => {
      await ctx.seed('woonkans', 'hulpverlening');
      await ctx.store.publish('woonkans', content('v2'), 'twee', null);
      const latest = await ctx.store.latestVersions();
      assert.deepEqual(
        latest.map((version) => [version.treeId, version.version]),
        [
          ['hulpverlening', 1],
          ['woonkans', 2],
        ],
      );
      assert.deepEqual(latest[1]?.content, content('v2'));
    });

    it('gives concurrent publishes distinct, consecutive numbers', async () => {
      await ctx.seed('woonkans');
      const versions = await Promise.all(
        [2, 3, 4, 5, 6].map((n) => ctx.store.publish('woonkans', content(`v${n}`), `${n}`, null)),
      );
      assert.deepEqual(versions.map((version) => version.version).sort(), [2, 3, 4, 5, 6]);
      for (const version of versions) {
        assert.deepEqual(
          (await ctx.store.version('woonkans', version.version))?.note,
          version.note,
        );
      }
    });

    it('keeps the shared rules (reserved id) out of the tree list and the latest versions', async () => {
      await ctx.seed('woonkans', sharedRulesId);
      assert.deepEqual(await ctx.store.treeIds(), ['woonkans']);
      assert.deepEqual(
        (await ctx.store.latestVersions()).map((version) => version.treeId),
        ['woonkans'],
      );
      assert.equal((await ctx.store.draft(sharedRulesId))?.revision, 1);
      await ctx.store.publish(sharedRulesId, content('gedeeld v2'), 'twee', null);
      assert.deepEqual(
        (await ctx.store.versions(sharedRulesId)).map((version) => version.version),
        [2, 1],
      );
    });

    it('publishes several trees together, each with its next number and note', async () => {
      await ctx.seed('woonkans', 'hulpverlening');
      await ctx.store.publish('woonkans', content('v2'), 'twee', null);
      const published = await ctx.store.publishTogether(
        [
          { treeId: 'woonkans', content: content('samen'), note: 'samen a' },
          { treeId: 'hulpverlening', content: content('samen'), note: 'samen b' },
        ],
        'b@x.nl',
      );
      assert.deepEqual(
        published.map((version) => [version.treeId, version.version, version.note]),
        [
          ['woonkans', 3, 'samen a'],
          ['hulpverlening', 2, 'samen b'],
        ],
      );
      assert.equal((await ctx.store.version('hulpverlening', 2))?.publishedBy, 'b@x.nl');
    });

    it('publishes none of several trees when one of them fails', async () => {
      await ctx.seed('woonkans', 'hulpverlening');
      const unwritable = { tree: { big: 1n }, scenarios: [] };
      await assert.rejects(
        ctx.store.publishTogether(
          [
            { treeId: 'hulpverlening', content: content('samen'), note: 'samen' },
            { treeId: 'woonkans', content: unwritable, note: 'kapot' },
          ],
          null,
        ),
      );
      assert.equal((await ctx.store.versions('woonkans')).length, 1);
      assert.equal((await ctx.store.versions('hulpverlening')).length, 1);
    });

    it('keeps published versions immutable, even against raw SQL', async () => {
      await ctx.seed('woonkans');
      await assert.rejects(
        ctx.database.execute(`update tree_versions set note = 'anders'`),
        /append-only/,
      );
      await assert.rejects(ctx.database.execute('delete from tree_versions'), /append-only/);
      assert.equal((await ctx.store.version('woonkans', 1))?.note, 'Standaardinhoud');
    });
  });

  describe('watchPublished', () => {
    it('reports a publish by another ctx.store instance within 2 seconds', async () => {
      await ctx.seed('woonkans');
      const watch = await watchFor(ctx.store, 'woonkans');
      await (await ctx.another()).publish('woonkans', content('v2'), 'elders', null);
      assert.ok((await watch.heard) < 2000);
    });

    it('reports a tree seeded by another instance, and nothing after stop', async () => {
      const heard: string[] = [];
      const stop = await ctx.store.watchPublished((treeId) => heard.push(treeId));
      const other = await ctx.another();
      await other.seedTrees([{ treeId: 'nieuw', content: content('nieuw') }], null);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      stop();
      await other.publish('nieuw', content('v2'), 'na stop', null);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      assert.deepEqual(heard, ['nieuw']);
    });
  });
}
