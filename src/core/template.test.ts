import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corporationList } from './template.ts';

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
