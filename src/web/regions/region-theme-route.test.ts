// /thema.css: the region's colours as the token values the built stylesheets
// read (buttons in every state, links, the header band, the focus ring), a
// new URL for a new look, nothing for a region without a theme; the page
// shells (full and embedded) link it after the site's stylesheet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { testAssets, testNow } from '../../../test/support/test-app.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import type { RegionDefinition } from '../../core/regions/region.ts';
import { contrastRatio, type RegionTheme } from '../../core/regions/region-theme.ts';
import { createApp } from '../app.ts';
import { inMemoryCatalog } from '../published-tree.ts';
import { logoImage, mixColour, readableTint, themeCss, themeHref } from './region-theme-route.ts';

const theme: RegionTheme = {
  brandColor: '#1d6b3a',
  brandTextColor: '#ffffff',
  focusColor: '#8a4b00',
};

function tokens(css: string): Map<string, string> {
  return new Map(
    [...css.matchAll(/(--[\w-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

describe('themeCss', () => {
  const set = tokens(themeCss(theme));

  it('sets the tokens of the primary button, links, the header band and the focus ring', () => {
    assert.equal(set.get('--utrecht-button-primary-action-background-color'), '#1d6b3a');
    assert.equal(set.get('--utrecht-button-primary-action-color'), '#ffffff');
    assert.equal(set.get('--utrecht-link-color'), '#1d6b3a');
    assert.equal(set.get('--utrecht-link-text-decoration-color'), '#1d6b3a');
    assert.equal(set.get('--basis-color-accent-1-inverse-bg-default'), '#1d6b3a');
    assert.equal(set.get('--basis-focus-outline-color'), '#8a4b00');
    assert.equal(set.get('--utrecht-focus-outline-color'), '#8a4b00');
  });

  it('gives hover and pressed a darker shade, never less contrast with the text on it', () => {
    for (const state of ['hover', 'active', 'pressed']) {
      const background = set.get(`--utrecht-button-primary-action-${state}-background-color`);
      assert.ok(background, state);
      assert.notEqual(background, theme.brandColor, state);
      assert.ok(contrastRatio(background, '#ffffff') > contrastRatio(theme.brandColor, '#ffffff'));
    }
    assert.equal(mixColour('#1d6b3a', '#000000', 0), '#1d6b3a');
    assert.equal(mixColour('#1d6b3a', '#ffffff', 1), '#ffffff');
    assert.equal(mixColour('#646464', '#000000', 0.5), '#323232');
  });

  it('tints surfaces (the footer, side bars) lightly, keeping the brand colour readable on them', () => {
    assert.equal(
      set.get('--basis-color-accent-1-bg-default'),
      mixColour('#1d6b3a', '#ffffff', 0.9),
    );
    assert.equal(set.get('--basis-color-action-1-color-default'), '#1d6b3a');
    // A brand colour just dark enough on white needs a lighter tint than asked.
    const edge = '#767676';
    assert.ok(contrastRatio(edge, '#ffffff') >= 4.5);
    const tint = readableTint(edge, 0.9);
    assert.ok(contrastRatio(edge, tint) >= 4.5, tint);
    assert.notEqual(tint, mixColour(edge, '#ffffff', 0.9));
  });

  it('only sets tokens the site’s stylesheets and Utrecht components read', () => {
    const read = [
      'src/web/styles/site.css',
      'src/web/styles/project-tokens.css',
      'src/web/beheer/beheer.css',
      'node_modules/@utrecht/button-css/dist/index.css',
      'node_modules/@utrecht/link-css/dist/index.css',
      'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
    ]
      .map((file) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'))
      .join('\n');
    for (const name of set.keys())
      assert.ok(read.includes(`var(${name}`) || read.includes(`${name}:`), `${name} is read`);
  });
});

describe('/thema.css', () => {
  const appOf = (definition: RegionDefinition) =>
    createApp({
      catalog: inMemoryCatalog(loadDefaultTrees()),
      assets: {
        ...testAssets,
        look: () => {
          const href = themeHref(definition.theme);
          return { owner: 'Regio Westerkwartier', ...(href ? { themeHref: href } : {}) };
        },
      },
      now: () => testNow,
      region: { id: 'groningen', definition: () => definition },
    });
  const region: RegionDefinition = {
    id: 'groningen',
    name: 'Groningen',
    municipalities: [{ name: 'Groningen', aliases: [] }],
    publishNeedsConfirmedAssumptions: false,
  };

  it('answers the theme as CSS, cached under a URL that changes with the colours', async () => {
    const app = appOf({ ...region, theme });
    const response = await app.request('/thema.css?v=1d6b3a-ffffff-8a4b00');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(response.headers.get('cache-control') ?? '', /max-age=86400/);
    // The URL of an earlier look gets today's colours, not to be kept under that URL.
    const earlier = await app.request('/thema.css?v=000000-ffffff-000000');
    assert.match(await earlier.text(), /--utrecht-link-color:#1d6b3a/);
    assert.equal(earlier.headers.get('cache-control'), 'no-cache');
    assert.match(await response.text(), /^\.voorbeeld-theme\{--[a-z0-9-]+:#[0-9a-f]{6};/);
    assert.equal(themeHref(theme), '/thema.css?v=1d6b3a-ffffff-8a4b00');
    assert.notEqual(themeHref({ ...theme, focusColor: '#000000' }), themeHref(theme));
  });

  it('links it after the site stylesheet on pages and in the embedded walk, allowed by the CSP', async () => {
    const app = appOf({ ...region, theme });
    for (const path of ['/', '/boom/hulpverlening', '/embed/boom/hulpverlening']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      const page = await response.text();
      assert.match(
        page,
        /<link rel="stylesheet" href="\/static\/site\.test\.css">\n<link rel="stylesheet" href="\/thema\.css\?v=1d6b3a-ffffff-8a4b00">/,
        path,
      );
      assert.match(page, /<body class="[^"]*voorbeeld-theme/, path);
      assert.match(response.headers.get('content-security-policy') ?? '', /style-src 'self'/, path);
    }
  });

  it('is empty and not linked for a region without a theme', async () => {
    const app = appOf(region);
    assert.equal(await (await app.request('/thema.css')).text(), '');
    assert.doesNotMatch(await (await app.request('/')).text(), /thema\.css/);
  });
});

describe('/logo.png', () => {
  const png = readFileSync(
    new URL('../../../content/regions/westerkwartier/logo.png', import.meta.url),
  );
  const definition: RegionDefinition = {
    id: 'westerkwartier',
    name: 'Westerkwartier',
    municipalities: [{ name: 'Westerkwartier', aliases: [] }],
    publishNeedsConfirmedAssumptions: true,
    theme: {
      ...theme,
      logo: { alt: 'Logo van Regio Westerkwartier', png: png.toString('base64') },
    },
  };
  const app = createApp({
    catalog: inMemoryCatalog(loadDefaultTrees()),
    assets: {
      ...testAssets,
      look: () => {
        const logo = logoImage(definition.theme);
        return { owner: 'Regio Westerkwartier', ...(logo ? { logo } : {}) };
      },
    },
    now: () => testNow,
    region: { id: 'groningen', definition: () => definition },
  });

  it('serves the region’s PNG, and every page shows it in the header with its words', async () => {
    const page = await (await app.request('/')).text();
    const src =
      /<img class="wkb-logo__image" src="([^"]+)" alt="Logo van Regio Westerkwartier"/.exec(
        page,
      )?.[1];
    assert.ok(src, 'the header shows the logo');
    const response = await app.request(src);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    assert.match(response.headers.get('cache-control') ?? '', /max-age=86400/);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), png);
  });

  it('answers 404 for a region without a logo', async () => {
    const plain = createApp({
      catalog: inMemoryCatalog(loadDefaultTrees()),
      assets: testAssets,
      now: () => testNow,
      region: { id: 'groningen', definition: () => ({ ...definition, theme }) },
    });
    assert.equal((await plain.request('/logo.png')).status, 404);
    assert.doesNotMatch(await (await plain.request('/')).text(), /wkb-logo__image/);
  });
});
