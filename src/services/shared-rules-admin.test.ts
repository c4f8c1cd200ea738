// The shared rules as one published set (SPEC §11): a change of period moves
// every tree at once, through every tree's checks and scenarios, and shows in
// every tree's history.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { proefTree } from '../../test/support/proef-tree.ts';
import { defaultTreeContents, loadSharedRules } from '../content/default-content.ts';
import { type SharedRules, sharedRulesId, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import { type Parameter, type Tree, treeSchema } from '../core/tree/tree.ts';
import { nextStep } from '../core/walk/next-step.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { SharedRulesAdmin } from './shared-rules-admin.ts';
import { TreeAdmin } from './tree-admin.ts';

const beheerder = { email: 'beheerder@woonkans.nl' };

function withValue(parameter: Parameter | undefined, value: number): Parameter {
  assert.ok(parameter);
  return { ...parameter, value };
}

const fixtureShared: SharedRules = sharedRulesSchema.parse({
  parameters: {
    termijn_jaren: proefTree.parameters.termijn_jaren,
    regeling_maanden: proefTree.parameters.regeling_maanden,
    regeling_maanden_bewind: proefTree.parameters.regeling_maanden_bewind,
  },
});

function fixtureContent(id: string) {
  return {
    tree: { ...proefTree, id, title: `Proefboom ${id}` },
    scenarios: {
      tree: id,
      scenarios: [
        {
          name: 'Past binnen de termijn',
          peildatum: '2026-11-28',
          answers: { ontruimd: 'ja', datum_ontruiming: '2024-01-31', bewind: 'nee' },
          expect: { outcome: 'tweedekans' },
        },
        {
          name: 'Geen traject zonder ontruiming',
          peildatum: '2026-11-28',
          answers: { ontruimd: 'nee' },
          expect: { outcome: 'geen-traject' },
        },
      ],
    },
  };
}

describe('SharedRulesAdmin', () => {
  let store: Store;
  let shared: SharedRulesAdmin;
  let trees: TreeAdmin;
  const published: string[] = [];

  const latestTree = async (treeId: string): Promise<Tree> => {
    const [latest] = await store.versions(treeId);
    const version = latest && (await store.version(treeId, latest.version));
    return treeSchema.parse(version?.content.tree);
  };
  const editShared = async (change: (rules: SharedRules) => void) => {
    const found = await shared.draft();
    assert.ok(found);
    const rules = structuredClone(found.rules);
    change(rules);
    const saved = await shared.saveDraft(rules, found.draft.revision, beheerder);
    assert.equal(saved.status, 'saved');
  };

  beforeEach(async () => {
    store = await openStore({ dataDir: ':memory:' });
    shared = new SharedRulesAdmin(store, (treeId) => {
      published.push(treeId);
    });
    trees = new TreeAdmin(store);
    published.length = 0;
  });
  afterEach(() => store.close());

  describe('over two small trees', () => {
    beforeEach(async () => {
      await store.seedTrees(
        ['proef-a', 'proef-b'].map((treeId) => ({ treeId, content: fixtureContent(treeId) })),
        null,
      );
      assert.equal(await shared.seed(fixtureShared), true);
    });

    it('seeds the set once, as draft and version 1, apart from the trees', async () => {
      assert.equal(await shared.seed(fixtureShared), false);
      assert.deepEqual(
        (await shared.versions()).map((version) => version.version),
        [1],
      );
      assert.deepEqual(await store.treeIds(), ['proef-a', 'proef-b']);
    });

    it('publishes one change of regeling_maanden as a new version of both trees, named in both histories', async () => {
      const answers = { ontruimd: 'ja', datum_ontruiming: '2024-01-31', bewind: 'nee' };
      for (const treeId of ['proef-a', 'proef-b']) {
        const step = nextStep(await latestTree(treeId), answers, '2026-11-28');
        assert.equal(String(step.dates.aanmelden_vanaf), '2024-07-31');
      }
      await editShared((rules) => {
        rules.parameters.regeling_maanden = withValue(fixtureShared.parameters.regeling_maanden, 3);
      });
      const result = await shared.publish('', beheerder);
      assert.equal(result.status, 'published');
      assert.ok(result.status === 'published');
      assert.equal(result.version.version, 2);
      assert.deepEqual(
        result.trees.map((version) => [version.treeId, version.version]),
        [
          ['proef-a', 2],
          ['proef-b', 2],
        ],
      );
      assert.deepEqual(published, ['proef-a', 'proef-b']);
      for (const treeId of ['proef-a', 'proef-b']) {
        const tree = await latestTree(treeId);
        assert.equal(tree.parameters.regeling_maanden?.value, 3);
        const step = nextStep(tree, answers, '2026-11-28');
        assert.equal(String(step.dates.aanmelden_vanaf), '2024-04-30');
        const [latest] = await store.versions(treeId);
        assert.equal(latest?.note, 'Gedeelde regels: regeling_maanden 6 maanden → 3 maanden');
      }
      const [entry] = await store.auditLog({ limit: 1 });
      assert.equal(entry?.action, 'published');
      assert.equal(entry?.subject, sharedRulesId);
    });

    it('in a region that needs confirmed assumptions, refuses to carry an unconfirmed one into the trees', async () => {
      const strict = new SharedRulesAdmin(store, () => {}, shared.today, {
        publishNeedsConfirmedAssumptions: () => true,
      });
      await editShared((rules) => {
        rules.parameters.regeling_maanden = {
          ...withValue(fixtureShared.parameters.regeling_maanden, 3),
          source: { kind: 'assumption', ref: 'Nog na te vragen', confirmed: false },
        };
      });
      const result = await strict.publish('', beheerder);
      assert.equal(result.status, 'refused');
      assert.ok(result.status === 'refused');
      const codes = result.gates.flatMap((gate) => gate.check.treeProblems.map((p) => p.code));
      assert.ok(codes.includes('aannames-niet-bevestigd'), codes.join(', '));
      assert.deepEqual(
        (await shared.versions()).map((version) => version.version),
        [1],
        'nothing was published',
      );
      // Where the rule does not hold (the default region), the same change is published.
      assert.equal((await shared.publish('', beheerder)).status, 'published');
    });

    it('publishes no new tree version for a change no tree is affected by', async () => {
      await editShared((rules) => {
        rules.title = 'Gedeelde regels (bijgewerkt)';
      });
      const result = await shared.publish('Titel', beheerder);
      assert.ok(result.status === 'published');
      assert.deepEqual(result.trees, []);
      assert.equal((await store.versions('proef-a')).length, 1);
    });

    it('refuses a set without a period a tree uses, naming the tree, and publishes nothing', async () => {
      await editShared((rules) => {
        delete rules.parameters.regeling_maanden_bewind;
      });
      const result = await shared.publish('', beheerder);
      assert.equal(result.status, 'refused');
      assert.ok(result.status === 'refused');
      const failing = result.gates.filter((gate) => !gate.check.publishable);
      assert.deepEqual(
        failing.map((gate) => gate.treeId),
        ['proef-a', 'proef-b'],
      );
      assert.ok(
        failing[0]?.check.treeProblems.some((problem) =>
          problem.message.includes('regeling_maanden_bewind'),
        ),
      );
      assert.equal((await shared.versions()).length, 1);
      assert.equal((await store.versions('proef-a')).length, 1);
    });

    it('keeps a shared period in a tree draft as the set has it, and composes a published tree draft', async () => {
      const found = await trees.draft('proef-a');
      assert.ok(found);
      const tree = structuredClone(found.draft.content.tree) as Tree;
      tree.parameters.regeling_maanden = withValue(tree.parameters.regeling_maanden, 9);
      const saved = await trees.saveDraft(
        'proef-a',
        { ...found.draft.content, tree },
        found.draft.revision,
        beheerder,
      );
      assert.equal(saved.status, 'saved');
      const after = await trees.draft('proef-a');
      assert.ok(after);
      assert.equal((after.draft.content.tree as Tree).parameters.regeling_maanden?.value, 6);
    });

    it('refuses to publish a tree draft that names a shared period the set does not have', async () => {
      const found = await trees.draft('proef-a');
      assert.ok(found);
      const tree = structuredClone(found.draft.content.tree) as Tree;
      tree.intro = 'Aanmelden kan na {{wachttijd_maanden}}.';
      await trees.saveDraft(
        'proef-a',
        { ...found.draft.content, tree },
        found.draft.revision,
        beheerder,
      );
      const result = await trees.publish('proef-a', 'Wachttijd', beheerder);
      assert.equal(result.status, 'refused');
      assert.ok(result.status === 'refused');
      assert.ok(
        result.check.treeProblems.some((problem) => problem.message.includes('wachttijd_maanden')),
      );
    });
  });

  describe('over the default content', () => {
    beforeEach(async () => {
      await store.seedTrees(defaultTreeContents(), null);
      await shared.seed(loadSharedRules());
    });

    it('refuses 3 instead of 6 months while the hulpverlening scenarios expect six, naming that tree and its scenarios', async () => {
      await editShared((rules) => {
        rules.parameters.regeling_maanden = withValue(rules.parameters.regeling_maanden, 3);
      });
      const result = await shared.publish('', beheerder);
      assert.ok(result.status === 'refused');
      const failing = result.gates.filter((gate) => !gate.check.publishable);
      assert.deepEqual(
        failing.map((gate) => gate.treeId),
        ['hulpverlening'],
      );
      assert.ok(failing[0]?.check.scenarioResults.some((scenario) => !scenario.passed));
      assert.equal((await store.versions('hulpverlening')).length, 1);
    });

    it('takes over the new outcomes into the failing scenarios, then publishes both trees', async () => {
      await editShared((rules) => {
        rules.parameters.regeling_maanden = withValue(rules.parameters.regeling_maanden, 3);
      });
      const adopted = await shared.adoptScenarios('hulpverlening', beheerder);
      assert.ok(adopted.status === 'adopted');
      assert.ok(adopted.names.length > 0);
      const [entry] = await store.auditLog({ limit: 1 });
      assert.equal(entry?.action, 'scenarios-adopted');
      const result = await shared.publish('Drie maanden', beheerder);
      assert.equal(result.status, 'published');
      // The arrangement of 1 September 2026 now runs long enough on 1 December.
      const walk = nextStep(
        await latestTree('hulpverlening'),
        {
          ontruimd: 'ja',
          reden: 'huurachterstand',
          datum_ontruiming: '2022-03-15',
          huurschuld: 'ja',
          regeling: 'ja',
          datum_regeling: '2026-09-01',
          bewind: 'nee',
        },
        '2026-11-28',
      );
      assert.equal(walk.dates.aanmelden_vanaf, '2026-12-01');
    });
  });
});
