import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { createApp } from '../app.ts';
import { inMemoryCatalog } from '../published-tree.ts';
import { testAssets } from '../test-app.ts';
import { EvaluateCache } from './evaluate-cache.ts';

describe('the evaluate cache', () => {
  it('keeps the most recently used answers and forgets the oldest', () => {
    const cache = new EvaluateCache(2);
    const [one, two, three] = [1, 2, 3].map((n) => new Uint8Array([n]));
    cache.set('a', one as Uint8Array<ArrayBuffer>);
    cache.set('b', two as Uint8Array<ArrayBuffer>);
    assert.equal(cache.get('a'), one);
    cache.set('c', three as Uint8Array<ArrayBuffer>);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), one);
    assert.equal(cache.get('c'), three);
    assert.equal(cache.size, 2);
  });

  it('never serves yesterday’s answer: the day is part of the key', async () => {
    let now = new Date('2026-11-28T11:00:00Z');
    const app = createApp({
      catalog: inMemoryCatalog(loadDefaultTrees()),
      assets: testAssets,
      now: () => now,
    });
    // No peildatum: the deadline check uses today.
    const body = JSON.stringify({
      answers: { ontruimd: 'ja', reden: 'beide', datum_ontruiming: '2021-11-29' },
    });
    const ask = async () => {
      const response = await app.request('/api/v1/trees/hulpverlening/evaluate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      assert.equal(response.status, 200);
      return (await response.json()) as { status: string; peildatum: string };
    };
    const first = await ask();
    assert.deepEqual(await ask(), first);
    now = new Date('2026-11-29T11:00:00Z');
    const later = await ask();
    assert.equal(first.peildatum, '2026-11-28');
    assert.equal(later.peildatum, '2026-11-29');
  });
});
