import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ForwardedInput,
  parsePublicUrl,
  parseTrustedProxies,
  resolveClient,
} from './forwarded.ts';

const request = (over: Partial<ForwardedInput>): ForwardedInput => ({
  peer: '127.0.0.1',
  scheme: 'http',
  forwardedFor: undefined,
  forwardedProto: undefined,
  ...over,
});

describe('TRUSTED_PROXIES', () => {
  it('takes addresses and CIDRs, IPv4 and IPv6, separated by commas or spaces', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 ::1,fd00::/8');
    for (const address of ['127.0.0.1', '10.200.3.4', '::1', 'fd00::17', '::ffff:10.1.2.3'])
      assert.ok(trusted.has(address), address);
    for (const address of ['127.0.0.2', '11.0.0.1', '::2', 'fe80::1', 'onzin'])
      assert.ok(!trusted.has(address), address);
  });

  it('stops the start on a wrong entry', () => {
    for (const wrong of ['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1', '1.2.3'])
      assert.throws(() => parseTrustedProxies(wrong), /TRUSTED_PROXIES/, wrong);
  });

  it('trusts nothing by default', () => {
    assert.ok(!parseTrustedProxies(undefined).has('127.0.0.1'));
  });
});

describe('resolveClient', () => {
  it('ignores forwarded headers from a peer that is not trusted (no spoofing)', () => {
    const client = resolveClient(
      request({ peer: '203.0.113.9', forwardedFor: '198.51.100.1', forwardedProto: 'https' }),
      parseTrustedProxies('10.0.0.0/8'),
    );
    assert.deepEqual(client, { address: '203.0.113.9', scheme: 'http' });
  });

  it('ignores them without any trusted proxy, also from loopback', () => {
    const client = resolveClient(
      request({ forwardedFor: '198.51.100.1', forwardedProto: 'https' }),
      parseTrustedProxies(''),
    );
    assert.deepEqual(client, { address: '127.0.0.1', scheme: 'http' });
  });

  it('behind a trusted proxy takes the right-most hop that is not trusted', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8');
    // The client wrote "1.1.1.1" itself; the edge proxy appended what it saw.
    const client = resolveClient(
      request({ forwardedFor: '1.1.1.1, 198.51.100.7, 10.0.0.5', forwardedProto: 'https' }),
      trusted,
    );
    assert.deepEqual(client, { address: '198.51.100.7', scheme: 'https' });
  });

  it('a spoofed left part does not change the address', () => {
    const trusted = parseTrustedProxies('127.0.0.1');
    const one = resolveClient(request({ forwardedFor: 'x, 198.51.100.7' }), trusted);
    const two = resolveClient(request({ forwardedFor: '9.9.9.9, 198.51.100.7' }), trusted);
    assert.equal(one.address, '198.51.100.7');
    assert.equal(two.address, '198.51.100.7');
  });

  it('IPv6 hops, with brackets and ports, and IPv4-mapped peers', () => {
    const trusted = parseTrustedProxies('::1, 127.0.0.1');
    assert.equal(
      resolveClient(request({ peer: '::1', forwardedFor: '[2001:db8::5]:4711' }), trusted).address,
      '2001:db8::5',
    );
    assert.equal(
      resolveClient(request({ peer: '::ffff:127.0.0.1', forwardedFor: '192.0.2.1:80' }), trusted)
        .address,
      '192.0.2.1',
    );
  });

  it('without X-Forwarded-For the trusted peer is the client; a garbage hop is a key of its own', () => {
    const trusted = parseTrustedProxies('127.0.0.1');
    assert.equal(resolveClient(request({}), trusted).address, '127.0.0.1');
    assert.equal(resolveClient(request({ forwardedFor: 'onzin' }), trusted).address, 'onbekend');
  });

  it('takes the scheme from the nearest proxy, and only http or https', () => {
    const trusted = parseTrustedProxies('127.0.0.1');
    assert.equal(
      resolveClient(request({ forwardedProto: 'http, https' }), trusted).scheme,
      'https',
    );
    assert.equal(resolveClient(request({ forwardedProto: 'gopher' }), trusted).scheme, 'http');
  });
});

describe('PUBLIC_URL', () => {
  it('is an origin', () => {
    assert.equal(parsePublicUrl('https://wkb.example.nl/'), 'https://wkb.example.nl');
    assert.equal(parsePublicUrl(''), undefined);
    assert.throws(() => parsePublicUrl('https://wkb.example.nl/pad'), /PUBLIC_URL/);
    assert.throws(() => parsePublicUrl('wkb.example.nl'), /PUBLIC_URL/);
  });
});
