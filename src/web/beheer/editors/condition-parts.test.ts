import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../../../content/default-content.ts';
import type { Condition, Tree } from '../../../core/tree/tree.ts';
import { conditionOf, conditionState } from './condition-parts.ts';

const tree = loadDefaultTrees().find((candidate) => candidate.id === 'hulpverlening') as Tree;

function roundTrip(condition: Condition) {
  return conditionOf(tree, conditionState(condition), 'b1');
}

describe('condition parts', () => {
  it('takes simple conditions apart and puts them together again unchanged', () => {
    const conditions: Condition[] = [
      { compare: 'peildatum', op: 'on-or-before', to: 'uiterste_aanmelddatum' },
      { answer: 'reden', is: 'beide' },
      { answer: 'reden', in: ['overlast', 'beide'] },
      {
        any: [
          { answer: 'huurschuld', is: 'nee' },
          { compare: 'peildatum', op: 'after', to: 'aanmelden_vanaf' },
        ],
      },
    ];
    for (const condition of conditions) assert.deepEqual(roundTrip(condition), { condition });
  });

  it('keeps a condition with "not" or nesting as it is, read-only', () => {
    const condition: Condition = {
      all: [{ answer: 'regeling', is: 'ja' }, { not: { answer: 'bewind', is: 'ja' } }],
    };
    const state = conditionState(condition);
    assert.equal(state.parts.length, 0);
    assert.ok(state.fixed);
    assert.deepEqual(conditionOf(tree, state, 'b1'), { condition });
  });

  it('asks for answers that belong to the chosen question', () => {
    const state = conditionState({ answer: 'reden', is: 'beide' });
    const [part] = state.parts;
    assert.ok(part?.type === 'answer');
    part.answer = 'huurschuld';
    assert.deepEqual(conditionOf(tree, state, 'b1'), {
      errors: { 'b1.p1.values': 'Kies een of meer antwoorden van de vraag "huurschuld".' },
    });
  });

  it('refuses a branch without any condition left', () => {
    const state = conditionState({ answer: 'reden', is: 'beide' });
    const [part] = state.parts;
    assert.ok(part);
    part.remove = true;
    assert.deepEqual(conditionOf(tree, state, 'b1'), {
      errors: { b1: 'Geef deze tak minstens één voorwaarde.' },
    });
  });
});
