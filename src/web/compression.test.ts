import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { rawRequest } from '../../test/support/raw-get.ts';
import { compression, preferredEncoding } from './compression.ts';

describe('preferredEncoding', () => {
  it('prefers brotli, falls back to gzip and honours q=0', () => {
    assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(preferredEncoding('gzip'), 'gzip');
    assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(preferredEncoding('*'), 'br');
    assert.equal(preferredEncoding('gzip;q=0, *;q=0'), undefined);
    assert.equal(preferredEncoding('identity'), undefined);
    assert.equal(preferredEncoding(undefined), undefined);
  });
});

describe('the compression middleware on a socket', () => {
  const csv = `id;naam\n${'1;een regel die vaak terugkomt\n'.repeat(200)}`;
  const app = new Hono();
  app.use(compression());
  app.get('/export.csv', (c) => c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' }));
  app.get('/small.json', (c) => c.json({ ok: true }));
  app.get('/file.pdf', (c) =>
    c.body(new Uint8Array(4096), 200, { 'Content-Type': 'application/pdf' }),
  );
  app.get('/tagged', (c) =>
    c.body('x'.repeat(4096), 200, { 'Content-Type': 'text/plain', ETag: '"abc"' }),
  );
  let url = '';
  let close = () => {};
  before(async () => {
    await new Promise<void>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        url = `http://127.0.0.1:${(info as AddressInfo).port}`;
        resolve();
      });
      close = () => server.close();
    });
  });
  after(() => close());

  it('compresses a CSV export with brotli, or gzip when only that is accepted', async () => {
    const br = await rawRequest(`${url}/export.csv`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(br.decoded.toString(), csv);
    assert.ok(br.wire.length < csv.length / 10);
    const gzip = await rawRequest(`${url}/export.csv`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gzip.decoded.toString(), csv);
  });

  it('leaves tiny bodies and PDFs alone', async () => {
    const headers = { 'Accept-Encoding': 'br, gzip' };
    const small = await rawRequest(`${url}/small.json`, { headers });
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(small.decoded.toString(), '{"ok":true}');
    const pdf = await rawRequest(`${url}/file.pdf`, { headers });
    assert.equal(pdf.headers['content-encoding'], undefined);
    assert.equal(pdf.wire.length, 4096);
  });

  it('makes a strong ETag weak on a compressed copy', async () => {
    const br = await rawRequest(`${url}/tagged`, { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(br.headers.etag, 'W/"abc"');
    const plain = await rawRequest(`${url}/tagged`);
    assert.equal(plain.headers.etag, '"abc"');
  });
});
