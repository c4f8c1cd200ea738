// TRUSTED_PROXIES and PUBLIC_URL through the app: limits and absolute links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { loadDefaultTrees } from '../content/default-content.ts';
import { createApp } from './app.ts';
import type { AppInput } from './deps.ts';
import { parseTrustedProxies } from './forwarded.ts';
import { inMemoryCatalog } from './published-tree.ts';
import { defaultRateLimits } from './rate-limit.ts';

const app = (over: Partial<AppInput> = {}) =>
  createApp({
    catalog: inMemoryCatalog(loadDefaultTrees()),
    assets: testAssets,
    now: () => testNow,
    rateLimits: { ...defaultRateLimits, evaluate: { limit: 2, windowMs: 60_000 } },
    ...over,
  });

/** What @hono/node-server passes: the socket, whose peer is the proxy or the client. */
const fromPeer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

const evaluate = (a: ReturnType<typeof app>, peer: string, forwardedFor: string) =>
  a.request(
    '/api/v1/trees/hulpverlening/evaluate',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
      body: '{"answers":{}}',
    },
    fromPeer(peer),
  );

describe('behind a reverse proxy', () => {
  it('without TRUSTED_PROXIES a client cannot escape its limit with a made-up X-Forwarded-For', async () => {
    const a = app();
    const statuses = [];
    for (const spoof of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
      statuses.push((await evaluate(a, '203.0.113.5', spoof)).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('behind a trusted proxy each client has its own limit', async () => {
    const a = app({ trustedProxies: parseTrustedProxies('127.0.0.1') });
    for (let i = 0; i < 2; i++)
      assert.equal((await evaluate(a, '127.0.0.1', '198.51.100.1')).status, 200);
    assert.equal((await evaluate(a, '127.0.0.1', '198.51.100.1')).status, 429);
    assert.equal((await evaluate(a, '127.0.0.1', '198.51.100.2')).status, 200, 'another client');
    assert.equal(
      (await evaluate(a, '127.0.0.1', '5.5.5.5, 198.51.100.1')).status,
      429,
      'a spoofed left part does not help',
    );
  });

  it('the embed snippet takes its scheme from a trusted proxy only', async () => {
    const a = app({ trustedProxies: parseTrustedProxies('10.0.0.0/8') });
    const embed = async (peer: string) =>
      (
        await a.request(
          'http://wkb.example.nl/embed',
          { headers: { 'X-Forwarded-Proto': 'https' } },
          fromPeer(peer),
        )
      ).text();
    assert.match(await embed('10.1.1.1'), /src=&quot;https:\/\/wkb\.example\.nl\/embed\.js&quot;/);
    assert.match(
      await embed('203.0.113.5'),
      /src=&quot;http:\/\/wkb\.example\.nl\/embed\.js&quot;/,
    );
  });

  it('PUBLIC_URL is the base of absolute links, whatever the Host says', async () => {
    const a = app({ publicUrl: 'https://woonkansboom.example.nl' });
    const page = await (
      await a.request('http://evil.example/embed', {}, fromPeer('203.0.113.5'))
    ).text();
    assert.match(page, /src=&quot;https:\/\/woonkansboom\.example\.nl\/embed\.js&quot;/);
    assert.doesNotMatch(page, /evil\.example/);
  });
});
