// A public page downloads (almost) only CSS rules it uses. Chrome's
// rule-usage coverage over the public pages people visit — start, questions
// (also with an error), outcomes with every section, the trajectories and the
// diagram — must find most of the public stylesheet's bytes used; before the
// stylesheets were pruned (one site.css for public and /beheer pages) it was
// 50%. The rest of the public stylesheet is mostly rules for states no page
// load shows: hover, focus, disabled, invalid. And pruning may not take away
// a rule a public page needs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startServerAndChromium } from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

/** Measured 76.6% on 6 December 2026; the old single stylesheet: 49.7%. */
const minimumUsedShare = 0.7;

const peildatum = '2026-11-28';
const tweedekans =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
const walk = (answers: string, date = peildatum) =>
  `/boom/hulpverlening?peildatum=${date}${answers ? `&${answers}` : ''}`;

const publicPages = [
  '/',
  walk(''),
  walk('vraag=ontruimd'),
  walk('ontruimd=ja&reden=beide'),
  // Every section of an outcome, with the "meld zo snel mogelijk aan" notice.
  walk(tweedekans, '2027-02-01'),
  walk('ontruimd=ja&reden=opiumwet'),
  '/trajecten',
  '/trajecten/tweedekansbeleid',
  '/boom/hulpverlening/overzicht',
];

let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

interface Usage {
  url: string;
  text: string;
  /** 1 for each character of `text` inside a rule that some page used. */
  used: Uint8Array;
}

async function stylesheetOf(page: Page): Promise<string> {
  return new URL((await page.getAttribute('link[rel=stylesheet]', 'href')) ?? '', server.url).href;
}

/** Loads each page with CSS rule-usage tracking on; the usage of its stylesheet, over all of them. */
async function ruleUsage(paths: readonly string[]): Promise<Usage> {
  let usage: Usage | undefined;
  const context = await browser.newContext();
  try {
    for (const path of paths) {
      const page = await context.newPage();
      await page.coverage.startCSSCoverage({ resetOnNavigation: false });
      const response = await page.goto(`${server.url}${path}`);
      assert.ok(
        response && [200, 422].includes(response.status()),
        `${path}: ${response?.status()}`,
      );
      await page.waitForLoadState('networkidle');
      const url = await stylesheetOf(page);
      const entry = (await page.coverage.stopCSSCoverage()).find((item) => item.url === url);
      assert.ok(entry?.text, `${path}: coverage of ${url}`);
      assert.ok(
        !usage || usage.url === url,
        `${path}: the same stylesheet as the other public pages`,
      );
      usage ??= { url, text: entry.text, used: new Uint8Array(entry.text.length) };
      for (const range of entry.ranges) usage.used.fill(1, range.start, range.end);
      await page.close();
    }
  } finally {
    await context.close();
  }
  assert.ok(usage);
  return usage;
}

/** The class names that the selectors of a stylesheet mention. */
async function classesStyledBy(url: string): Promise<Set<string>> {
  const css = await (await fetch(url)).text();
  return new Set([...css.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((match) => match[1] ?? ''));
}

describe('the public stylesheet', () => {
  it('is mostly rules that the public pages use', async (t) => {
    const usage = await ruleUsage(publicPages);
    const used = usage.used.reduce((sum, byte) => sum + byte, 0);
    const share = used / usage.text.length;
    const measured = `${(share * 100).toFixed(1)}% of ${usage.text.length} bytes used`;
    t.diagnostic(measured);
    assert.ok(
      share >= minimumUsedShare,
      `${measured}, at least ${minimumUsedShare * 100}% expected`,
    );
  });

  it('keeps the rules an outcome needs: its badge has the colour of its tone', async () => {
    const page = await browser.newPage();
    try {
      const colours: string[] = [];
      for (const answers of [tweedekans, 'ontruimd=ja&reden=opiumwet']) {
        await page.goto(`${server.url}${walk(answers)}`);
        colours.push(
          await page
            .locator('.wkb-outcome__verdict .utrecht-status-badge')
            .evaluate((badge) => getComputedStyle(badge).backgroundColor),
        );
      }
      assert.ok(!colours.includes('rgba(0, 0, 0, 0)'), `a badge without colour: ${colours}`);
      assert.notEqual(colours[0], colours[1], 'a positive and a negative badge look alike');
    } finally {
      await page.close();
    }
  });

  it('styles every class of the public pages that the beheer stylesheet styles', async () => {
    const page = await browser.newPage();
    try {
      const missing = new Set<string>();
      await page.goto(`${server.url}/beheer/inloggen`);
      const beheerCss = await classesStyledBy(await stylesheetOf(page));
      let siteCss: Set<string> | undefined;
      for (const path of [
        ...publicPages,
        '/privacy',
        '/toegankelijkheid',
        '/contact',
        '/api',
        '/embed',
        '/embed/boom/hulpverlening',
      ]) {
        await page.goto(`${server.url}${path}`);
        siteCss ??= await classesStyledBy(await stylesheetOf(page));
        const classes = await page.evaluate(() =>
          [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]),
        );
        for (const name of classes)
          if (beheerCss.has(name) && !siteCss.has(name)) missing.add(`${name} (${path})`);
      }
      assert.ok(
        siteCss && siteCss.size < beheerCss.size,
        'beheer pages have a stylesheet of their own',
      );
      assert.deepEqual([...missing], []);
    } finally {
      await page.close();
    }
  });
});
