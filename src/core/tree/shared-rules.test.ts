import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { validateTree } from '../publish/validate.ts';
import { composeTree, ownPart, type SharedRules, sharedRulesSchema } from './shared-rules.ts';
import { type Tree, treeSchema } from './tree.ts';

function proefWithoutPeriods(): Record<string, unknown> {
  const { termijn_jaren: _, regeling_maanden: __, ...own } = proefTree.parameters;
  return { ...structuredClone(proefTree), parameters: own };
}

const shared: SharedRules = sharedRulesSchema.parse({
  parameters: {
    termijn_jaren: { label: 'Termijn', value: 5, unit: 'years', source: 'SPEC §5' },
    regeling_maanden: { label: 'Regeling', value: 3, unit: 'months', source: 'SPEC §5' },
    ongebruikt_elders: { label: 'Voor een andere boom', value: 1, unit: 'years', source: 'x' },
  },
  contacts: [{ id: 'gkb', name: 'GKB', text: 'Budgetbeheer en schuldhulp.' }],
  corporations: [{ id: 'lefier', name: 'Lefier' }],
});

describe('shared rules', () => {
  it('give a tree the periods it names but does not hold itself', () => {
    const validation = validateTree(proefWithoutPeriods(), shared);
    assert.deepEqual(
      validation.problems.filter((problem) => problem.severity === 'error'),
      [],
    );
    assert.equal(validation.tree?.parameters.regeling_maanden?.value, 3);
    assert.deepEqual(
      validation.tree?.corporations.map((corporation) => corporation.name),
      ['Lefier'],
    );
  });

  it('refuse a tree that names a shared period the set does not have', () => {
    const { regeling_maanden: _, ...rest } = shared.parameters;
    const validation = validateTree(proefWithoutPeriods(), { ...shared, parameters: rest });
    assert.equal(validation.tree, undefined);
    assert.ok(
      validation.problems.some(
        (problem) => problem.severity === 'error' && problem.message.includes('regeling_maanden'),
      ),
    );
  });

  it('do not warn that a tree leaves a shared period unused', () => {
    const validation = validateTree(proefWithoutPeriods(), shared);
    assert.ok(!validation.problems.some((problem) => problem.path.includes('ongebruikt_elders')));
  });

  it('replace a stale copy of a shared item when composed again', () => {
    const composed = composeTree(treeSchema.parse(proefTree), shared);
    const changed = sharedRulesSchema.parse({
      ...shared,
      parameters: {
        ...shared.parameters,
        regeling_maanden: { ...shared.parameters.regeling_maanden, value: 4 },
      },
    });
    const again: Tree = composeTree(composed, changed);
    assert.equal(again.parameters.regeling_maanden?.value, 4);
    assert.equal(again.contacts.filter((contact) => contact.id === 'gkb').length, 1);
  });

  it('leave only the tree’s own items after taking the shared part out', () => {
    const composed = composeTree(treeSchema.parse(proefTree), shared);
    const own = ownPart(composed, shared);
    assert.deepEqual(Object.keys(own.parameters), ['regeling_maanden_bewind']);
    assert.ok(!own.contacts.some((contact) => contact.id === 'gkb'));
  });
});
