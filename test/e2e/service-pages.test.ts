// The pages a public service has — contact, privacy, the accessibility
// statement and the API documentation — opened the way a visitor finds them:
// from the footer, at 375 px and 1280 px wide. Each is checked with axe
// (WCAG 2.1 AA), must not scroll sideways, and is kept as a screenshot in
// test-results/service-pages/ for review.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolationLines } from '../support/axe.ts';
import { startServerAndChromium } from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

const folder = 'test-results/service-pages';

const pages = [
  { link: 'Contact', path: '/contact', heading: 'Contact' },
  { link: 'Privacy', path: '/privacy', heading: 'Privacy' },
  { link: 'Toegankelijkheid', path: '/toegankelijkheid', heading: 'Toegankelijkheidsverklaring' },
  { link: 'API voor koppelingen', path: '/api', heading: 'API voor koppelingen' },
];

let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startServerAndChromium());
  mkdirSync(folder, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

for (const width of [375, 1280]) {
  describe(`the footer's service pages at ${width} px`, () => {
    let page: Page;
    before(async () => {
      page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    });
    after(() => page.context().close());

    for (const { link, path, heading } of pages) {
      it(`opens ${path} from the footer link "${link}", without axe violations`, async () => {
        await page.goto(`${server.url}/`);
        await page.locator('footer').getByRole('link', { name: link, exact: true }).click();
        await page.waitForURL(`${server.url}${path}`);
        assert.equal(
          (await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\u00ad/g, ''),
          heading,
          'the page the link promises',
        );
        assert.deepEqual(await axeViolationLines(page, path), []);
        assert.equal(await sidewaysScroll(page), 0, `${path} scrolls sideways at ${width} px`);
        await page.screenshot({ path: `${folder}${path}-${width}.png`, fullPage: true });
      });
    }
  });
}

describe('the API page', () => {
  it('jumps to an operation from the list, and opens the description as JSON', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/api`);
      await page
        .getByRole('link', { name: 'POST /api/v1/trees/{treeId}/evaluate' })
        .first()
        .click();
      assert.ok(page.url().endsWith('#operatie-evaluate'));
      assert.ok(
        await page.locator('#operatie-evaluate').evaluate((element) => {
          const { top } = element.getBoundingClientRect();
          return top >= 0 && top < innerHeight;
        }),
        'the operation is in view',
      );
      const json = await page.request.get(`${server.url}/api/v1/openapi.json`);
      assert.match(json.headers()['content-type'] ?? '', /^application\/json/);
      await page.goto(`${server.url}/api`);
      const [response] = await Promise.all([
        page.waitForResponse(`${server.url}/api/v1/openapi.json`),
        page.getByRole('link', { name: '/api/v1/openapi.json' }).first().click(),
      ]);
      assert.equal(response.status(), 200);
    } finally {
      await context.close();
    }
  });
});

describe('the contact page', () => {
  it('offers an e-mail about a wrong or unclear advice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/contact`);
      const href = await page
        .getByRole('link', { name: 'Stuur een e-mail over het advies' })
        .getAttribute('href');
      assert.match(href ?? '', /^mailto:[^?]+@[^?]+\?subject=Fout%20of%20onduidelijk%20advies/);
    } finally {
      await context.close();
    }
  });
});
