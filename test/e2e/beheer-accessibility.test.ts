// axe-core (WCAG 2.1 AA) on every kind of beheer page, signed in as a
// beheerder, at desktop and phone width: zero violations.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beheerPages } from '../audit/audited-pages.ts';
import { addBeheerder, signInAsBeheerder } from '../support/beheerder.ts';
import { launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
// Every kind of beheer page: the same list the outside checkers use.
const pages = beheerPages;

describe('accessibility of the beheer pages', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-beheer-a11y-'));
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
    await addBeheerder(dataDir);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signInAsBeheerder(page, server.url);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the te-controleren page at phone and desktop width (screenshots when SCREENSHOT_DIR is set)', async () => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/beheer/te-controleren`);
      assert.match((await page.locator('h1').textContent()) ?? '', /^Te controleren: \d+$/);
      const dir = process.env.SCREENSHOT_DIR;
      if (dir)
        await page.screenshot({ path: join(dir, `te-controleren-${width}.png`), fullPage: false });
    }
  });

  for (const width of [1280, 390]) {
    it(`has no WCAG 2.1 AA violations on any beheer page at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const found: string[] = [];
      for (const path of pages) {
        const response = await page.goto(`${server.url}${path}`);
        assert.ok(response && response.status() < 400, `${path} answered ${response?.status()}`);
        const { violations } = await new AxeBuilder({ page, axeSource })
          .withTags(wcag21aa)
          .analyze();
        for (const violation of violations) {
          found.push(
            `${path}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }
      }
      assert.deepEqual(found, []);
    });
  }

  it('shows the sign-in page without violations', async () => {
    const anonymous = await browser.newContext();
    try {
      const signIn = await anonymous.newPage();
      await signIn.goto(`${server.url}/beheer/inloggen`);
      const { violations } = await new AxeBuilder({ page: signIn, axeSource })
        .withTags(wcag21aa)
        .analyze();
      assert.deepEqual(
        violations.map((violation) => violation.id),
        [],
      );
    } finally {
      await anonymous.close();
    }
  });
});
