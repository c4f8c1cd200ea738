import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { validateTree } from '../publish/validate.ts';
import { treeSchema } from '../tree/tree.ts';
import { activeNotices } from './active-notices.ts';

// The SPEC §5 rule as data: less than eight weeks before the deadline.
const tree = treeSchema.parse({
  ...structuredClone(proefTree),
  parameters: {
    ...proefTree.parameters,
    spoed_weken: { label: 'Spoed', value: 8, unit: 'weeks', source: 'SPEC §5' },
  },
  dates: [
    ...proefTree.dates,
    {
      id: 'spoed_vanaf',
      label: 'Spoed vanaf',
      from: 'uiterste_aanmelddatum',
      add: [{ amount: { param: 'spoed_weken' }, unit: 'weeks', subtract: true }],
      listed: false,
    },
  ],
  notices: [
    {
      id: 'spoed',
      when: {
        all: [
          { compare: 'peildatum', op: 'after', to: 'spoed_vanaf' },
          { compare: 'peildatum', op: 'on-or-before', to: 'uiterste_aanmelddatum' },
        ],
      },
      text: 'Meld zo snel mogelijk aan, uiterlijk op {{uiterste_aanmelddatum}}.',
    },
  ],
});

describe('notices', () => {
  const evicted = { ontruimd: 'ja', datum_ontruiming: '2022-03-15' };

  it('show when the deadline is less than eight weeks away', () => {
    assert.deepEqual(
      activeNotices(tree, evicted, '2027-02-01').map((notice) => notice.id),
      ['spoed'],
    );
  });

  it('do not show eight weeks or more before the deadline, nor after it', () => {
    assert.deepEqual(activeNotices(tree, evicted, '2027-01-17'), []);
    assert.deepEqual(activeNotices(tree, evicted, '2027-03-15'), []);
  });

  it('do not show while the condition cannot be decided', () => {
    assert.deepEqual(activeNotices(tree, { ontruimd: 'ja' }, '2027-02-01'), []);
  });

  it('are refused when they name a date the tree does not have', () => {
    const broken = structuredClone(tree);
    broken.notices = [
      { id: 'x', when: { compare: 'peildatum', op: 'after', to: 'nergens' }, text: 'x' },
    ];
    const validation = validateTree(broken);
    assert.ok(validation.problems.some((problem) => problem.path.startsWith('notices.x.when')));
  });
});
