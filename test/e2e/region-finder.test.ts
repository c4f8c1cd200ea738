// The region finder as a visitor uses it, on the built server with two
// regions (groningen, the default, and westerkwartier with its own store and
// look): type a village of the client's home on the start page, submit, and
// land on the trees of its region — with JavaScript and without. Every page on
// the way is checked with axe (WCAG 2.1 AA), must not scroll sideways, and is
// kept as a screenshot in test-results/region-finder/ at 375 and 1280 px.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import { SharedRulesAdmin } from '../../src/services/shared-rules-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { openRegionStore } from '../../src/store/region-stores.ts';
import { axeViolationLines } from '../support/axe.ts';
import { launchChromium, withPage } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';
import { westerkwartier } from '../support/test-regions.ts';

const folder = 'test-results/region-finder';

let dataDir: string;
let server: RunningServer;
let browser: Browser;

/** The main store knows the second region; the region's own store has the default trees. */
async function prepareRegions(dir: string): Promise<void> {
  const main = await openStore({ dataDir: dir });
  try {
    await main.createRegion(westerkwartier.id, westerkwartier, null);
  } finally {
    await main.close();
  }
  const own = await openRegionStore({ dataDir: dir }, westerkwartier.id);
  try {
    await own.seedTrees(defaultTreeContents(), null);
    await new SharedRulesAdmin(own).seed(loadSharedRules());
  } finally {
    await own.close();
  }
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wkb-region-finder-'));
  await prepareRegions(dataDir);
  [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
  mkdirSync(folder, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Axe, no sideways scroll, and a screenshot named `name-width.png`. axe runs
 * in the page, so only with JavaScript on; without it the pages are the same HTML.
 */
async function checkPage(page: Page, name: string, width: number, js: boolean): Promise<void> {
  if (!js) return;
  const where = new URL(page.url()).pathname + new URL(page.url()).search;
  assert.deepEqual(await axeViolationLines(page, where), []);
  assert.equal(await sidewaysScroll(page), 0, `${where} scrolls sideways at ${width} px`);
  await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
}

const question =
  'In welke gemeente stond de huurwoning waaruit uw cliënt is gezet, of dreigt te worden gezet?';

for (const javaScriptEnabled of [true, false]) {
  for (const width of [375, 1280]) {
    describe(`the region finder ${javaScriptEnabled ? 'with' : 'without'} JavaScript at ${width} px`, () => {
      const options = { javaScriptEnabled, viewport: { width, height: 900 } };

      it('takes "Zuidhorn" to the trees of regio Westerkwartier', async () => {
        await withPage(browser, options, async (page) => {
          await page.goto(`${server.url}/`);
          const field = page.getByLabel(question);
          assert.equal(await field.getAttribute('list'), 'gemeenten');
          assert.equal(
            await page.locator('#gemeenten option[value="Zuidhorn"]').count(),
            1,
            'Zuidhorn is among the suggestions',
          );
          await checkPage(page, `start`, width, javaScriptEnabled);
          await field.fill('Zuidhorn');
          await page.getByRole('button', { name: 'Zoek de regio' }).click();
          await page.waitForURL(`${server.url}/westerkwartier?gemeente=Zuidhorn`);
          assert.equal(
            await page.getByRole('heading', { level: 1 }).textContent(),
            'Woonkansboom regio Westerkwartier',
          );
          const treeLink = page
            .locator('.wkb-finder-found')
            .getByRole('link', { name: 'Woonkansboom hulpverlenende instanties' })
            .first();
          assert.match(
            (await treeLink.getAttribute('href')) ?? '',
            /^\/westerkwartier\/boom\/[a-z-]+$/,
          );
          assert.match(
            (await page.locator('.wkb-finder-found').textContent()) ?? '',
            /Zuidhorn hoort bij de gemeente Westerkwartier\./,
          );
          await checkPage(page, `westerkwartier`, width, javaScriptEnabled);
          assert.equal(
            await page
              .getByRole('link', {
                name: 'Stond de woning in een andere gemeente? Zoek de goede regio',
              })
              .getAttribute('href'),
            `${server.url}/#gemeente`,
            'the way back to the finder leaves the region',
          );
          await treeLink.click();
          await page.waitForURL(/\/westerkwartier\/boom\//);
        });
      });

      it('answers "Haren" on the start page itself, and asks again for an empty field', async () => {
        await withPage(browser, options, async (page) => {
          await page.goto(`${server.url}/`);
          await page.getByLabel(question).fill('Haren');
          await page.getByRole('button', { name: 'Zoek de regio' }).click();
          await page.waitForURL(`${server.url}/?gemeente=Haren`);
          assert.match(
            (await page.locator('.wkb-finder-found').textContent()) ?? '',
            /Haren hoort bij de gemeente Groningen\. Gebruik de Woonkansboom van regio Groningen:/,
          );
          assert.equal(await page.getByLabel(question).inputValue(), 'Haren');
          await checkPage(page, `groningen`, width, javaScriptEnabled);

          await page.getByLabel(question).fill('');
          await page.getByRole('button', { name: 'Zoek de regio' }).click();
          await page.waitForURL(`${server.url}/?gemeente=`);
          assert.equal(await page.getByLabel(question).getAttribute('aria-invalid'), 'true');
          if (javaScriptEnabled)
            assert.equal(
              await page.evaluate(() => document.activeElement?.id),
              'foutmelding',
              'the error summary has the focus',
            );
          await checkPage(page, `leeg`, width, javaScriptEnabled);
        });
      });

      it('says honestly when no region covers the place', async () => {
        await withPage(browser, options, async (page) => {
          await page.goto(`${server.url}/`);
          await page.getByLabel(question).fill('Maastricht');
          await page.getByRole('button', { name: 'Zoek de regio' }).click();
          await page.waitForURL(`${server.url}/?gemeente=Maastricht`);
          assert.equal(
            await page.getByRole('heading', { level: 2, name: /Geen regio gevonden/ }).count(),
            1,
          );
          assert.equal(await page.getByLabel(question).inputValue(), 'Maastricht');
          await checkPage(page, `onbekend`, width, javaScriptEnabled);
        });
      });
    });
  }
}
