// Versions in time: publishing with a future date, the gate over
// every tree and shared-rules pair that will be in force together,
// cancelling a scheduled version and rolling back from a chosen day.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { proefTree } from '../../test/support/proef-tree.ts';
import { type SharedRules, sharedRulesId, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { publishedSharedRules, SharedRulesAdmin } from './shared-rules-admin.ts';
import { TreeAdmin } from './tree-admin.ts';

const beheerder = { email: 'beheerder@woonkans.nl' };
const today = '2027-01-10';

const fixtureShared: SharedRules = sharedRulesSchema.parse({
  parameters: {
    termijn_jaren: proefTree.parameters.termijn_jaren,
    regeling_maanden: proefTree.parameters.regeling_maanden,
    regeling_maanden_bewind: proefTree.parameters.regeling_maanden_bewind,
  },
});

const scenarios = (id: string) => ({
  tree: id,
  scenarios: [
    {
      name: 'Past binnen de termijn',
      peildatum: '2026-11-28',
      answers: { ontruimd: 'ja', datum_ontruiming: '2024-01-31', bewind: 'nee' },
      expect: { outcome: 'tweedekans' },
    },
  ],
});

describe('versions in time', () => {
  let store: Store;
  let trees: TreeAdmin;
  let shared: SharedRulesAdmin;
  const told: string[] = [];

  beforeEach(async () => {
    store = await openStore({ dataDir: ':memory:' });
    told.length = 0;
    const tell = (treeId: string) => {
      told.push(treeId);
    };
    trees = new TreeAdmin(store, tell, () => today);
    shared = new SharedRulesAdmin(store, tell, () => today);
    await store.seedTrees(
      ['proef-a', 'proef-b'].map((id) => ({
        treeId: id,
        content: { tree: { ...proefTree, id, title: `Proefboom ${id}` }, scenarios: scenarios(id) },
      })),
      null,
    );
    await shared.seed(fixtureShared);
  });
  afterEach(() => store.close());

  /** Schedules a set with a one-year term from 1 March, the trees' scenarios adopted in their drafts. */
  async function scheduleOneYearTerm() {
    const found = await shared.draft();
    assert.ok(found);
    const rules = structuredClone(found.rules);
    const term = rules.parameters.termijn_jaren;
    assert.ok(term);
    rules.parameters.termijn_jaren = { ...term, value: 1 };
    assert.equal((await shared.saveDraft(rules, found.draft.revision, beheerder)).status, 'saved');
    for (const id of ['proef-a', 'proef-b']) {
      const adopted = await shared.adoptScenarios(id, beheerder);
      assert.ok(adopted.status === 'adopted' && adopted.names.length === 1);
    }
    return shared.publish('Termijn één jaar', beheerder, { geldigVanaf: '2027-03-01' });
  }

  it('stores a scheduled set alone, keeps the set in force, and lists it as scheduled', async () => {
    const result = await scheduleOneYearTerm();
    assert.ok(result.status === 'published');
    assert.equal(result.version.geldigVanaf, '2027-03-01');
    assert.deepEqual(result.trees, []);
    assert.deepEqual(told, [sharedRulesId]);
    assert.equal((await store.versions('proef-a')).length, 1);
    assert.equal((await publishedSharedRules(store, today))?.parameters.termijn_jaren?.value, 5);
    assert.equal(
      (await publishedSharedRules(store, '2027-03-01'))?.parameters.termijn_jaren?.value,
      1,
    );
    const statuses = (await shared.versionsInTime()).map((version) => version.status);
    assert.deepEqual(statuses, ['scheduled', 'in-force']);
  });

  it('refuses a tree draft that fails with the scheduled set, naming that set and its date', async () => {
    assert.equal((await scheduleOneYearTerm()).status, 'published');
    // proef-b's draft goes back to the scenario that expects the five-year term.
    const draft = await store.draft('proef-b');
    assert.ok(draft);
    const content = { ...draft.content, scenarios: scenarios('proef-b') };
    await trees.saveDraft('proef-b', content, draft.revision, beheerder);
    const result = await trees.publish('proef-b', 'Nieuwe tekst', beheerder);
    assert.ok(result.status === 'refused');
    assert.deepEqual(result.sharedVersion, { version: 2, geldigVanaf: '2027-03-01' });
    assert.equal((await store.versions('proef-b')).length, 1);
  });

  it('publishes a tree draft from the day it meets only the set its scenarios expect', async () => {
    assert.equal((await scheduleOneYearTerm()).status, 'published');
    const now = await trees.publish('proef-a', 'Eén jaar', beheerder);
    assert.ok(now.status === 'refused');
    assert.equal(now.sharedVersion, undefined, 'the set in force on its first day failed');
    const later = await trees.publish('proef-a', 'Eén jaar', beheerder, {
      geldigVanaf: '1-3-2027',
    });
    assert.ok(later.status === 'published');
    assert.equal(later.version.geldigVanaf, '2027-03-01');
    const [scheduled, inForce] = await trees.versionsInTime('proef-a');
    assert.equal(scheduled?.status, 'scheduled');
    assert.equal(inForce?.status, 'in-force');
    assert.equal(inForce?.until, '2027-03-01');
  });

  it('refuses a date before today and a day that does not exist, in Dutch', async () => {
    const past = await trees.publish('proef-a', 'Terug', beheerder, { geldigVanaf: '2027-01-09' });
    assert.ok(past.status === 'invalid');
    assert.deepEqual(
      past.problems.map(({ path, code }) => [path, code]),
      [['geldigVanaf', 'date-in-past']],
    );
    assert.match(past.problems[0]?.message ?? '', /terugwerkende kracht/);
    const wrong = await trees.publish('proef-a', '', beheerder, {
      geldigVanaf: '31-2-2027',
      geldtVoorOntruimingenVanaf: 'morgen',
    });
    assert.ok(wrong.status === 'invalid');
    assert.deepEqual(
      wrong.problems.map(({ path, code }) => [path, code]),
      [
        ['note', 'note-missing'],
        ['geldigVanaf', 'date-day'],
        ['geldtVoorOntruimingenVanaf', 'date-unreadable'],
      ],
    );
  });

  it('cancels a scheduled version once, and never one in force or unknown', async () => {
    const scheduled = await trees.publish('proef-a', 'Later', beheerder, {
      geldigVanaf: '2027-02-01',
      geldtVoorOntruimingenVanaf: '2027-02-01',
    });
    assert.ok(scheduled.status === 'published');
    assert.equal(scheduled.version.geldtVoorOntruimingenVanaf, '2027-02-01');
    told.length = 0;
    const cancelled = await trees.cancel('proef-a', 2, beheerder);
    assert.ok(cancelled.status === 'cancelled');
    assert.ok(cancelled.version.cancelled);
    assert.deepEqual(told, ['proef-a']);
    const [entry] = await store.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'cancelled');
    const again = await trees.cancel('proef-a', 2, beheerder);
    assert.ok(again.status === 'refused');
    assert.equal(again.problems[0]?.code, 'already-cancelled');
    const inForce = await trees.cancel('proef-a', 1, beheerder);
    assert.ok(inForce.status === 'refused');
    assert.equal(inForce.problems[0]?.code, 'already-in-force');
    assert.match(inForce.problems[0]?.message ?? '', /kunt u niet meer intrekken/);
    assert.equal((await trees.cancel('proef-a', 9, beheerder)).status, 'not-found');
    assert.equal((await trees.versionsInTime('proef-a'))[0]?.status, 'cancelled');
    // A cancelled number is not used again.
    const next = await trees.publish('proef-a', 'Opnieuw', beheerder);
    assert.ok(next.status === 'published');
    assert.equal(next.version.version, 3);
  });

  it('cancels a scheduled shared-rules version', async () => {
    assert.equal((await scheduleOneYearTerm()).status, 'published');
    const result = await shared.cancel(2, beheerder);
    assert.ok(result.status === 'cancelled');
    assert.equal(
      (await publishedSharedRules(store, '2027-03-01'))?.parameters.termijn_jaren?.value,
      5,
    );
  });

  it('rolls back as a new version from the day chosen, and not from a past day', async () => {
    assert.ok((await trees.publish('proef-a', 'Twee', beheerder)).status === 'published');
    const back = await trees.rollback('proef-a', 1, beheerder, { geldigVanaf: '2027-02-01' });
    assert.ok(back.status === 'published');
    assert.equal(back.version.version, 3);
    assert.equal(back.version.geldigVanaf, '2027-02-01');
    const past = await trees.rollback('proef-a', 1, beheerder, { geldigVanaf: '2026-12-31' });
    assert.equal(past.status, 'invalid');
  });
});
