// Te controleren (SPEC §11): what is listed, confirming one item into its
// draft with an audit entry, and every thesis item at once as one entry.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { defaultTreeContents, loadSharedRules } from '../content/default-content.ts';
import { originalsKey } from '../core/publish/review-items.ts';
import { sharedRulesId, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import { type Tree, treeSchema } from '../core/tree/tree.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { SharedRulesAdmin, sharedRulesContent } from './shared-rules-admin.ts';
import { SourceReview } from './source-review.ts';

const beheerder = { email: 'beheerder@woonkans.nl' };

describe('SourceReview', () => {
  let store: Store;
  let review: SourceReview;

  beforeEach(async () => {
    store = await openStore({ dataDir: ':memory:' });
    await store.seedTrees(defaultTreeContents(), null);
    await new SharedRulesAdmin(store).seed(loadSharedRules());
    review = new SourceReview(store);
  });
  afterEach(() => store.close());

  const count = async () =>
    (await review.list()).reduce((sum, group) => sum + group.items.length, 0);

  it('lists the shared rules first with the standing check, then every tree, each item with its source', async () => {
    const groups = await review.list();
    assert.deepEqual(
      groups.map((group) => group.owner),
      [sharedRulesId, 'corporaties', 'hulpverlening'],
    );
    const [shared] = groups;
    assert.equal(shared?.items[0]?.key, originalsKey);
    const period = shared?.items.find((item) => item.key === 'parameter:regeling_maanden');
    assert.deepEqual(period?.reasons, ['unconfirmed']);
    assert.match(period?.source?.ref ?? '', /Bijlage 9/);
    // A shared period is listed once, under the shared rules, not per tree.
    for (const group of groups.slice(1))
      assert.ok(!group.items.some((item) => item.key === 'parameter:regeling_maanden'));
  });

  it('lists an item without a source and a contact without a route', async () => {
    const draft = await store.draft('hulpverlening');
    assert.ok(draft);
    const tree: Tree = treeSchema.parse(draft.content.tree);
    const [outcome] = tree.outcomes;
    assert.ok(outcome);
    delete outcome.source;
    tree.contacts.push({ id: 'zonder-route', name: 'Zonder route', text: 'Test.', routes: [] });
    await store.saveDraft('hulpverlening', { ...draft.content, tree }, draft.revision, null);
    const items = (await review.list()).find((group) => group.owner === 'hulpverlening')?.items;
    assert.deepEqual(items?.find((item) => item.key === `outcome:${outcome.id}`)?.reasons, [
      'no-source',
    ]);
    assert.deepEqual(items?.find((item) => item.key === 'contact:zonder-route')?.reasons, [
      'no-source',
      'no-route',
    ]);
  });

  it('confirms one item in the draft of its owner and logs who confirmed what', async () => {
    const before = await count();
    const result = await review.confirm(sharedRulesId, 'parameter:regeling_maanden', beheerder);
    assert.equal(result.status, 'confirmed');
    assert.equal(await count(), before - 1);
    const periodConfirmed = async (version?: number) => {
      const record = version
        ? await store.version(sharedRulesId, version)
        : await store.draft(sharedRulesId);
      return sharedRulesSchema.parse(record?.content.tree).parameters.regeling_maanden?.source
        .confirmed;
    };
    assert.equal(await periodConfirmed(), true);
    // The published version is unchanged until the next publish.
    assert.equal(await periodConfirmed(1), false);
    const [entry] = await store.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'source-confirmed');
    assert.equal(entry?.actor, beheerder.email);
    assert.equal(entry?.subject, sharedRulesId);
    assert.equal(entry?.detail.item, 'parameter:regeling_maanden');
  });

  it('confirms the standing check against the original trees', async () => {
    assert.equal(
      (await review.confirm(sharedRulesId, originalsKey, beheerder)).status,
      'confirmed',
    );
    const [shared] = await review.list();
    assert.ok(!shared?.items.some((item) => item.key === originalsKey));
  });

  it('finds nothing to confirm for an unknown item or one without a source', async () => {
    assert.equal(
      (await review.confirm('hulpverlening', 'outcome:bestaat-niet', beheerder)).status,
      'not-found',
    );
    assert.equal((await review.confirm('onbekend', originalsKey, beheerder)).status, 'not-found');
  });

  it('confirms every thesis item across the set and both trees as one audit entry', async () => {
    const shared = await store.draft(sharedRulesId);
    const rules = sharedRulesSchema.parse(shared?.content.tree);
    const period = rules.parameters.regeling_maanden;
    assert.ok(shared && period);
    period.source = { kind: 'thesis', ref: 'Bijlage 9', confirmed: false };
    await store.saveDraft(sharedRulesId, sharedRulesContent(rules), shared.revision, null);
    const draft = await store.draft('hulpverlening');
    assert.ok(draft);
    const tree: Tree = treeSchema.parse(draft.content.tree);
    for (const outcome of tree.outcomes.slice(0, 2))
      outcome.source = { kind: 'thesis', ref: '§3.1', confirmed: false };
    await store.saveDraft('hulpverlening', { ...draft.content, tree }, draft.revision, null);

    const thesisBefore = (await review.list())
      .flatMap((group) => group.items)
      .filter((item) => item.source?.kind === 'thesis').length;
    const before = await count();
    const confirmed = await review.confirmThesis(beheerder);
    // The default content cites the thesis for many items; the three set above are among them.
    assert.ok(thesisBefore >= 3, `${thesisBefore} thesis items`);
    assert.equal(confirmed, thesisBefore);
    // A contact without a route stays te controleren after its source is confirmed.
    const after = (await review.list()).flatMap((group) => group.items);
    assert.ok(!after.some((item) => item.source?.kind === 'thesis' && !item.source.confirmed));
    const stillListed = after.filter((item) => item.source?.kind === 'thesis').length;
    assert.equal(await count(), before - thesisBefore + stillListed);
    const entries = await store.auditLog();
    assert.equal(entries.filter((entry) => entry.action === 'sources-confirmed').length, 1);
    assert.equal(entries[0]?.detail.count, thesisBefore);
  });
});
