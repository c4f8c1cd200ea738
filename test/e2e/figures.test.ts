// The registration figures in a real browser: the page with the seeded
// figures and generated usage, a beheerder adding a year and correcting one,
// the edit links in view, the warnings about implausible numbers and a
// missing source, axe (WCAG 2.1 AA) on every figures page, and no sideways
// scroll at 320 px.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openStore } from '../../src/store/open-store.ts';
import { axeViolationLines } from '../support/axe.ts';
import { addBeheerder, signInAsBeheerder } from '../support/beheerder.ts';
import { launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

/** Walks that ended at the tweedekansbeleid, as the usage recorder would count them. */
async function addWalks(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir });
  const walk = (day: string, outcomeId: string, count: number) => ({
    day,
    kind: 'outcome-reached',
    treeId: 'hulpverlening',
    treeVersion: 1,
    orgType: 'wij',
    nodeId: '',
    outcomeId,
    verdict: outcomeId === 'tweedekans' ? 'past' : 'past-nog-niet',
    count,
  });
  try {
    await store.addUsageCounts([
      walk('2023-04-02', 'tweedekans', 31),
      walk('2023-09-12', 'nog-niet', 12),
      walk('2024-02-20', 'tweedekans', 46),
      walk('2024-06-01', 'nog-niet', 19),
    ]);
    await store.setSetting('woonkansboom-live-sinds', '2023-03-14');
  } finally {
    await store.close();
  }
}

/** The cells of a year's row, without the beheerder's "Aanpassen" column. */
async function tableRow(page: Page, year: string): Promise<string[]> {
  const table = page.locator('[aria-label="Cijfers per jaar"]');
  const edit = (await table.locator('thead th').allInnerTexts()).indexOf('Aanpassen');
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('td').allInnerTexts();
    if (cells[0] === year) return cells.filter((_, index) => index !== edit);
  }
  return [];
}

async function assertNoViolations(page: Page, what: string): Promise<void> {
  assert.deepEqual(await axeViolationLines(page, what), []);
}

