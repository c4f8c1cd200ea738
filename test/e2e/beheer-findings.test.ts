// The editor as a coordinator meets it, in real Chromium: problems named by
// the question's text and the field's label (the field marked, the summary
// linking to it), a save that says it cannot be published yet, characters
// left while typing, the draft page's table of contents and sections, a
// word-by-word compare of two versions, and no duplicate landmark or skipped
// heading (axe's best-practice rules besides WCAG 2.1 AA).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolationLines } from '../support/axe.ts';
import { addBeheerder, signInAsBeheerder } from '../support/beheerder.ts';
import { desktop, launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const tree = '/beheer/bomen/hulpverlening';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Landmarks with the same name and headings that skip a level: axe's best-practice rules. */
async function structureViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page, axeSource })
    .withRules(['landmark-unique', 'heading-order', 'page-has-heading-one', 'region'])
    .analyze();
  return violations.map(
    (violation) =>
      `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('the editor speaks the coordinator’s language', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The outcome's explanation before the test broke it, to put it right again. */
  let explanationBefore = '';

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-beheer-findings-'));
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
    await addBeheerder(dataDir);
    context = await browser.newContext({ viewport: desktop });
    page = await context.newPage();
    await signInAsBeheerder(page, server.url);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds a question by its text on the draft page, through a table of contents and sections', async () => {
    await page.goto(`${server.url}${tree}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 8000, `the draft page is ${height} px tall, not one long page`);
    const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
    assert.ok(await contents.isVisible());
    // A closed section opens when its entry in the table of contents is followed.
    const parameters = page.locator('details:has(#parameters)');
    assert.equal(await parameters.getAttribute('open'), null);
    await contents.getByRole('link', { name: /^Parameters/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('details:has(#parameters)')?.hasAttribute('open'),
    );
    // Questions by their text, each with a "Wijzig" link that says which.
    const change = page.getByRole('link', {
      name: 'Wijzig keuzevraag: Waarom is uw cliënt ontruimd?',
    });
    assert.equal(await change.getAttribute('href'), `${tree}/vraag/reden`);
    // Every table keeps its edit links inside its visible box at 1280 px.
    await page.evaluate(() => {
      for (const section of document.querySelectorAll('details')) section.open = true;
    });
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('.utrecht-table-container')].flatMap((container) => {
        const box = container.getBoundingClientRect();
        return [...container.querySelectorAll('a')]
          .filter((link) => link.getBoundingClientRect().right > box.right + 1)
          .map((link) => link.textContent ?? '');
      }),
    );
    assert.deepEqual(hidden, []);
    assert.deepEqual(await structureViolations(page), []);
    assert.deepEqual(await axeViolationLines(page), []);
  });

  it('names an unknown placeholder by the field and the outcome, marks the field and links to it', async () => {
    await page.goto(`${server.url}${tree}/uitkomst/tweedekans`);
    const explanation = page.locator('#explanation');
    explanationBefore = await explanation.inputValue();
    await explanation.fill('Meld uw cliënt aan vóór {{uiterste_datum}}.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/opgeslagen=1/);
    assert.match(
      await text(page.locator('[role=status]').first()),
      /^Opgeslagen als concept — nog niet te publiceren: 1 probleem\.$/,
    );
    assert.equal(await explanation.getAttribute('aria-invalid'), 'true');
    const describedBy = (await explanation.getAttribute('aria-describedby')) ?? '';
    assert.match(describedBy, /explanation-fout/);
    const message = await text(page.locator('#explanation-fout'));
    assert.match(
      message,
      /In ‘Uitleg’ bij de uitkomst ‘Uw cliënt past bij het tweedekansbeleid’ staat \{\{uiterste_datum\}\}; die naam bestaat niet\. Bedoelt u \{\{uiterste_aanmelddatum\}\}\?/,
    );
    assert.doesNotMatch(await text(page.locator('main')), /outcomes\.tweedekans/);
    const summaryLink = page.locator('#foutmelding a[href="#explanation"]');
    await summaryLink.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'explanation');
    assert.deepEqual(await axeViolationLines(page), []);
  });

  it('names an empty question by its own text and refuses to save it', async () => {
    await page.goto(`${server.url}${tree}/vraag/huurschuld`);
    await page.locator('#text').fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('#foutmelding').waitFor();
    assert.match(
      await text(page.locator('#foutmelding')),
      /De vraagtekst van ‘Heeft uw cliënt nog een schuld bij de woningcorporatie[^’]*’ is leeg\./,
    );
    assert.equal(await page.locator('#text').getAttribute('aria-invalid'), 'true');
    assert.match(await page.title(), /^Fout: /);
    assert.deepEqual(await axeViolationLines(page), []);
  });

  it('counts down the characters left while typing, with the limit said before', async () => {
    await page.goto(`${server.url}${tree}/vraag/reden`);
    assert.match(await text(page.locator('#text-hint')), /Hoogstens 500 tekens\./);
    await page.locator('#text').fill('Waarom moest uw cliënt weg?');
    assert.equal(await text(page.locator('#text-teller')), 'Nog 473 tekens over (van de 500).');
    assert.match(
      (await page.locator('#text').getAttribute('aria-describedby')) ?? '',
      /text-teller/,
    );
  });

  it('compares two versions word by word, for eyes and for screen readers', async () => {
    // Put the outcome right again, and add four words to a question's help.
    await page.goto(`${server.url}${tree}/uitkomst/tweedekans`);
    await page.locator('#explanation').fill(explanationBefore);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/opgeslagen=1/);
    await page.goto(`${server.url}${tree}/vraag/reden`);
    const help = await page.inputValue('#help');
    await page.locator('#help').fill(`${help} Wacht daar niet mee.`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/opgeslagen=1/);
    await page.goto(`${server.url}${tree}`);
    await page.fill('#note', 'Uitleg bij de reden aangevuld');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.waitForURL(/gepubliceerd=2/);

    await page.goto(`${server.url}${tree}/vergelijk?van=1&naar=2`);
    const change = page.locator('[data-path="nodes.reden.help"]');
    assert.equal(await change.locator('del').count(), 0, 'nothing was removed');
    assert.deepEqual(
      (await change.locator('ins').allTextContents()).map((words) => words.trim()),
      ['(toegevoegd: Wacht daar niet mee.)'],
    );
    assert.equal(
      await change.locator('ins .wkb-visually-hidden').first().textContent(),
      '(toegevoegd: ',
    );
    // The unchanged words are there once, unmarked.
    assert.match(await text(change), new RegExp(help.slice(0, 40).replace(/[.?()]/g, '\\$&')));
    assert.deepEqual(await structureViolations(page), []);
    assert.deepEqual(await axeViolationLines(page), []);
    await page.screenshot({ path: 'test-results/beheer-compare-words.png', fullPage: true });
  });
});
