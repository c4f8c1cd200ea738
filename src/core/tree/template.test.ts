import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corporationList, fillRanges } from './template.ts';

describe('the list of corporations in a text', () => {
  it('names every corporation, the last one after "en"', () => {
    const names = ['De Huismeesters', 'Lefier', 'Nijestee'].map((name) => ({ name }));
    assert.equal(corporationList(names), 'De Huismeesters, Lefier en Nijestee');
  });

  it('names one corporation alone, and none as nothing', () => {
    assert.equal(corporationList([{ name: 'Lefier' }]), 'Lefier');
    assert.equal(corporationList([]), '');
  });
});

describe('a range of two parameters', () => {
  const parameters: Record<string, { value: number; unit: 'weeks' | 'months' | 'count' }> = {
    min: { value: 6, unit: 'weeks' },
    max: { value: 8, unit: 'weeks' },
    maanden: { value: 3, unit: 'months' },
    keer: { value: 2, unit: 'count' },
  };
  const of = (name: string) => parameters[name];

  it('names the unit once: "binnen 6 tot 8 weken"', () => {
    assert.equal(fillRanges('binnen {{min}} tot {{max}} na', of), 'binnen 6 tot 8 weken na');
  });

  it('leaves ranges of different units, counts and unknown names to the placeholders', () => {
    for (const text of ['{{min}} tot {{maanden}}', '{{keer}} tot {{keer}}', '{{min}} tot {{x}}'])
      assert.equal(fillRanges(text, of), text);
  });
});
