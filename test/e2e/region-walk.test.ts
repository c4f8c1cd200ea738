// A walk in a region other than the default, in real Chromium against the
// built server: the walk script loads the region's walk data from the
// region's API, answers stay in the browser, every link on the way stays in
// the region, the usage beacon goes to the region's own store, and the walk
// works the same without JavaScript.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import { SharedRulesAdmin } from '../../src/services/shared-rules-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { openRegionStore } from '../../src/store/region-stores.ts';
import {
  assertOneOutcomeLoad,
  countRoundTrips,
  launchChromium,
  openEnhancedWalk,
  withPage,
} from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const region = 'westerkwartier';
const peildatum = '2026-11-27';
const steps = [
  { question: 'ontruimd', choose: 'ja' },
  { question: 'reden', choose: 'beide' },
  { question: 'datum_ontruiming', date: '2022-03-15' },
  { question: 'huurschuld', choose: 'ja' },
  { question: 'regeling', choose: 'ja' },
  { question: 'datum_regeling', date: '2026-05-01' },
  { question: 'bewind', choose: 'nee' },
  { question: 'hulpverlening', choose: 'ja' },
];

let dataDir: string;
let server: RunningServer;
let browser: Browser;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wkb-region-walk-'));
  // The region as the CLI would leave it, with the default trees published in it.
  const main = await openStore({ dataDir });
  await main.createRegion(
    region,
    {
      id: region,
      name: 'Westerkwartier',
      municipalities: [{ name: 'Westerkwartier', aliases: ['Zuidhorn'] }],
    },
    null,
  );
  await main.close();
  const own = await openRegionStore({ dataDir }, region);
  await own.seedTrees(defaultTreeContents(), null);
  await new SharedRulesAdmin(own).seed(loadSharedRules());
  await own.close();
  [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function answer(page: Page, step: (typeof steps)[number]): Promise<void> {
  if (step.choose) await page.check(`#${step.question}-${step.choose}`);
  if (step.date) await page.fill(`#${step.question}`, step.date);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const value = step.choose ?? step.date;
  await page.waitForURL((url) => url.searchParams.get(step.question) === value);
}

/** Every link and form of the page leads into the region, or to the site's shared files. */
async function assertLinksStayInRegion(page: Page): Promise<void> {
  const targets = await page.$$eval('a[href], form[action]', (elements) =>
    elements.map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? ''),
  );
  const outside = targets.filter(
    (target) =>
      target.startsWith('/') &&
      !target.startsWith(`/${region}`) &&
      !target.startsWith(`/api/v1/regions/${region}`) &&
      !target.startsWith(`/embed/${region}/`) &&
      !target.startsWith('/static/'),
  );
  assert.deepEqual(outside, [], `links that leave the region on ${page.url()}`);
}

describe('a walk in another region', () => {
  it('with JavaScript: walk data from the region, no request per answer, the outcome in the region', async () => {
    await withPage(browser, {}, async (page) => {
      // Playwright does not report a beacon from an unloading page: a wrapper
      // keeps where each went in sessionStorage, which the outcome page still sees.
      await page.addInitScript(() => {
        const send = navigator.sendBeacon.bind(navigator);
        navigator.sendBeacon = (url, data) => {
          const sent = JSON.parse(sessionStorage.getItem('beacons') ?? '[]') as string[];
          sent.push(new URL(String(url), location.href).pathname);
          sessionStorage.setItem('beacons', JSON.stringify(sent));
          return send(url, data);
        };
      });
      const walkData = await openEnhancedWalk(
        page,
        `${server.url}/${region}/boom/hulpverlening?peildatum=${peildatum}`,
      );
      assert.match(
        new URL(walkData).pathname,
        new RegExp(`^/api/v1/regions/${region}/trees/hulpverlening/versions/\\d+/walk-data$`),
      );
      const roundTrips = countRoundTrips(page);
      for (const step of steps.slice(0, -1)) {
        await answer(page, step);
        assert.equal(new URL(page.url()).pathname, `/${region}/boom/hulpverlening`);
      }
      assert.deepEqual(roundTrips.urls, [], 'answering loaded nothing');
      const last = steps.at(-1);
      assert.ok(last);
      await answer(page, last);
      await assertOneOutcomeLoad(page, roundTrips, walkData);
      assert.equal(await page.locator('.wkb-outcome.wkb-outcome--past').count(), 1);
      assert.equal(new URL(page.url()).pathname, `/${region}/boom/hulpverlening`);
      await assertLinksStayInRegion(page);
      const beacons = await page.evaluate(
        () => JSON.parse(sessionStorage.getItem('beacons') ?? '[]') as string[],
      );
      assert.ok(beacons.length > 0, 'the questions shown by the script were counted');
      assert.deepEqual(
        [...new Set(beacons)],
        [`/api/v1/regions/${region}/gebruik`],
        'counted in the region, not in the default region',
      );
    });
  });

  it('without JavaScript: one GET per answer, every page in the region', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.url}/${region}/boom/hulpverlening?peildatum=${peildatum}`);
      for (const step of steps) {
        await assertLinksStayInRegion(page);
        await answer(page, step);
        assert.equal(new URL(page.url()).pathname, `/${region}/boom/hulpverlening`);
      }
      assert.equal(await page.locator('.wkb-outcome.wkb-outcome--past').count(), 1);
      await assertLinksStayInRegion(page);
    });
  });
});
