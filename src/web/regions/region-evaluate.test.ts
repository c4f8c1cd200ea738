// The evaluate API of a region: its answer links to the region's own walk,
// the first time and when it comes from the cache (gzipped, as bytes).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { type TwoRegionSite, twoRegionSite } from '../../../test/support/test-regions.ts';

const body = JSON.stringify({
  answers: {
    ontruimd: 'ja',
    reden: 'beide',
    datum_ontruiming: '2022-03-15',
    huurschuld: 'nee',
    hulpverlening: 'ja',
  },
  peildatum: '2026-11-28',
});

describe('evaluate in a region', () => {
  let site: TwoRegionSite;
  before(async () => {
    site = await twoRegionSite();
  });
  after(() => site.close());

  const evaluate = async (path: string, gzip: boolean) => {
    const response = await site.fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(gzip ? { 'Accept-Encoding': 'gzip' } : {}),
      },
      body,
    });
    assert.equal(response.status, 200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text =
      response.headers.get('Content-Encoding') === 'gzip'
        ? gunzipSync(bytes).toString('utf8')
        : new TextDecoder().decode(bytes);
    return [...text.matchAll(/"(\/[a-z][^"?]*)/g)].map((match) => match[1]);
  };

  it('links to the region’s walk, also from the cache and gzipped', async () => {
    for (const path of [
      '/api/v1/regions/westerkwartier/trees/hulpverlening/evaluate',
      '/westerkwartier/api/v1/trees/hulpverlening/evaluate',
    ])
      for (const gzip of [false, false, true, true]) {
        const links = await evaluate(path, gzip);
        assert.ok(links.length > 0, 'the answer has a link');
        for (const link of links)
          assert.match(link ?? '', /^\/westerkwartier\//, `${path} ${gzip}`);
      }
  });

  it('links to the default region’s walk on the old path', async () => {
    for (const gzip of [false, true, true]) {
      const links = await evaluate('/api/v1/trees/hulpverlening/evaluate', gzip);
      assert.ok(links.length > 0);
      for (const link of links) assert.match(link ?? '', /^\/boom\//);
    }
  });
});
