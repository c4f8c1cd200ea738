import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { regionLinks, rewriteHtmlLinks, rewriteJsonLinks } from './region-links.ts';

const region = 'westerkwartier';

describe('rewriteHtmlLinks', () => {
  it('writes the root paths of links, forms, sources and data attributes as the region’s', () => {
    const html = [
      '<a href="/boom/hulpverlening">Start</a>',
      '<form method="post" action="/beheer/bomen/x/publiceren">',
      '<button formaction="/beheer/uitloggen">Uitloggen</button>',
      '<img src="/boom/x/diagram.svg" alt="">',
      '<meta property="og:image" content="/boom/x/diagram.png">',
      '<main data-walk-api="/api/v1" data-admin="/api/v1/admin/trees">',
      '<iframe src="/embed/boom/hulpverlening"></iframe>',
      '<a href="/">Home</a>',
      '<link rel="stylesheet" href="/thema.css?kleur=1">',
    ].join('\n');
    assert.equal(
      rewriteHtmlLinks(region, html),
      [
        '<a href="/westerkwartier/boom/hulpverlening">Start</a>',
        '<form method="post" action="/westerkwartier/beheer/bomen/x/publiceren">',
        '<button formaction="/westerkwartier/beheer/uitloggen">Uitloggen</button>',
        '<img src="/westerkwartier/boom/x/diagram.svg" alt="">',
        '<meta property="og:image" content="/westerkwartier/boom/x/diagram.png">',
        '<main data-walk-api="/api/v1/regions/westerkwartier" data-admin="/api/v1/admin/regions/westerkwartier/trees">',
        '<iframe src="/embed/westerkwartier/boom/hulpverlening"></iframe>',
        '<a href="/westerkwartier">Home</a>',
        '<link rel="stylesheet" href="/westerkwartier/thema.css?kleur=1">',
      ].join('\n'),
    );
  });

  it('leaves static files, the icon, anchors, relative and absolute links alone', () => {
    const html = [
      '<link rel="stylesheet" href="/static/site.css">',
      '<script src="/static/walk.js" defer></script>',
      '<link rel="icon" href="/favicon.svg">',
      '<a href="#inhoud">Naar de inhoud</a>',
      '<a href="?stap=2">Verder</a>',
      '<a href="vraag/reden">Terug</a>',
      '<a href="https://www.woonkans.nl/boom/x">Elders</a>',
      '<a href="//example.org/boom/x">Elders</a>',
      '<a href="mailto:info@woonkans.nl">Mail</a>',
      '<form action="">',
    ].join('\n');
    assert.equal(rewriteHtmlLinks(region, html), html);
  });

  it('leaves text, form values and attributes that are not links alone', () => {
    const html = [
      '<p>Open /boom/hulpverlening in uw browser, of "/beheer".</p>',
      '<code>GET /api/v1/trees</code>',
      '<input type="hidden" name="terug" value="/beheer/bomen">',
      '<p title="/boom/x">x</p>',
      '<textarea>href="/boom/x"</textarea>',
    ].join('\n');
    assert.equal(rewriteHtmlLinks(region, html), html);
  });
});

describe('rewriteJsonLinks', () => {
  it('writes the API’s links as the region’s', () => {
    const json = JSON.stringify({
      links: { walk: '/boom/hulpverlening?a=1', self: '/api/v1/trees/hulpverlening' },
      embed: '/embed/boom/hulpverlening',
      beheer: '/beheer/bomen/hulpverlening',
      evaluatie: '/evaluatie/3',
      trajecten: '/trajecten',
      admin: '/api/v1/admin/trees/x',
    });
    assert.deepEqual(JSON.parse(rewriteJsonLinks(region, json)), {
      links: {
        walk: '/westerkwartier/boom/hulpverlening?a=1',
        self: '/api/v1/regions/westerkwartier/trees/hulpverlening',
      },
      embed: '/embed/westerkwartier/boom/hulpverlening',
      beheer: '/westerkwartier/beheer/bomen/hulpverlening',
      evaluatie: '/westerkwartier/evaluatie/3',
      trajecten: '/westerkwartier/trajecten',
      admin: '/api/v1/admin/regions/westerkwartier/trees/x',
    });
  });

  it('leaves text, static files, absolute URLs and look-alike words alone', () => {
    const json = JSON.stringify({
      text: 'Kijk op /boom/hulpverlening voor meer.',
      quote: 'Zeg "/boom" niet.',
      css: '/static/site.css',
      icon: '/favicon.svg',
      absolute: 'https://www.woonkans.nl/boom/x',
      word: '/boomgaard',
      other: '/privacy',
      anchor: '#boom',
      empty: '',
    });
    assert.equal(rewriteJsonLinks(region, json), json);
  });

  it('keeps JSON with escaped characters valid', () => {
    const json = JSON.stringify({ walk: '/boom/x?a="b"', next: '/boom/y\\' });
    const parsed = JSON.parse(rewriteJsonLinks(region, json));
    assert.equal(parsed.next, '/westerkwartier/boom/y\\');
  });
});

