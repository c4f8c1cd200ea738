// Usage statistics in a real browser: a walk with JavaScript is
// counted through the beacon, a walk without JavaScript from its page
// requests; the start page remembers where the user works; the dashboard
// shows both and passes axe (WCAG 2.1 AA), also at 320 px without sideways scrolling.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolationLines } from '../support/axe.ts';
import { addBeheerder, signInAsBeheerder } from '../support/beheerder.ts';
import { isWalkData, launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const corporatiesWalk: [string, string][] = [
  ['al_ontruimd', 'nee'],
  ['woning_corporatie', 'ja'],
  ['woonproblemen', 'huurachterstand'],
  ['dreigt_uitzetting', 'ja'],
  ['zelf_opgelost', 'nee'],
];

async function answer(page: Page, question: string, option: string): Promise<void> {
  await page.locator(`#${question}-${option}`).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.waitForURL((url) => url.searchParams.get(question) === option);
}

/** The dashboard's CSV rows as `kind node outcome org` → count, once `until` holds (batches are written within a second). */
async function csvCounts(
  page: Page,
  baseUrl: string,
  until: (counts: Record<string, number>) => boolean,
): Promise<Record<string, number>> {
  let counts: Record<string, number> = {};
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await page.request.get(`${baseUrl}/beheer/gebruik.csv`);
    assert.equal(response.status(), 200);
    counts = {};
    for (const line of (await response.text()).trim().split('\r\n').slice(1)) {
      const [, tree, , org, kind, node, outcome, , count] = line.split(';');
      const key = [tree, kind, node, outcome, org].filter(Boolean).join(' ');
      counts[key] = (counts[key] ?? 0) + Number(count);
    }
    if (until(counts)) return counts;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return counts;
}

describe('anonymous usage statistics in the browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-usage-e2e-'));
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
    await addBeheerder(dataDir);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts walks with and without JavaScript, and shows them on an accessible dashboard', async () => {
    // With JavaScript: the answers never reach the server, the beacon does. The
    // questions the script shows are sent in one batch as the page is left for
    // the outcome's page load (the server counts the pages it renders itself).
    // Playwright does not report a beacon from an unloading page, so a wrapper
    // keeps each payload in sessionStorage, which the outcome page still sees.
    const withScript = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withScript.addInitScript(() => {
      const send = navigator.sendBeacon.bind(navigator);
      navigator.sendBeacon = (url, data) => {
        const sent = JSON.parse(sessionStorage.getItem('beacons') ?? '[]') as string[];
        if (String(url).endsWith('/api/v1/gebruik')) sent.push(String(data));
        sessionStorage.setItem('beacons', JSON.stringify(sent));
        return send(url, data);
      };
    });
    const page = await withScript.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('radio', { name: 'WIJ Groningen' }).check();
    await page.screenshot({ path: '/tmp/usage-home.png', fullPage: true });
    const walkData = page.waitForResponse((response) => isWalkData(response.url()));
    await page.getByRole('button', { name: /Start.*corporaties/ }).click();
    await walkData;
    await page.waitForLoadState('networkidle');
    assert.match(page.url(), /org=wij/);
    for (const [question, option] of corporatiesWalk) await answer(page, question, option);
    await page.locator('.wkb-outcome').waitFor();
    await page.waitForLoadState('networkidle');
    const beacons = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('beacons') ?? '[]') as string[],
    );
    assert.equal(beacons.length, 1, 'one batch, sent when the page is left for the outcome');
    const sent = JSON.parse(beacons[0] ?? '{}');
    assert.deepEqual(Object.keys(sent).sort(), ['events', 'org', 'tree', 'version']);
    // Shown and answered for the four questions after the first page; the server
    // counts the start, the first question, the last answer and the outcome.
    assert.equal(sent.events.length, 8);
    // The start page remembers the choice, in this browser only.
    await page.goto(`${server.url}/`);
    assert.equal(await page.getByRole('radio', { name: 'WIJ Groningen' }).isChecked(), true);
    const cookies = await withScript.cookies();
    assert.deepEqual(cookies, [], 'the public part sets no cookie');
    await withScript.close();

    // Without JavaScript: the server counts from the page requests.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const plainPage = await plain.newPage();
    await plainPage.goto(`${server.url}/`);
    await plainPage.getByRole('radio', { name: 'Woningcorporatie' }).check();
    await plainPage.getByRole('button', { name: /Start.*hulpverlenende/ }).click();
    await plainPage.waitForURL(/org=corporatie/);
    await answer(plainPage, 'ontruimd', 'dreigt');
    await plainPage.locator('.wkb-outcome').waitFor();
    await plainPage.getByRole('link', { name: 'Adviesoverzicht afdrukken' }).click();
    await plainPage.waitForURL(/\/advies\?/);
    await plain.close();

    const beheer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dashboard = await beheer.newPage();
    await signInAsBeheerder(dashboard, server.url);
    const counts = await csvCounts(
      dashboard,
      server.url,
      (found) =>
        (found['hulpverlening advice-printed zittende-huurder-verwijzen Woningcorporatie'] ?? 0) >
          0 && (found['corporaties outcome-reached zittende-huurders WIJ Groningen'] ?? 0) > 0,
    );
    assert.deepEqual(counts, {
      'corporaties walk-started WIJ Groningen': 1,
      'corporaties question-shown al_ontruimd WIJ Groningen': 1,
      'corporaties question-answered al_ontruimd WIJ Groningen': 1,
      'corporaties question-shown woning_corporatie WIJ Groningen': 1,
      'corporaties question-answered woning_corporatie WIJ Groningen': 1,
      'corporaties question-shown woonproblemen WIJ Groningen': 1,
      'corporaties question-answered woonproblemen WIJ Groningen': 1,
      'corporaties question-shown dreigt_uitzetting WIJ Groningen': 1,
      'corporaties question-answered dreigt_uitzetting WIJ Groningen': 1,
      'corporaties question-shown zelf_opgelost WIJ Groningen': 1,
      'corporaties question-answered zelf_opgelost WIJ Groningen': 1,
      'corporaties outcome-reached zittende-huurders WIJ Groningen': 1,
      'hulpverlening walk-started Woningcorporatie': 1,
      'hulpverlening question-shown ontruimd Woningcorporatie': 1,
      'hulpverlening question-answered ontruimd Woningcorporatie': 1,
      'hulpverlening outcome-reached zittende-huurder-verwijzen Woningcorporatie': 1,
      'hulpverlening advice-printed zittende-huurder-verwijzen Woningcorporatie': 1,
    });

    const found: string[] = [];
    for (const width of [1280, 320]) {
      await dashboard.setViewportSize({ width, height: 900 });
      for (const path of [
        '/beheer/gebruik',
        '/beheer/gebruik?van=2001-01&tot=2001-02',
        '/beheer/gebruik?van=morgen',
      ]) {
        await dashboard.goto(`${server.url}${path}`);
        found.push(...(await axeViolationLines(dashboard, `${width} ${path}`)));
        const overflow = await dashboard.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px at ${width} px`);
      }
      await dashboard.goto(`${server.url}/beheer/gebruik`);
      await dashboard.screenshot({ path: `/tmp/usage-dashboard-${width}.png`, fullPage: true });
    }
    assert.deepEqual(found, []);
    const text = (await dashboard.locator('main').textContent()) ?? '';
    assert.match(text, /Gestarte wandelingen\s*2/);
    assert.match(text, /Wandelingen met een uitkomst\s*2/);
    await beheer.close();
  });
});
