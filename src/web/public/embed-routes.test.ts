import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testAssets, testNow } from '../../../test/support/test-app.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { createApp } from '../app.ts';
import { inMemoryCatalog } from '../published-tree.ts';
import { parseEmbedOrigins } from './embed-routes.ts';

const partners = ['https://intranet.example.nl', 'http://localhost:4000'];
const assets = {
  ...testAssets,
  embedScript: '/static/embed-frame.test.js',
  embedSnippet: '/* the snippet */',
};

function appWith(embedOrigins?: string[]) {
  return createApp({
    catalog: inMemoryCatalog(loadDefaultTrees()),
    assets,
    now: () => testNow,
    ...(embedOrigins ? { embedOrigins } : {}),
  });
}

const app = appWith(partners);

const frameAncestors = (response: Response) =>
  response.headers.get('content-security-policy')?.match(/frame-ancestors ([^;]*)/)?.[1];

const tweedekans =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja';

describe('the embedded walk', () => {
  for (const path of [
    '/embed/boom/hulpverlening',
    '/embed/boom/hulpverlening?ontruimd=ja',
    '/embed/boom/hulpverlening?ontruimd=ja&vraag=ontruimd',
    '/embed/boom/bestaat-niet',
  ]) {
    it(`may be framed by the allow-list only, without cookies: ${path}`, async () => {
      const response = await app.request(path);
      assert.equal(frameAncestors(response), partners.join(' '));
      assert.equal(response.headers.get('x-frame-options'), null);
      assert.equal(response.headers.get('set-cookie'), null);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    });
  }

  it('may not be framed at all without an allow-list', async () => {
    const response = await appWith().request('/embed/boom/hulpverlening');
    assert.equal(frameAncestors(response), "'none'");
  });

  it('keeps every other page out of frames', async () => {
    for (const path of [
      '/',
      '/boom/hulpverlening',
      '/boom/hulpverlening/overzicht',
      '/embed',
      '/embed.js',
      '/embedded',
      '/trajecten',
    ]) {
      const response = await app.request(path);
      assert.equal(frameAncestors(response), "'none'", path);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', path);
    }
  });

  it('asks the first question in a compact page, with a way out to the full site', async () => {
    const response = await app.request('/embed/boom/hulpverlening');
    const body = await response.text();
    assert.equal(response.status, 200);
    assert.match(body, /<h1[^>]*id="vraag"[^>]*>Is uw cliënt uit huis gezet/);
    assert.doesNotMatch(body, /wkb-header|wkb-footer/);
    assert.match(body, /<form method="get" action="\/embed\/boom\/hulpverlening"/);
    assert.match(body, /data-walk-base="\/embed\/boom\/hulpverlening"/);
    assert.match(body, /<script type="module" src="\/static\/embed-frame\.test\.js">/);
    assert.match(body, /Woonkansboom – Bureau Woonkans/);
    assert.match(
      body,
      /href="\/boom\/hulpverlening" target="_blank" rel="noopener" data-embed-full/,
    );
    // The credit line is in a landmark of its own, like everything else on the page.
    assert.match(
      body,
      /<footer class="wkb-embed__credit"><span>Woonkansboom – Bureau Woonkans<\/span>/,
    );
  });

  it('follows the walk in its own frame and opens links elsewhere in a new tab', async () => {
    const redirect = await app.request('/embed/boom/hulpverlening?ontruimd=ja&vraag=ontruimd');
    assert.equal(redirect.status, 303);
    assert.equal(redirect.headers.get('location'), '/embed/boom/hulpverlening?ontruimd=ja');
    const body = await (await app.request(`/embed/boom/hulpverlening?${tweedekans}`)).text();
    assert.match(body, /Uw cliënt past bij het tweedekansbeleid/);
    assert.match(body, /href="\/trajecten\/tweedekansbeleid" target="_blank" rel="noopener"/);
    assert.match(body, /href="\/embed\/boom\/hulpverlening\?[^"]*wijzig=[^"]*"(?! target)/);
    assert.match(
      body,
      new RegExp(
        `href="/boom/hulpverlening\\?${tweedekans.replace(/&/g, '&amp;')}" target="_blank"`,
      ),
    );
  });
});

describe('the partner snippets', () => {
  it('serves /embed.js so that other sites may load it', async () => {
    const response = await app.request('/embed.js');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(await response.text(), '/* the snippet */');
  });

  it('shows partners the script, the iframe and the deep-link format', async () => {
    const body = await (await app.request('http://woonkansboom.example.nl/embed')).text();
    assert.match(
      body,
      /&lt;script src=&quot;http:\/\/woonkansboom\.example\.nl\/embed\.js&quot; data-boom=&quot;hulpverlening&quot; async&gt;&lt;\/script&gt;/,
    );
    assert.match(
      body,
      /&lt;iframe src=&quot;http:\/\/woonkansboom\.example\.nl\/embed\/boom\/hulpverlening&quot; title=/,
    );
    assert.match(body, /http:\/\/woonkansboom\.example\.nl\/boom\/hulpverlening\?ontruimd=ja/);
    assert.match(body, /<code>corporaties<\/code>/);
  });
});

describe('parseEmbedOrigins', () => {
  it('reads origins separated by spaces or commas, once each', () => {
    assert.deepEqual(
      parseEmbedOrigins(' https://a.example.nl, http://localhost:4000 https://a.example.nl/\n'),
      ['https://a.example.nl', 'http://localhost:4000'],
    );
    assert.deepEqual(parseEmbedOrigins(undefined), []);
    assert.deepEqual(parseEmbedOrigins(''), []);
  });

  it('refuses anything that is not an origin', () => {
    for (const wrong of [
      '*',
      'example.nl',
      'https://example.nl/pad',
      'ftp://example.nl',
      "'self'",
    ]) {
      assert.throws(() => parseEmbedOrigins(wrong), /EMBED_ORIGINS/, wrong);
    }
  });
});