describe('regionLinks', () => {
  const app = new Hono();
  app.use(regionLinks(region));
  app.get('/html', (c) => c.html('<a href="/boom/x">x</a>'));
  app.get('/json', (c) => c.json({ self: '/api/v1/trees/x' }));
  app.get('/problem', (c) =>
    c.body(JSON.stringify({ instance: '/api/v1/trees/x' }), 404, {
      'Content-Type': 'application/problem+json',
    }),
  );
  app.get('/text', (c) => c.text('<a href="/boom/x">x</a>'));
  app.get('/diagram.svg', (c) =>
    c.body(
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="/boom/x?start=reden"><text>/boom/x</text></a></svg>',
      200,
      {
        'Content-Type': 'image/svg+xml; charset=utf-8',
      },
    ),
  );
  app.get('/csv', (c) =>
    c.body('pad\n/boom/x\n', 200, { 'Content-Type': 'text/csv; charset=utf-8' }),
  );
  // As serveStatic answers with a precompressed file (site.svg.br).
  const packed = gzipSync('<svg><a href="/boom/x"/></svg>');
  app.get('/static/site.svg', (c) =>
    c.body(packed, 200, { 'Content-Type': 'image/svg+xml', 'Content-Encoding': 'gzip' }),
  );
  app.get('/go', (c) => c.redirect('/beheer/inloggen?terug=%2Fbeheer', 303));
  app.get('/away', (c) => c.redirect('https://example.org/boom/x', 302));
  app.get('/static/x.css', (c) => c.redirect('/static/y.css', 301));
  app.get('/empty', (c) => c.body(null, 204));

  it('rewrites HTML and JSON bodies and drops the old length', async () => {
    const html = await app.request('/html');
    assert.equal(await html.text(), '<a href="/westerkwartier/boom/x">x</a>');
    assert.equal(html.headers.get('Content-Length'), null);
    assert.match(html.headers.get('Content-Type') ?? '', /^text\/html/);
    const json = await app.request('/json');
    assert.deepEqual(await json.json(), { self: '/api/v1/regions/westerkwartier/trees/x' });
    const problem = await app.request('/problem');
    assert.equal(problem.status, 404);
    assert.equal(problem.headers.get('Content-Type'), 'application/problem+json');
    assert.deepEqual(await problem.json(), {
      instance: '/api/v1/regions/westerkwartier/trees/x',
    });
  });

  it('rewrites the links in an SVG diagram, not its text', async () => {
    const svg = await app.request('/diagram.svg');
    assert.equal(
      await svg.text(),
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="/westerkwartier/boom/x?start=reden"><text>/boom/x</text></a></svg>',
    );
    assert.match(svg.headers.get('Content-Type') ?? '', /^image\/svg\+xml/);
  });

  it('leaves a body that is already compressed alone', async () => {
    const response = await app.request('/static/site.svg');
    assert.equal(response.headers.get('Content-Encoding'), 'gzip');
    assert.equal(
      gunzipSync(Buffer.from(await response.arrayBuffer())).toString(),
      '<svg><a href="/boom/x"/></svg>',
    );
  });

  it('leaves plain text, CSV and empty bodies as they are', async () => {
    assert.equal(await (await app.request('/text')).text(), '<a href="/boom/x">x</a>');
    assert.equal(await (await app.request('/csv')).text(), 'pad\n/boom/x\n');
    const empty = await app.request('/empty');
    assert.equal(empty.status, 204);
  });

  it('rewrites a redirect to a root path, not one elsewhere nor to a static file', async () => {
    const go = await app.request('/go');
    assert.equal(go.status, 303);
    assert.equal(go.headers.get('Location'), '/westerkwartier/beheer/inloggen?terug=%2Fbeheer');
    assert.equal(
      (await app.request('/away')).headers.get('Location'),
      'https://example.org/boom/x',
    );
    assert.equal((await app.request('/static/x.css')).headers.get('Location'), '/static/y.css');
  });
});
