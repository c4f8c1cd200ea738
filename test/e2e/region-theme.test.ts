// A region with its own look, in a real browser on the built server: the
// header band, primary buttons, links and the focus ring take the region's
// colours on its start page, a walk page and its beheer pages, at phone and
// desktop width, with zero axe (WCAG 2.1 AA) violations; a beheerder changes
// the colours at /westerkwartier/beheer/regio and the next page has them; a
// colour with too little contrast is refused. Screenshots in
// test-results/region-theme/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import type { RegionDefinition } from '../../src/core/regions/region.ts';
import { hashPassword } from '../../src/services/accounts/password-hash.ts';
import { SharedRulesAdmin } from '../../src/services/shared-rules-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { openRegionStore } from '../../src/store/region-stores.ts';
import { axeViolationLines } from '../support/axe.ts';
import { launchChromium, withPage } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const screenshots = 'test-results/region-theme';
const email = 'beheerder@westerkwartier.test';
const password = 'een heel geheim wachtwoord';

const westerkwartier: RegionDefinition = {
  id: 'westerkwartier',
  name: 'Westerkwartier',
  owner: 'Bureau Woonkans Westerkwartier',
  municipalities: [{ name: 'Westerkwartier', aliases: ['Leek', 'Zuidhorn', 'Grootegast'] }],
  theme: { brandColor: '#1d6b3a', brandTextColor: '#ffffff', focusColor: '#8a4b00' },
  publishNeedsConfirmedAssumptions: true,
};

/** `#1d6b3a` as the browser computes it. */
function rgb(hex: string): string {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return `rgb(${channel(1)}, ${channel(3)}, ${channel(5)})`;
}

async function computed(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/** The region's colours where they show: the header band, a primary button, a link, the focus ring. */
async function assertLook(page: Page, brand: string, focus: string, where: string) {
  assert.equal(
    await computed(page, '.wkb-header', 'border-bottom-color'),
    rgb(brand),
    `${where}: header band`,
  );
  assert.equal(
    await computed(page, '.utrecht-button--primary-action', 'background-color'),
    rgb(brand),
    `${where}: primary button`,
  );
  assert.equal(
    await computed(page, '.wkb-main a.utrecht-link', 'color'),
    rgb(brand),
    `${where}: link`,
  );
  const button = page.locator('.utrecht-button--primary-action').first();
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(
    await button.evaluate((element) => getComputedStyle(element).outlineColor),
    rgb(focus),
    `${where}: focus ring`,
  );
}

describe('a region’s own look in the browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-region-theme-'));
    // The region as an install gets it: in the main store's list, with a store of its own.
    const main = await openStore({ dataDir });
    try {
      assert.ok(await main.createRegion(westerkwartier.id, westerkwartier, null));
    } finally {
      await main.close();
    }
    const own = await openRegionStore({ dataDir }, westerkwartier.id);
    try {
      await own.seedTrees(defaultTreeContents(), null);
      await new SharedRulesAdmin(own).seed(loadSharedRules());
      await own.createUser({
        email,
        role: 'beheerder',
        passwordHash: await hashPassword(password),
      });
    } finally {
      await own.close();
    }
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  for (const width of [375, 1280]) {
    it(`shows the start page and a walk page in the region's colours at ${width} px, without axe violations`, async () => {
      await withPage(browser, { viewport: { width, height: 900 } }, async (page) => {
        const pages = [
          { name: 'start', path: '/westerkwartier' },
          { name: 'walk', path: '/westerkwartier/boom/hulpverlening?peildatum=2026-11-27' },
        ];
        for (const { name, path } of pages) {
          const response = await page.goto(`${server.url}${path}`);
          assert.equal(response?.status(), 200, path);
          assert.equal(
            await page.locator('.wkb-logo__owner').textContent(),
            'Bureau Woonkans Westerkwartier',
          );
          await page.screenshot({
            path: join(screenshots, `${name}-${width}.png`),
            fullPage: true,
          });
          assert.deepEqual(await axeViolationLines(page, path), []);
          if (name === 'walk') await assertLook(page, '#1d6b3a', '#8a4b00', path);
          else
            assert.equal(
              await computed(page, '.wkb-header', 'border-bottom-color'),
              rgb('#1d6b3a'),
            );
        }
      });
    });
  }

  it('gives the embedded walk the region’s look', async () => {
    await withPage(browser, { viewport: { width: 375, height: 700 } }, async (page) => {
      const path = '/embed/westerkwartier/boom/hulpverlening?peildatum=2026-11-27';
      assert.equal((await page.goto(`${server.url}${path}`))?.status(), 200);
      await page.screenshot({ path: join(screenshots, 'embed-375.png'), fullPage: true });
      assert.equal(
        await computed(page, '.utrecht-button--primary-action', 'background-color'),
        rgb('#1d6b3a'),
      );
      assert.deepEqual(await axeViolationLines(page, path), []);
    });
  });

  it('lets the region’s beheerder change the colours, and refuses too little contrast', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async (page) => {
      const base = `${server.url}/westerkwartier`;
      await page.goto(`${base}/beheer/inloggen`);
      await page.fill('#email', email);
      await page.fill('#wachtwoord', password);
      await page.click('button[type=submit]');
      await page.waitForURL(`${base}/beheer`);
      assert.deepEqual(await axeViolationLines(page), []);
      await page.screenshot({ path: join(screenshots, 'beheer-start-1280.png'), fullPage: true });
      assert.match(
        (await page.locator('.wkb-region-line').textContent()) ?? '',
        /Regio Westerkwartier/,
      );
      assert.equal(
        await page.getByRole('link', { name: 'Beheer van Regio Groningen' }).getAttribute('href'),
        `${server.url}/beheer`,
      );
      await page.getByRole('link', { name: 'Instellingen van de regio' }).click();
      await page.waitForURL(`${base}/beheer/regio`);
      assert.deepEqual(await axeViolationLines(page), []);
      await page.screenshot({ path: join(screenshots, 'settings-1280.png'), fullPage: true });
      await assertLook(page, '#1d6b3a', '#8a4b00', 'beheer/regio');

      // Too little contrast: refused, the form as typed.
      await page.fill('#merkkleur', '#7fbf7f');
      await page.click('button:has-text("Opslaan")');
      await page.waitForLoadState('load');
      assert.match((await page.locator('#foutmelding').textContent()) ?? '', /te weinig contrast/);
      assert.equal(await page.inputValue('#merkkleur'), '#7fbf7f');
      assert.deepEqual(await axeViolationLines(page), []);
      await page.screenshot({
        path: join(screenshots, 'settings-refused-1280.png'),
        fullPage: true,
      });

      // A good colour: saved, and the next page has it.
      await page.fill('#merkkleur', '#6b1d5a');
      await page.fill('#focuskleur', '#1d3a6b');
      await page.click('button:has-text("Opslaan")');
      await page.waitForURL(`${base}/beheer/regio?opgeslagen=1`);
      await assertLook(page, '#6b1d5a', '#1d3a6b', 'after saving');
      await page.goto(`${base}/boom/hulpverlening?peildatum=2026-11-27`);
      await assertLook(page, '#6b1d5a', '#1d3a6b', 'walk after saving');
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(`${base}/beheer/regio`);
      assert.deepEqual(await axeViolationLines(page), []);
      await page.screenshot({ path: join(screenshots, 'settings-375.png'), fullPage: true });
    });
  });
});
