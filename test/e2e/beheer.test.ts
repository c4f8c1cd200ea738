// The beheerder's journey in real Chromium, against the real server on a
// fresh DATA_DIR, as a new user would do it: sign in, change a question text;
// change the shared "6 maanden" period, see the publication refused because
// scenarios of a tree no longer hold, take over the new outcomes, publish the
// shared rules (both trees move), publish the tree with a note, see the public
// walk change, read the diff, roll the tree back.
// Screenshots of the draft page and a question edit page go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  addBeheerder,
  beheerderEmail as email,
  beheerderPassword as password,
} from '../support/beheerder.ts';
import { desktop, launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

// A walk uses the rules in force on its day, and what this journey publishes
// takes effect today: the walks reckon with a day well after it.
const peildatum = '2030-11-28';
const tweedekansWalk = `/boom/hulpverlening?peildatum=${peildatum}&ontruimd=ja&reden=beide&datum_ontruiming=2026-03-15&huurschuld=ja&regeling=ja&datum_regeling=2030-05-01&bewind=nee&hulpverlening=ja`;

/** The text of an element (textContent: innerText is flagged by the linter as slow). */
async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('a beheerder changes, publishes and rolls back a tree in the browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    mkdirSync('test-results', { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-beheer-'));
    // The server (a child process) takes its store from the environment.
    process.env.DATA_DIR = dataDir;
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    await addBeheerder(dataDir);
    context = await browser.newContext({ viewport: desktop });
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const draftUrl = () => `${server.url}/beheer/bomen/hulpverlening`;
  const heading = () => text(page.locator('h1').first());

  it('signs in and comes back to the trees', async () => {
    await page.goto(`${server.url}/beheer`);
    assert.match(page.url(), /\/beheer\/inloggen/);
    await page.fill('#email', email);
    await page.fill('#wachtwoord', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${server.url}/beheer`);
    assert.equal(await heading(), 'Bomen beheren');
    await page.click('text=Woonkansboom hulpverlenende instanties');
    await page.waitForURL(draftUrl());
    assert.match(await heading(), /^Concept: /);
    await page.screenshot({ path: 'test-results/beheer-concept.png', fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('changes a question text', async () => {
    await page.click('a[href="/beheer/bomen/hulpverlening/vraag/reden"]');
    assert.equal(await heading(), 'Vraag wijzigen: ‘Waarom is uw cliënt ontruimd?’');
    await page.screenshot({ path: 'test-results/beheer-vraag.png', fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    await page.fill('#text', 'Wat is de reden van de ontruiming?');
    await page.click('button:has-text("Opslaan")');
    await page.waitForURL(/opgeslagen=1/);
    assert.match(await text(page.locator('[role=status]')), /Opgeslagen/);
    assert.equal(await page.inputValue('#text'), 'Wat is de reden van de ontruiming?');
  });

  it('changes the shared regeling_maanden from 6 to 7 and is refused: scenarios of hulpverlening fail', async () => {
    await page.goto(`${server.url}/beheer/gedeeld`);
    await page.click('a[href="/beheer/gedeeld/parameter/regeling_maanden"]');
    await page.fill('#value', '7');
    await page.click('button:has-text("Opslaan")');
    await page.waitForURL(/opgeslagen=1/);
    await page.goto(`${server.url}/beheer/gedeeld`);
    await page.fill('#note', 'Regeling moet nu 7 maanden goed lopen');
    await page.click('button:has-text("Publiceren in alle bomen")');
    assert.match(
      await text(page.locator('main')),
      /Niet gepubliceerd: niet elke boom komt door de controle/,
    );
    assert.ok((await page.locator('#boom-hulpverlening').count()) === 1);
    assert.ok((await page.locator('.wkb-scenario-result--fail').count()) > 0);
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('takes over the new outcomes in the scenarios and publishes the shared rules in both trees', async () => {
    await page.click('button:has-text("Neem de nieuwe uitkomsten over")');
    assert.match(await text(page.locator('[role=status]').first()), /Overgenomen in \d+ scenario/);
    await page.click('button:has-text("Publiceren in alle bomen")');
    await page.waitForURL(/gepubliceerd=2/);
    assert.match(await text(page.locator('[role=status]').first()), /Gepubliceerd als versie 2/);
  });

  it('publishes the tree with the changed question and a note', async () => {
    await page.goto(draftUrl());
    assert.match(
      await text(page.locator('.wkb-beheer-aside')),
      /Het concept kan gepubliceerd worden/,
    );
    await page.fill('#note', 'Vraag over de reden herschreven');
    await page.click('button:has-text("Publiceren")');
    await page.waitForURL(/gepubliceerd=3/);
    assert.match(await text(page.locator('[role=status]').first()), /Versie 3 is gepubliceerd/);
  });

  it('shows the new behaviour in the public walk', async () => {
    const walk = await context.newPage();
    await walk.goto(`${server.url}${tweedekansWalk}`);
    assert.match(
      await text(walk.locator('h1')),
      /Uw cliënt kan zich laten aanmelden vanaf 1 december 2030/,
    );
    await walk.goto(`${server.url}/boom/hulpverlening?peildatum=${peildatum}&ontruimd=ja`);
    assert.match(await text(walk.locator('h1')), /Wat is de reden van de ontruiming\?/);
    await walk.close();
  });

  it('reads the diff between the versions', async () => {
    await page.click('text=Geschiedenis en vergelijken');
    assert.match(
      await text(page.locator('table')),
      /Gedeelde regels: regeling_maanden 6 maanden → 7 maanden/,
    );
    await page.selectOption('#van', '1');
    await page.selectOption('#naar', '3');
    await page.click('button:has-text("Vergelijken")');
    const change = page.locator('[data-path="parameters.regeling_maanden.value"]');
    // Word by word: only the number is struck through and replaced.
    assert.match(await text(change.locator('del')), /6\)?$/);
    assert.match(await text(change.locator('ins')), /7\)?$/);
    assert.match(await text(change), /7\) maanden/);
    assert.equal(await page.locator('[data-path="nodes.reden.text"]').count(), 1);
  });

  it('rolls the tree back to version 1, keeping the shared period in force', async () => {
    await page.click('text=Terug naar de geschiedenis');
    await page.click('a[href$="/versies/1/terugzetten"]');
    assert.match(await heading(), /Terugzetten naar versie 1/);
    await page.click('button:has-text("Ja, publiceer versie 1 opnieuw")');
    await page.waitForURL(/teruggezet=4/);
    const walk = await context.newPage();
    await walk.goto(`${server.url}/boom/hulpverlening?peildatum=${peildatum}&ontruimd=ja`);
    assert.match(await text(walk.locator('h1')), /Waarom is uw cliënt ontruimd\?/);
    await walk.goto(`${server.url}${tweedekansWalk}`);
    assert.match(
      await text(walk.locator('h1')),
      /Uw cliënt kan zich laten aanmelden vanaf 1 december 2030/,
    );
    await walk.close();
  });
});
