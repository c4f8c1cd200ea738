// The two example regions as a systeembeheerder would set them up: `region
// create <id> --from content/regions/<id>` on the command line, a beheerder
// confirming every assumption and publishing, and then the public walk of
// each region in Chromium — with and without JavaScript, axe on every page,
// screenshots at 375 and 1280 px in test-results/example-regions/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SourceReview } from '../../src/services/source-review.ts';
import { TreeAdmin } from '../../src/services/tree-admin.ts';
import { openRegionStore } from '../../src/store/region-stores.ts';
import { axeViolationLines } from '../support/axe.ts';
import { desktop, launchChromium, openEnhancedWalk, withPage } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test-results/example-regions');
const beheerder = { email: 'beheerder@example.nl' };

interface Walk {
  region: string;
  tree: string;
  steps: { question: string; choose?: string; date?: string }[];
  title: RegExp;
  /** Words the outcome page must say. */
  says: RegExp[];
}

const walks: Walk[] = [
  {
    region: 'westerkwartier',
    tree: 'weer-huren',
    steps: [
      { question: 'woning_wold_en_waard', choose: 'ja' },
      { question: 'reden', choose: 'hennep' },
      { question: 'datum_ontruiming', date: '2024-03-15' },
    ],
    title: /nog geen woning huren bij Wold & Waard/,
    says: [/14 maart 2029/, /Wold & Waard \(april 2023\)/, /[Vv]raag de corporatie/],
  },
  {
    region: 'drenthe',
    tree: 'laatste-kans',
    steps: [
      { question: 'woning_drenthe', choose: 'ja' },
      { question: 'begeleiding', choose: 'ja' },
    ],
    title: /Laatste Kans Beleid/,
    says: [/Thuiskompas/],
  },
];

let dataDir: string;
let server: RunningServer;
let browser: Browser;

function cli(args: string[]) {
  const { DATABASE_URL: _url, ...env } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, DATA_DIR: dataDir },
  });
  assert.equal(result.status, 0, `${args.join(' ')}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** What the region's beheerder does in "Te controleren" and on the draft page. */
async function confirmAndPublish(region: string, tree: string): Promise<void> {
  const store = await openRegionStore({ dataDir }, region);
  try {
    const admin = new TreeAdmin(store, () => {}, undefined, {
      publishNeedsConfirmedAssumptions: () => true,
    });
    const refused = await admin.publish(tree, 'Eerste versie', beheerder);
    assert.equal(refused.status, 'refused', 'not published while an assumption is unconfirmed');
    const review = new SourceReview(store);
    for (const group of await review.list())
      for (const item of group.items)
        if (item.source?.kind === 'assumption')
          await review.confirm(group.owner, item.key, beheerder);
    const published = await admin.publish(tree, 'Eerste versie', beheerder);
    assert.equal(published.status, 'published', JSON.stringify(published));
  } finally {
    await store.close();
  }
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'wkb-example-regions-'));
  // Opens (and migrates) the install's main store first, as `npm start` would.
  cli(['migrate']);
  for (const { region, tree } of walks) {
    const out = cli(['region', 'create', region, '--from', `content/regions/${region}`]);
    assert.match(out, new RegExp(region));
    await confirmAndPublish(region, tree);
  }
  [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function answer(page: Page, step: Walk['steps'][number]): Promise<void> {
  if (step.choose) await page.check(`#${step.question}-${step.choose}`);
  if (step.date) await page.fill(`#${step.question}`, step.date);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const value = step.choose ?? step.date;
  await page.waitForURL((url) => url.searchParams.get(step.question) === value);
}

