// What goes over the wire is compressed. Through the built
// server on a real socket: brotli when the client accepts it, gzip when only
// that, nothing when neither, always with Vary: Accept-Encoding, and the
// decoded body is the plain one byte for byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { rawRequest } from '../support/raw-get.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const manifest = JSON.parse(
  readFileSync(new URL('../../dist/manifest.json', import.meta.url), 'utf8'),
) as Record<string, string>;

let server: RunningServer;
before(async () => {
  server = await startServer({ env: { RATE_LIMITS: 'off' } });
});
after(() => server.stop());

const outcome =
  '/boom/hulpverlening?ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja';

const resources: [string, () => string, RegExp][] = [
  ['an HTML page', () => outcome, /^text\/html/],
  ['the stylesheet', () => `/static/${manifest['site.css']}`, /^text\/css/],
  ['the walk script', () => `/static/${manifest['walk.js']}`, /javascript/],
  ['a diagram', () => '/boom/hulpverlening/overzicht.svg', /^image\/svg\+xml/],
  ['walk data', () => '/api/v1/trees/hulpverlening/versions/1/walk-data', /^application\/json/],
  ['the API description', () => '/api/v1/openapi.json', /^application\/json/],
];

describe('compression over a real socket', () => {
  for (const [name, path, type] of resources) {
    it(`sends ${name} as brotli, as gzip, or plain, always varying on Accept-Encoding`, async () => {
      const url = `${server.url}${path()}`;
      const plain = await rawRequest(url);
      assert.equal(plain.status, 200);
      assert.match(String(plain.headers['content-type']), type);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.match(String(plain.headers.vary), /accept-encoding/i);

      const br = await rawRequest(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(String(br.headers.vary), /accept-encoding/i);
      assert.equal(Number(br.headers['content-length']), br.wire.length);
      assert.ok(
        br.wire.length < plain.wire.length / 2,
        `${br.wire.length} of ${plain.wire.length}`,
      );

      const gzip = await rawRequest(url, { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.ok(gzip.wire.length < plain.wire.length / 2);

      // A page shows today's date nowhere but may differ per request in nothing else.
      assert.equal(br.decoded.toString(), plain.wire.toString());
      assert.equal(gzip.decoded.toString(), plain.wire.toString());
    });
  }

  it('keeps the cached gzip of the evaluate endpoint, and compresses a fresh answer', async () => {
    const url = `${server.url}/api/v1/trees/hulpverlening/evaluate`;
    const init = (acceptEncoding?: string) => ({
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
      },
      body: JSON.stringify({ answers: { ontruimd: 'ja' }, peildatum: '2026-12-06' }),
    });
    const plain = await rawRequest(url, init());
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    const cached = await rawRequest(url, init('br, gzip'));
    assert.equal(cached.headers['content-encoding'], 'gzip');
    assert.match(String(cached.headers.vary), /accept-encoding/i);
    assert.equal(cached.decoded.toString(), plain.wire.toString());
  });

  it('answers 304 to the weak ETag of compressed walk data', async () => {
    const url = `${server.url}/api/v1/trees/hulpverlening/versions/1/walk-data`;
    const headers = { 'Accept-Encoding': 'br, gzip' };
    const first = await rawRequest(url, { headers });
    assert.match(String(first.headers.etag), /^W\//);
    const again = await rawRequest(url, {
      headers: { ...headers, 'If-None-Match': String(first.headers.etag) },
    });
    assert.equal(again.status, 304);
  });

  it('leaves a PDF as it is', async () => {
    const pdf = await rawRequest(`${server.url}/boom/hulpverlening/overzicht.pdf`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    assert.equal(pdf.status, 200);
    assert.match(String(pdf.headers['content-type']), /^application\/pdf/);
    assert.equal(pdf.headers['content-encoding'], undefined);
  });

  it('leaves a tiny body as it is', async () => {
    const health = await rawRequest(`${server.url}/health`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    assert.equal(health.status, 200);
    assert.equal(health.headers['content-encoding'], undefined);
  });
});
