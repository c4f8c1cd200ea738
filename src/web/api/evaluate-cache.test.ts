import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { testAssets } from '../../../test/support/test-app.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { createApp } from '../app.ts';
import { inMemoryCatalog } from '../published-tree.ts';
import { acceptsGzip, CachedAnswer, EvaluateCache } from './evaluate-cache.ts';

describe('the evaluate cache', () => {
  it('keeps the most recently used answers and forgets the oldest', () => {
    const cache = new EvaluateCache(2);
    const [one, two, three] = [1, 2, 3].map((n) => new CachedAnswer(new Uint8Array([n])));
    cache.set('a', one as CachedAnswer);
    cache.set('b', two as CachedAnswer);
    assert.equal(cache.get('a'), one);
    cache.set('c', three as CachedAnswer);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), one);
    assert.equal(cache.get('c'), three);
    assert.equal(cache.size, 2);
  });

  it('understands Accept-Encoding', () => {
    assert.equal(acceptsGzip('gzip, deflate, br'), true);
    assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1'), true);
    assert.equal(acceptsGzip('gzip;q=0'), false);
    assert.equal(acceptsGzip('identity'), false);
    assert.equal(acceptsGzip(undefined), false);
  });

  it('serves a repeated answer gzipped to clients that accept it, and the same JSON', async () => {
    const app = createApp({
      catalog: inMemoryCatalog(loadDefaultTrees()),
      assets: testAssets,
      now: () => new Date('2026-11-28T11:00:00Z'),
    });
    const ask = (encoding?: string) =>
      app.request('/api/v1/trees/hulpverlening/evaluate', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(encoding ? { 'Accept-Encoding': encoding } : {}),
        },
        body: JSON.stringify({ answers: { ontruimd: 'ja' } }),
      });
    const first = await ask();
    assert.equal(first.headers.get('content-encoding'), null);
    const plain = await first.text();
    const second = await ask('gzip');
    assert.equal(second.headers.get('content-encoding'), 'gzip');
    assert.equal(second.headers.get('vary'), 'Accept-Encoding');
    assert.equal(gunzipSync(Buffer.from(await second.arrayBuffer())).toString('utf8'), plain);
    const third = await ask();
    assert.equal(third.headers.get('content-encoding'), null);
    assert.equal(await third.text(), plain);
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
