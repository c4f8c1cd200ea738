import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { loadDefaultTrees } from '../content/default-content.ts';
import { createApp } from './app.ts';
import { inMemoryCatalog } from './published-tree.ts';
import {
  defaultRateLimits,
  RateLimiter,
  rateLimitersFor,
  rateLimitsFromEnv,
} from './rate-limit.ts';

describe('rate limits on public POST routes', () => {
  it('counts per address in a window and says how long to wait', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
    assert.equal(limiter.take('a', 0), 0);
    assert.equal(limiter.take('a', 1000), 0);
    assert.equal(limiter.take('a', 2000), 58);
    assert.equal(limiter.take('b', 2000), 0, 'another address has its own count');
    assert.equal(limiter.take('a', 60_000), 0, 'a new window starts');
  });

  it('reads limits from the environment, and RATE_LIMITS=off turns them off', () => {
    assert.deepEqual(rateLimitsFromEnv({}), defaultRateLimits);
    assert.equal(rateLimitsFromEnv({ RATE_LIMIT_EVALUATE: '5' }).evaluate.limit, 5);
    assert.equal(rateLimitsFromEnv({ RATE_LIMIT_EVALUATE: 'veel' }).evaluate.limit, 1200);
    const off = rateLimitsFromEnv({ RATE_LIMITS: 'off' });
    assert.ok(Object.values(off).every((rule) => rule.limit === 0));
  });

  it('counts one address across every region of the server: more regions give no more requests', async () => {
    const rateLimits = { ...defaultRateLimits, evaluate: { limit: 2, windowMs: 60_000 } };
    const shared = rateLimitersFor(rateLimits);
    const regionApp = () =>
      createApp({
        catalog: inMemoryCatalog(loadDefaultTrees()),
        assets: testAssets,
        now: () => testNow,
        rateLimits,
        rateLimiters: shared,
      });
    const [groningen, westerkwartier] = [regionApp(), regionApp()];
    const evaluate = (app: ReturnType<typeof createApp>) =>
      app.request('/api/v1/trees/hulpverlening/evaluate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"answers":{}}',
      });
    assert.equal((await evaluate(groningen)).status, 200);
    assert.equal((await evaluate(westerkwartier)).status, 200);
    assert.equal((await evaluate(westerkwartier)).status, 429);
    assert.equal((await evaluate(groningen)).status, 429);
  });

  it('answers 429 with Retry-After and a Dutch problem once evaluate is over its limit', async () => {
    const app = createApp({
      catalog: inMemoryCatalog(loadDefaultTrees()),
      assets: testAssets,
      now: () => testNow,
      rateLimits: { ...defaultRateLimits, evaluate: { limit: 3, windowMs: 60_000 } },
    });
    const evaluate = () =>
      app.request('/api/v1/trees/hulpverlening/evaluate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"answers":{}}',
      });
    for (let i = 0; i < 3; i++) assert.equal((await evaluate()).status, 200);
    const refused = await evaluate();
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('Retry-After'), '60');
    assert.match(refused.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    const problem = (await refused.json()) as { title: string; detail: string };
    assert.equal(problem.title, 'Te veel verzoeken');
    assert.match(problem.detail, /Wacht 60 seconden/);
    // Reading is never limited.
    assert.equal((await app.request('/api/v1/trees/hulpverlening')).status, 200);
  });
});
