// Rules in time in real Chromium: a server whose store has a version of the
// shared rules scheduled for 40 days from now that shortens the period to
// register (termijn_jaren 5 → 3). A walk with the walk script (which loads the
// walk data composed with the shared rules) ends at an outcome that warns, in
// an alert axe finds nothing wrong with; on paper the warning and the line
// naming the rules stay; the tenant's handout gives the earliest deadline and
// one sentence about the change. Screenshots go to test-results/rules-warning/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { formatDutchDate } from '../../src/core/dates/dutch-date.ts';
import { addCalendar } from '../../src/core/dates/plain-date.ts';
import { amsterdamDate } from '../../src/views/amsterdam-date.ts';
import { axeViolationLines } from '../support/axe.ts';
import {
  desktop,
  isWalkData,
  launchChromium,
  openEnhancedWalk,
  withPage,
} from '../support/chromium.ts';
import { storeWithScheduledRules } from '../support/scheduled-rules.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const today = amsterdamDate(new Date());
const change = addCalendar(today, 40, 'days');
const eviction = addCalendar(today, -2, 'years');
/** Eight months of a payment plan: registering is possible now (six months are needed). */
const plan = addCalendar(today, -8, 'months');
/** Five years after the eviction, and three under the new rules, less one day. */
const deadlineNow = addCalendar(addCalendar(eviction, 5, 'years'), -1, 'days');
const deadlineThen = addCalendar(addCalendar(eviction, 3, 'years'), -1, 'days');
const answers = `ontruimd=ja&reden=beide&datum_ontruiming=${eviction}&huurschuld=ja&regeling=ja&datum_regeling=${plan}&bewind=nee&hulpverlening=ja`;

let dataDir: string;
let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync('test-results/rules-warning', { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'wkb-rules-warning-'));
  const store = await storeWithScheduledRules({
    dataDir,
    since: '2026-01-01',
    changes: [{ geldigVanaf: change, parameters: { termijn_jaren: 3 } }],
  });
  await store.close();
  [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const steps: { question: string; choose?: string; date?: string }[] = [
  { question: 'ontruimd', choose: 'ja' },
  { question: 'reden', choose: 'beide' },
  { question: 'datum_ontruiming', date: eviction },
  { question: 'huurschuld', choose: 'ja' },
  { question: 'regeling', choose: 'ja' },
  { question: 'datum_regeling', date: plan },
  { question: 'bewind', choose: 'nee' },
  { question: 'hulpverlening', choose: 'ja' },
];

describe('the warning before the rules change', () => {
  it('shows on the outcome of a walk with the walk script, in an alert axe finds clean', async () => {
    await withPage(browser, { viewport: desktop }, async (page) => {
      const walkData = await openEnhancedWalk(page, `${server.url}/boom/hulpverlening`);
      assert.ok(isWalkData(walkData));
      assert.match(walkData, /\/versions\/1\/walk-data\?gedeeld=1$/);
      const main = page.locator('main');
      assert.equal(await main.getAttribute('data-walk-shared'), '1');
      assert.equal(await main.getAttribute('data-walk-until'), change);
      for (const step of steps) {
        await page.locator(`[name="${step.question}"]`).first().waitFor();
        if (step.choose) await page.check(`#${step.question}-${step.choose}`);
        if (step.date) await page.fill(`#${step.question}`, step.date);
        await page.getByRole('button', { name: 'Volgende' }).click();
      }
      const warning = page.locator('.wkb-rules-change');
      await warning.waitFor();
      const text = (await warning.innerText()).replace(/\s+/g, ' ');
      assert.match(
        text,
        new RegExp(`Let op: vanaf ${formatDutchDate(change)} gelden nieuwe regels\\.`),
      );
      assert.match(text, /Met dezelfde antwoorden is het advies dan: /);
      assert.ok(
        text.includes(
          `Uiterste aanmelddatum: nu ${formatDutchDate(deadlineNow)}, met de nieuwe regels ${formatDutchDate(deadlineThen)}.`,
        ),
        text,
      );
      assert.match(
        text,
        /Vraag het Bureau Woonkans wat de nieuwe regels voor uw cliënt betekenen\./,
      );
      assert.match(
        await page.locator('.wkb-rules-line').innerText(),
        new RegExp(
          `^Advies van ${formatDutchDate(today)}, volgens de regels die gelden vanaf 1 januari 2026 \\(versie 1\\)\\.`,
        ),
      );
      assert.deepEqual(await axeViolationLines(page), []);
      await page.screenshot({ path: 'test-results/rules-warning/outcome.png' });
    });
  });

  it('stays on paper, with the line that names the rules', async () => {
    await withPage(browser, { viewport: desktop, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.url}/boom/hulpverlening?${answers}`);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.wkb-rules-change').isVisible());
      assert.ok(await page.locator('.wkb-rules-line').isVisible());
      await page.screenshot({
        path: 'test-results/rules-warning/outcome-print.png',
        fullPage: true,
      });
    });
  });

  it('gives the tenant the earliest deadline and one sentence about the change', async () => {
    // With JavaScript: axe runs in the page (the handout has no script of its own).
    await withPage(browser, { viewport: desktop }, async (page) => {
      await page.goto(`${server.url}/boom/hulpverlening/uitleg-huurder?versie=1&${answers}`);
      const sheet = (await page.locator('.wkb-handout__sheet').innerText()).replace(/\s+/g, ' ');
      assert.ok(sheet.includes(`uiterlijk op ${formatDutchDate(deadlineThen)} aanmelden`), sheet);
      assert.ok(!sheet.includes(formatDutchDate(deadlineNow)), sheet);
      assert.ok(
        sheet.includes(
          `Op ${formatDutchDate(change)} veranderen de regels. Vraag uw hulpverlener wat dat voor u betekent.`,
        ),
        sheet,
      );
      assert.ok(!sheet.includes('Let op'), sheet);
      assert.deepEqual(await axeViolationLines(page), []);
      await page.screenshot({ path: 'test-results/rules-warning/handout.png', fullPage: true });
    });
  });
});