describe('registration figures in the browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-figures-'));
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
    await addBeheerder(dataDir);
    await addWalks(dataDir);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signInAsBeheerder(page, server.url);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the seeded figures, the walks per year and the charts with the live date', async () => {
    await page.goto(`${server.url}/beheer/cijfers`);
    assert.deepEqual((await tableRow(page, '2019')).slice(0, 4), ['2019', '73', '7', '9,6']);
    assert.deepEqual((await tableRow(page, '2024')).slice(4, 6), ['46', '19']);
    assert.equal(await page.locator('figure.wkb-chart').count(), 3);
    const chart = page.locator('#cijfers-per-jaar svg.wkb-chart__svg--breed');
    assert.ok(await chart.isVisible());
    assert.match((await chart.getAttribute('aria-labelledby')) ?? '', /titel$/);
    assert.match(
      (await chart.locator('.wkb-chart-markering-tekst').textContent()) ?? '',
      /14 maart 2023/,
    );
    await page.screenshot({ path: '/tmp/wkb-figures-1280.png', fullPage: true });
  });

  it('lets a beheerder add 2023 and correct 2022', async () => {
    await page.goto(`${server.url}/beheer/cijfers`);
    await page.getByRole('link', { name: 'Jaar toevoegen' }).click();
    await page.fill('#jaar', '2023');
    await page.fill('#aanmeldingen', 'negen');
    await page.fill('#toelichting', 'Bureau Woonkans, jaarrapportage 2023');
    await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
    await page.locator('#foutmelding').waitFor();
    assert.equal(await page.inputValue('#aanmeldingen'), 'negen');
    assert.equal(await page.inputValue('#toelichting'), 'Bureau Woonkans, jaarrapportage 2023');
    await assertNoViolations(page, 'the add form with an error');
    await page.fill('#ontruimingen', '35');
    await page.fill('#aanmeldingen', '9');
    await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
    await page.waitForURL(/gedaan=toegevoegd/);
    assert.deepEqual((await tableRow(page, '2023')).slice(0, 4), ['2023', '35', '9', '25,7']);

    await page.getByRole('link', { name: 'Wijzig de cijfers van 2022' }).click();
    await page.fill('#ontruimingen', '40');
    await page.fill('#toelichting', 'Gecorrigeerd volgens jaarrapportage 2023');
    await page.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await page.waitForURL(/gedaan=gewijzigd/);
    assert.deepEqual((await tableRow(page, '2022')).slice(0, 4), ['2022', '40', '2', '5']);
    await page.goto(`${server.url}/beheer/logboek`);
    assert.match((await page.locator('main').textContent()) ?? '', /39 → 40/);
  });

  it('keeps every edit link in view at 1280 px, without scrolling the table sideways', async () => {
    await page.goto(`${server.url}/beheer/cijfers`);
    const container = page.locator('[aria-label="Cijfers per jaar"]');
    const box = await container.boundingBox();
    const links = await container.getByRole('link', { name: /^(Wijzig|Voeg toe)/ }).all();
    assert.ok(links.length >= 4);
    for (const link of links) {
      const place = await link.boundingBox();
      assert.ok(
        box && place && place.x + place.width <= box.x + box.width,
        (await link.textContent()) ?? '',
      );
    }
  });

  it('asks to confirm more registrations than evictions, warns about them, and wants a source for a changed number', async () => {
    await page.goto(`${server.url}/beheer/cijfers/nieuw`);
    await page.fill('#jaar', '2025');
    await page.fill('#ontruimingen', '39');
    await page.fill('#aanmeldingen', '50');
    await page.fill('#toelichting', 'Bureau Woonkans, jaarrapportage 2025');
    await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
    await page.locator('#foutmelding').waitFor();
    assert.match(
      (await page.locator('#foutmelding').textContent()) ?? '',
      /meer aanmeldingen \(50\) dan ontruimingen \(39\)/,
    );
    assert.equal(await page.locator('#aanmeldingen').getAttribute('aria-invalid'), 'true');
    await assertNoViolations(page, 'the add form asking to confirm');
    await page.getByLabel(/Ja, deze cijfers kloppen/).check();
    await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
    await page.waitForURL(/gedaan=toegevoegd/);
    const warning = page.locator('.wkb-figures-warnings');
    assert.match((await warning.textContent()) ?? '', /2025: 50 aanmeldingen, 39 ontruimingen/);
    assert.match((await tableRow(page, '2025'))[3] ?? '', /Meer aanmeldingen dan ontruimingen/);
    await assertNoViolations(page, 'the figures page with a warning');

    await page.getByRole('link', { name: 'Wijzig de cijfers van 2021' }).click();
    await page.fill('#aanmeldingen', '6');
    await page.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await page.locator('#foutmelding').waitFor();
    assert.match(
      (await page.locator('#toelichting-fout').textContent()) ?? '',
      /U heeft een cijfer veranderd/,
    );
    await page.locator('#foutmelding a[href="#toelichting"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'toelichting');
    await page.fill('#toelichting', 'Gecorrigeerd volgens jaarrapportage 2023');
    await page.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await page.waitForURL(/gedaan=gewijzigd/);
    assert.deepEqual((await tableRow(page, '2021')).slice(0, 3), ['2021', '42', '6']);
  });

  for (const width of [1280, 390]) {
    it(`has no WCAG 2.1 AA violations on the figures pages at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [
        '/beheer/cijfers',
        '/beheer/cijfers/nieuw',
        '/beheer/cijfers/jaar/2022/bewerken',
        '/beheer/cijfers/live-sinds/bewerken',
      ]) {
        const response = await page.goto(`${server.url}${path}`);
        assert.equal(response?.status(), 200, path);
        await assertNoViolations(page, path);
      }
      if (width === 390) await page.goto(`${server.url}/beheer/cijfers`);
      if (width === 390)
        await page.screenshot({ path: '/tmp/wkb-figures-390.png', fullPage: true });
    });
  }

  it('fits a 320 px window without sideways scrolling, showing the narrow drawings', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [
      '/beheer/cijfers',
      '/beheer/cijfers/nieuw',
      '/beheer/cijfers/jaar/2022/bewerken',
    ]) {
      await page.goto(`${server.url}${path}`);
      const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        const culprits = [...document.body.querySelectorAll('*')]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > clientWidth &&
              ![...element.children].some(
                (child) => child.getBoundingClientRect().right > clientWidth,
              ),
          )
          .slice(0, 3)
          .map((element) => element.outerHTML.slice(0, 160));
        return { scrollWidth, clientWidth, culprits };
      });
      assert.ok(
        scrollWidth <= clientWidth,
        `${path}: ${scrollWidth} px in ${clientWidth} px:\n${culprits.join('\n')}`,
      );
    }
    await page.goto(`${server.url}/beheer/cijfers`);
    assert.ok(await page.locator('#cijfers-per-jaar svg.wkb-chart__svg--smal').isVisible());
    assert.ok(!(await page.locator('#cijfers-per-jaar svg.wkb-chart__svg--breed').isVisible()));
    await page.screenshot({ path: '/tmp/wkb-figures-320.png', fullPage: true });
  });
});
