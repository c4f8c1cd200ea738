// The outcome page in real Chromium, on screen and on paper: the important
// dates in the order they fall, the route picture sized and loaded lazily with
// a link to it at full size, "Deze pagina afdrukken" only where the walk
// script runs, and a printout (A4, as the browser prints it) whose list
// numbers fit on the sheet and that leaves out what can only be clicked.
// Screenshots at 375 and 1280 px and the printed PDF go to test-results/print/.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolationLines } from '../support/axe.ts';
import {
  desktop,
  openEnhancedWalk,
  phone,
  startServerAndChromium,
  withPage,
} from '../support/chromium.ts';
import { pdfPagePng, pdfText, pdfWords } from '../support/pdf-read-back.ts';
import type { RunningServer } from '../support/start-server.ts';

const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
/** The outcome tweedekans, whose steps after registration run to 11. */
const outcomePath = `/boom/hulpverlening?peildatum=2026-11-27&${answers}`;
/** The print stylesheet's left page margin, 14 mm, in points. */
const leftMargin = (14 / 25.4) * 72;

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync('test-results/print', { recursive: true });
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The page as the browser prints it on A4 (the stylesheet's @page rules apply). */
async function printed(page: Page): Promise<Uint8Array> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
}

describe('the outcome page', () => {
  it('lists the important dates in the order they fall', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(server.url + outcomePath);
      assert.deepEqual(await page.locator('.wkb-dates dd').allTextContents(), [
        '15 maart 2022',
        '1 november 2026',
        '14 maart 2027',
      ]);
    });
  });

  it('sizes the route picture, loads it lazily, and links to it at full size', async () => {
    await withPage(browser, { viewport: desktop }, async (page) => {
      await page.goto(server.url + outcomePath);
      const image = page.locator('.wkb-path-diagram img');
      assert.match((await image.getAttribute('width')) ?? '', /^\d+$/);
      assert.match((await image.getAttribute('height')) ?? '', /^\d+$/);
      assert.equal(await image.getAttribute('loading'), 'lazy');
      const large = page.getByRole('link', { name: 'Open het schema groot, met uw route' });
      const href = (await large.getAttribute('href')) ?? '';
      assert.equal(href, await image.getAttribute('src'), 'the same picture, at its own size');
      const response = await page.request.get(server.url + href);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /^image\/svg\+xml/);
    });
  });

  it('offers "Deze pagina afdrukken" where the walk script runs, and it opens printing', async () => {
    await withPage(browser, {}, async (page) => {
      await openEnhancedWalk(page, server.url + outcomePath);
      // A string, so the test runner's transform leaves it as it is; the dialog itself cannot be seen.
      await page.evaluate("window.print = () => document.body.setAttribute('data-printed', 'ja')");
      await page.getByRole('button', { name: 'Deze pagina afdrukken' }).click();
      assert.equal(await page.locator('body').getAttribute('data-printed'), 'ja');
      assert.deepEqual(await axeViolationLines(page, 'the outcome with its print button'), []);
    });
  });

  it('has no print button without JavaScript', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(server.url + outcomePath);
      assert.equal(await page.getByRole('button', { name: /afdrukken/i }).count(), 0);
    });
  });

  it('prints every list number inside the sheet, without Wijzig links or buttons', async () => {
    await withPage(browser, { viewport: desktop }, async (page) => {
      await openEnhancedWalk(page, server.url + outcomePath);
      const pdf = await printed(page);
      writeFileSync('test-results/print/outcome.pdf', pdf);
      const numbers = pdfWords(pdf).filter((word) => /^\d+\.$/.test(word.text));
      assert.ok(
        numbers.some((word) => word.text === '11.'),
        'the steps after registration run to 11',
      );
      for (const word of numbers) {
        assert.ok(
          word.xMin >= leftMargin - 0.5,
          `"${word.text}" on page ${word.page} starts at ${word.xMin.toFixed(1)} pt, left of the margin (${leftMargin.toFixed(1)} pt): cut off`,
        );
      }
      const text = pdfText(pdf);
      assert.match(text, /Uw antwoorden/);
      assert.match(text, /Huurachterstand én overlast/);
      for (const clickable of [
        'Wijzig',
        'Opnieuw beginnen',
        'Deze pagina afdrukken',
        'Adviesoverzicht als pdf',
        'Rekenen met een andere datum',
        'terug naar vandaag',
      ]) {
        assert.ok(!text.includes(clickable), `"${clickable}" is not printed`);
      }
    });
  });
});

describe('screenshots for review', () => {
  it('saves the outcome at 375 and 1280 px and its print emulation to test-results/print/', async () => {
    for (const viewport of [{ ...phone, width: 375 }, desktop]) {
      await withPage(browser, { viewport }, async (page) => {
        await openEnhancedWalk(page, server.url + outcomePath);
        // The route picture loads lazily: scroll it into view so the screenshot shows it.
        await page.locator('.wkb-path-diagram img').scrollIntoViewIfNeeded();
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          path: `test-results/print/outcome-${viewport.width}.png`,
          fullPage: true,
        });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({
          path: `test-results/print/outcome-print-${viewport.width}.png`,
          fullPage: true,
        });
      });
    }
    await withPage(browser, { viewport: desktop }, async (page) => {
      await page.goto(server.url + outcomePath);
      const pdf = await printed(page);
      for (const sheet of [1, 2, 3])
        pdfPagePng(pdf, sheet, `test-results/print/outcome-a4-${sheet}`);
    });
  });
});