/** With `axe`: axe runs in the page, so only where JavaScript is on (the page is the same HTML). */
async function assertOutcome(page: Page, walk: Walk, axe: boolean): Promise<void> {
  await page.locator('.wkb-outcome').waitFor();
  assert.match((await page.locator('h1#vraag').textContent()) ?? '', walk.title);
  const text = (await page.locator('main').textContent()) ?? '';
  for (const words of walk.says) assert.match(text, words);
  assert.doesNotMatch(text, /mag weer huren(?![^.]*vraag)/i);
  assert.equal(new URL(page.url()).pathname, `/${walk.region}/boom/${walk.tree}`);
  if (axe) assert.deepEqual(await axeViolationLines(page), []);
}

for (const walk of walks) {
  describe(`example region ${walk.region}, after region create --from`, () => {
    it('has a start page in its own look, accessible at 375 and 1280 px', async () => {
      for (const viewport of [{ width: 375, height: 812 }, desktop]) {
        await withPage(browser, { viewport }, async (page) => {
          await page.goto(`${server.url}/${walk.region}`);
          assert.match((await page.locator('header').textContent()) ?? '', /voorbeeld/);
          // The region's logo (logo.png from its folder) in the header, with its words.
          const logo = page.locator('header img.wkb-logo__image');
          assert.match((await logo.getAttribute('alt')) ?? '', /^Logo van Regio/);
          assert.ok(
            await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
          );
          // Groningen's trajectories and organisations are not this region's.
          assert.doesNotMatch(
            (await page.locator('main').textContent()) ?? '',
            /tweedekansbeleid|WIJ Groningen/,
          );
          await page.locator(`form[action="/${walk.region}/boom/${walk.tree}"]`).first().waitFor();
          assert.deepEqual(await axeViolationLines(page), []);
          await page.screenshot({
            path: join(shots, `${walk.region}-start-${viewport.width}.png`),
            fullPage: true,
          });
        });
      }
    });

    it('walks to its outcome with JavaScript', async () => {
      await withPage(browser, {}, async (page) => {
        await openEnhancedWalk(page, `${server.url}/${walk.region}/boom/${walk.tree}`);
        for (const step of walk.steps) await answer(page, step);
        await assertOutcome(page, walk, true);
        // The walk's path in the region's own diagram (loaded lazily: scrolled to first).
        const picture = page.locator('.wkb-path-diagram img');
        await picture.scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () => (document.querySelector('.wkb-path-diagram img') as HTMLImageElement)?.complete,
        );
        assert.ok(
          await picture.evaluate((img: HTMLImageElement) => img.naturalWidth > 0),
          'the path diagram loads',
        );
        assert.match(
          (await picture.getAttribute('src')) ?? '',
          new RegExp(`^/${walk.region}/boom/`),
        );
        await page.screenshot({
          path: join(shots, `${walk.region}-outcome-375.png`),
          fullPage: true,
        });
      });
    });

    it('walks to its outcome without JavaScript', async () => {
      await withPage(browser, { javaScriptEnabled: false, viewport: desktop }, async (page) => {
        await page.goto(`${server.url}/${walk.region}/boom/${walk.tree}`);
        for (const step of walk.steps) await answer(page, step);
        await assertOutcome(page, walk, false);
        await page.screenshot({
          path: join(shots, `${walk.region}-outcome-1280.png`),
          fullPage: true,
        });
      });
    });
  });
}

describe('the example regions side by side', () => {
  it('keep their trees apart: no region serves the other’s tree, and the default region has neither', async () => {
    const [wk, dr] = walks;
    assert.ok(wk && dr);
    const status = async (path: string) => (await fetch(`${server.url}${path}`)).status;
    assert.equal(await status(`/${wk.region}/boom/${wk.tree}`), 200);
    assert.equal(await status(`/${dr.region}/boom/${wk.tree}`), 404);
    assert.equal(await status(`/${wk.region}/boom/${dr.tree}`), 404);
    assert.equal(await status(`/boom/${wk.tree}`), 404);
    assert.equal(await status(`/api/v1/regions/${dr.region}/trees/${dr.tree}`), 200);
    assert.equal(await status(`/api/v1/regions/${wk.region}/trees/${dr.tree}`), 404);
  });
});
