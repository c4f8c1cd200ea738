import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../dates/plain-date.ts';
import { pairsInForce } from './pairs-in-force.ts';
import { type DatedVersion, versionInForce } from './versions-in-time.ts';

const v = (version: number, geldigVanaf: string): DatedVersion => ({ version, geldigVanaf });
const numbers = (pairs: ReturnType<typeof pairsInForce>) =>
  pairs.map((pair) => [pair.tree.version, pair.shared?.version, pair.from]);

describe('pairsInForce', () => {
  it('gives the pair in force on the day asked about, then one per change of either list', () => {
    const trees = [v(1, '2027-01-01'), v(2, '2027-03-01')];
    const shared = [v(1, '2027-01-01'), v(2, '2027-02-01'), v(3, '2027-06-01')];
    assert.deepEqual(numbers(pairsInForce(trees, shared, '2027-01-15')), [
      [1, 1, '2027-01-15'],
      [1, 2, '2027-02-01'],
      [2, 2, '2027-03-01'],
      [2, 3, '2027-06-01'],
    ]);
  });

  it('leaves out versions replaced before the day asked about', () => {
    const trees = [v(1, '2027-01-01'), v(2, '2027-03-01')];
    const shared = [v(1, '2027-01-01'), v(2, '2027-02-01')];
    assert.deepEqual(numbers(pairsInForce(trees, shared, '2027-04-01')), [[2, 2, '2027-04-01']]);
  });

  it('meets a scheduled shared version only while the tree version is not yet replaced', () => {
    // The draft (3) from 1 March; tree version 4 is scheduled for 1 May; the set changes on 1 June.
    const trees = [v(2, '2027-01-01'), v(3, '2027-03-01'), v(4, '2027-05-01')];
    const shared = [v(1, '2027-01-01'), v(2, '2027-06-01')];
    const withDraft = pairsInForce(trees, shared, '2027-03-01').filter(
      (pair) => pair.tree.version === 3,
    );
    assert.deepEqual(numbers(withDraft), [[3, 1, '2027-03-01']]);
  });

  it('counts a version replaced on its own day as never in force', () => {
    const trees = [v(1, '2027-01-01'), v(2, '2027-03-01'), v(3, '2027-03-01')];
    const pairs = pairsInForce(trees, [], '2027-02-01');
    assert.deepEqual(numbers(pairs), [
      [1, undefined, '2027-02-01'],
      [3, undefined, '2027-03-01'],
    ]);
  });

  it('gives nothing without tree versions', () => {
    assert.deepEqual(pairsInForce([], [v(1, '2027-01-01')], '2027-01-01'), []);
  });

  it('holds exactly the pairs in force on some day from then on, each once, from its first day', () => {
    const start = '2027-01-01';
    const day = fc.integer({ min: 0, max: 40 }).map((offset) => addDays(start, offset));
    const list = fc
      .array(day, { maxLength: 6 })
      .map((days) => days.map((geldigVanaf, index) => v(index + 1, geldigVanaf)));
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 1, maxLength: 6 }),
        list,
        day,
        (treeDays, shared, from) => {
          const trees = treeDays.map((geldigVanaf, index) => v(index + 1, geldigVanaf));
          const pairs = pairsInForce(trees, shared, from);
          const keys = pairs.map((pair) => `${pair.tree.version}/${pair.shared?.version}`);
          assert.equal(new Set(keys).size, keys.length, 'no pair twice');
          for (const pair of pairs) {
            assert.ok(pair.from >= from);
            assert.equal(versionInForce(trees, pair.from), pair.tree);
            assert.equal(versionInForce(shared, pair.from), pair.shared);
          }
          for (let offset = 0; offset <= 50; offset++) {
            const on = addDays(from, offset);
            const key = `${versionInForce(trees, on)?.version}/${versionInForce(shared, on)?.version}`;
            assert.ok(keys.includes(key), `the pair in force on ${on} is listed`);
          }
        },
      ),
    );
  });
});
