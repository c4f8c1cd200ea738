// "Advies meenemen" in real Chromium: a client's name typed on the
// Adviesoverzicht never leaves the browser (every request is recorded), it
// does appear on the printed page, and the print layout is A4 without the
// site's navigation. Screenshots and the printed PDF go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { launchChromium, phone } from '../support/chromium.ts';
import { pdfPageCount, pdfPagePng, pdfText } from '../support/pdf-read-back.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const peildatum = '2026-11-27';
const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
const clientName = 'Jansen-Özdemir J.K.';
/** A4 at 96 px per inch. */
const a4 = { width: 794, height: 1123 };
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync('test-results', { recursive: true });
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const url = (resource: string) =>
  `${server.url}/boom/hulpverlening/${resource}?peildatum=${peildatum}&${answers}`;

/** Everything a request could carry the name in: URL, headers and body. */
async function requestText(request: Request): Promise<string> {
  const headers = await request.allHeaders();
  return [request.url(), JSON.stringify(headers), request.postData() ?? ''].join('\n');
}

async function withContext(
  options: Parameters<Browser['newContext']>[0],
  use: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  try {
    await use(context);
  } finally {
    await context.close();
  }
}

describe('the Adviesoverzicht in the browser', () => {
  it('never sends the typed client name to the server, not even when links are followed', async () => {
    await withContext({ viewport: phone, acceptDownloads: true }, async (context) => {
      const requests: Request[] = [];
      context.on('request', (request) => requests.push(request));
      const page = await context.newPage();
      await page.goto(url('advies'));
      await page.fill('#client-name', clientName);
      await page.press('#client-name', 'Enter');
      await page.press('#client-name', 'Tab');
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download als pdf' }).click();
      await (await download).path();
      await page.getByRole('link', { name: 'Uitleg voor de huurder afdrukken' }).click();
      await page.waitForURL(/uitleg-huurder/);
      await page.goBack();
      await page.getByRole('link', { name: 'Terug naar de uitkomst' }).click();
      await page.waitForURL((address) => address.pathname === '/boom/hulpverlening');
      await page.waitForLoadState('networkidle');

      assert.ok(requests.length >= 4, `requests were recorded (${requests.length})`);
      const forms = [clientName, encodeURIComponent(clientName), 'Jansen', 'zdemir'];
      for (const request of requests) {
        const sent = await requestText(request);
        for (const form of forms)
          assert.ok(
            !sent.includes(form),
            `the name went out in ${request.method()} ${request.url()}`,
          );
      }
      assert.ok(
        requests.some((request) => request.url().includes('/advies.pdf?')),
        'the PDF was requested (without the name)',
      );
    });
  });

  it('prints the typed name on an A4 page without the site navigation', async () => {
    await withContext({ viewport: a4 }, async (context) => {
      const page = await context.newPage();
      await page.goto(url('advies'));
      await page.fill('#client-name', clientName);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.wkb-header').isVisible(), false, 'no header in print');
      assert.equal(await page.locator('.wkb-footer').isVisible(), false, 'no footer in print');
      assert.equal(
        await page.locator('.wkb-advice__tools').isVisible(),
        false,
        'no links in print',
      );
      assert.equal(await page.locator('#client-name-hint').isVisible(), false);
      await page.screenshot({ path: 'test-results/advies-print-a4.png', fullPage: true });

      const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync('test-results/advies-print.pdf', printed);
      const text = pdfText(printed);
      assert.ok(text.includes(clientName), 'the name is on the printed page');
      assert.ok(text.includes('Uw cliënt past bij het tweedekansbeleid'));
      assert.ok(text.includes('14 maart 2027'));
      const pages = pdfPageCount(printed);
      assert.ok(pages <= 2, `the print fits on two A4 pages (${pages})`);
      pdfPagePng(printed, 1, 'test-results/advies-print-page-1');
    });
  });

  it('prints the tenant handout on one A4 page', async () => {
    await withContext({ viewport: a4 }, async (context) => {
      const page = await context.newPage();
      await page.goto(url('uitleg-huurder'));
      await page.emulateMedia({ media: 'print' });
      const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      assert.equal(pdfPageCount(printed), 1);
      assert.ok(
        pdfText(printed).includes('Uw hulpverlener moet u uiterlijk op 14 maart 2027 aanmelden.'),
        "the deadline in the handout's wording (SPEC §4.3)",
      );
      pdfPagePng(printed, 1, 'test-results/uitleg-huurder-print');
    });
  });

  it('passes axe (WCAG 2.1 AA) on the advice and handout pages at phone size', async () => {
    await withContext({ viewport: phone }, async (context) => {
      const page = await context.newPage();
      for (const resource of ['advies', 'uitleg-huurder']) {
        await page.goto(url(resource));
        await page.screenshot({ path: `test-results/${resource}-390.png`, fullPage: true });
        const results = await new AxeBuilder({ page, axeSource })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        assert.deepEqual(
          results.violations.map((violation) => `${violation.id}: ${violation.help}`),
          [],
          resource,
        );
      }
    });
  });
});
