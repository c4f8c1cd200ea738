// The evaluation journey in real Chromium, against the real server
// on a fresh DATA_DIR: a beheerder opens a round that requires every answer;
// three people fill in the public form (one anonymously, one after a mistake,
// one with a double click); the beheerder closes the round and reads the
// results and the CSV. A second round lets statements be left open: someone
// reads the introduction, leaves one open, and the comparison says the rounds
// differ. axe (WCAG 2.1 AA) on every evaluation page; no sideways scrolling at 320 px.
// Screenshots go to /tmp/evaluatie-*.png.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays } from '../../src/core/dates/plain-date.ts';
import { amsterdamDate } from '../../src/views/amsterdam-date.ts';
import { axeViolationLines } from '../support/axe.ts';
import { addBeheerder, signInAsBeheerder } from '../support/beheerder.ts';
import { desktop, launchChromium } from '../support/chromium.ts';
import { eventually } from '../support/eventually.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

/** Chooses the answer with this score (1–5) for every statement on the page. */
async function answerAll(page: Page, score: number, except: string[] = []): Promise<void> {
  const ids = await page.$$eval(`input[type=radio][value="${score}"]`, (inputs) =>
    inputs.map((input) => input.id),
  );
  for (const id of ids.filter(
    (id) => !except.some((statement) => id.startsWith(`score-${statement}-`)),
  )) {
    await page.check(`#${id}`);
  }
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().textContent()) ?? '';
}

describe('an evaluation round in the browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let beheer: BrowserContext;
  let page: Page;
  let roundUrl: string;
  let publicUrl: string;
  const found: string[] = [];

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-evaluatie-'));
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
    await addBeheerder(dataDir);
    beheer = await browser.newContext({ viewport: desktop });
    page = await beheer.newPage();
    await signInAsBeheerder(page, server.url);
  });

  after(async () => {
    await beheer?.close();
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** A participant: a fresh browser without any cookie. */
  async function participant(
    width = desktop.width,
  ): Promise<{ context: BrowserContext; person: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    return { context, person: await context.newPage() };
  }

  it('lets a beheerder open a round with the default form', async () => {
    await page.goto(`${server.url}/beheer/evaluatie`);
    found.push(...(await axeViolationLines(page)));
    await page.click('text=Formulier aanpassen');
    assert.equal(await heading(page), 'Evaluatieformulier aanpassen');
    found.push(...(await axeViolationLines(page)));
    await page.screenshot({ path: '/tmp/evaluatie-formulier.png', fullPage: true });
    await page.goto(`${server.url}/beheer/evaluatie`);
    await page.click('text=Nieuwe ronde');
    const today = amsterdamDate(new Date());
    await page.fill('#titel', 'Evaluatie najaar');
    await page.fill('#vanaf', today);
    await page.fill('#tot', addDays(today, 30));
    assert.equal(await page.isChecked('#open-antwoorden-ja'), true);
    await page.check('#open-antwoorden-nee');
    found.push(...(await axeViolationLines(page)));
    await page.click('text=Ronde aanmaken');
    await page.waitForURL(/\/beheer\/evaluatie\/rondes\/\d+\?gedaan=aangemaakt$/);
    roundUrl = page.url().replace(/\?.*$/, '');
    assert.equal(await heading(page), 'Evaluatie najaar');
    publicUrl = await page.inputValue('#openbare-link');
    assert.match(publicUrl, /^http:\/\/127\.0\.0\.1:\d+\/evaluatie\/[A-Za-z0-9_-]{22}$/);
  });

  it('takes an answer from someone who gives a name and function', async () => {
    const { context, person } = await participant();
    await person.goto(publicUrl);
    assert.equal(await heading(person), 'Evaluatie najaar');
    assert.equal(await person.locator('fieldset').count(), 14);
    found.push(...(await axeViolationLines(person)));
    await person.screenshot({ path: '/tmp/evaluatie-openbaar.png', fullPage: true });
    await answerAll(person, 4);
    await person.check('#score-tkb-weet-wat-5');
    await person.fill('#toelichting-tkb-weet-wat', 'Ik ken het van de werkgroep.');
    await person.fill('#advies-woonkansboom', 'Zet de link in ons registratiesysteem.');
    await person.fill('#naam', 'Anna Jansen');
    await person.fill('#functie', 'Casemanager');
    await person.click('button[type=submit]');
    await person.waitForURL(`${publicUrl}/bedankt`);
    assert.equal(await heading(person), 'Bedankt voor het invullen');
    found.push(...(await axeViolationLines(person)));
    await person.screenshot({ path: '/tmp/evaluatie-bedankt.png' });
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  it('shows a focused error summary after a mistake, keeps what was typed, and then takes the answer', async () => {
    const { context, person } = await participant();
    await person.goto(publicUrl);
    await answerAll(person, 5, ['wkb-vindbaar']);
    await person.fill('#toelichting-wkb-duidelijk', 'Overzichtelijk');
    await person.fill('#functie', 'Consulent woningcorporatie');
    await person.click('button[type=submit]');
    await person.waitForLoadState();
    assert.match(await person.title(), /^Fout: /);
    const summary = person.locator('#foutmelding');
    assert.match(
      (await summary.textContent()) ?? '',
      /Kies een antwoord bij stelling 5 van ‘De Woonkansboom’\./,
    );
    assert.equal(await person.evaluate(() => document.activeElement?.id), 'foutmelding');
    assert.equal(await person.inputValue('#toelichting-wkb-duidelijk'), 'Overzichtelijk');
    // The limit is said before anything is sent, and counted down while typing.
    assert.match(
      (await person.locator('#toelichting-wkb-duidelijk-hint').textContent()) ?? '',
      /Hoogstens 2\.000 tekens\./,
    );
    await person.fill('#toelichting-wkb-duidelijk', 'Overzichtelijk en snel');
    assert.equal(
      await person.locator('#toelichting-wkb-duidelijk-teller').textContent(),
      'Nog 1.978 tekens over (van de 2.000).',
    );
    await person.fill('#toelichting-wkb-duidelijk', 'Overzichtelijk');
    assert.equal(await person.inputValue('#functie'), 'Consulent woningcorporatie');
    assert.equal(await person.isChecked('#score-tkb-weet-wat-5'), true);
    found.push(...(await axeViolationLines(person)));
    await person.screenshot({ path: '/tmp/evaluatie-fout.png' });
    await summary.locator('a').first().click();
    assert.equal(await person.evaluate(() => document.activeElement?.id), 'score-wkb-vindbaar-1');
    await person.check('#score-wkb-vindbaar-2');
    await person.click('button[type=submit]');
    await person.waitForURL(`${publicUrl}/bedankt`);
    await context.close();
  });

  it('stores one answer of someone anonymous who double-clicks and then retries', async () => {
    const { context, person } = await participant();
    await person.goto(publicUrl);
    await answerAll(person, 3);
    const fields = await person.$eval('form.wkb-evaluation-form', (form) =>
      Object.fromEntries(
        [...new FormData(form as HTMLFormElement)].map(([key, value]) => [key, String(value)]),
      ),
    );
    const posts: string[] = [];
    person.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await person.dblclick('button[type=submit]');
    // The second click may abort the first navigation (net::ERR_ABORTED), which
    // waitForURL reports as an error: wait for where the page ends up instead.
    await eventually(
      async () => (person.url() === `${publicUrl}/bedankt` ? true : undefined),
      15_000,
    );
    await person.waitForLoadState();
    // A retry after a network error sends the same form again.
    const retry = await person.request.post(publicUrl, { form: fields });
    assert.equal(retry.status(), 200);
    assert.equal(new URL(retry.url()).pathname.endsWith('/bedankt'), true);
    assert.ok(posts.length >= 1);
    await context.close();

    await page.goto(`${server.url}/beheer/evaluatie`);
    const row = page.locator('tr', { hasText: 'Evaluatie najaar' });
    assert.match((await row.textContent()) ?? '', /Open\s*3/);
  });

  it('has no sideways scrolling at 320 px on the public form', async () => {
    const { context, person } = await participant(320);
    await person.goto(publicUrl);
    const widths = await person.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok((widths[0] ?? 0) <= (widths[1] ?? 0), `scrollWidth ${widths[0]} > ${widths[1]}`);
    found.push(...(await axeViolationLines(person)));
    await person.screenshot({ path: '/tmp/evaluatie-320.png', fullPage: false });
    await context.close();
  });

  it('closes the round early, after which the link says it is closed', async () => {
    await page.goto(roundUrl);
    await page.click('text=Ronde nu sluiten');
    await page.waitForURL(`${roundUrl}?gedaan=gesloten`);
    assert.match((await page.locator('dl').textContent()) ?? '', /StatusGesloten/);
    const { context, person } = await participant();
    const response = await person.goto(publicUrl);
    assert.equal(response?.status(), 410);
    assert.equal(await heading(person), 'Deze ronde is gesloten');
    found.push(...(await axeViolationLines(person)));
    await context.close();
  });

  it('shows the right counts on the results page and in the CSV', async () => {
    await page.goto(roundUrl);
    const first = page.locator('section.wkb-evaluation-result').first();
    assert.match(
      (await first.textContent()) ?? '',
      /n = 3 · open gelaten: 0 · \(helemaal\) mee eens: 67% · gemiddelde score: 4,3/,
    );
    assert.match(
      (await first.textContent()) ?? '',
      /Ik ken het van de werkgroep\.\s*— Anna Jansen, Casemanager/,
    );
    const page2 = (await page.textContent('main')) ?? '';
    assert.match(page2, /Zet de link in ons registratiesysteem\.\s*— Anna Jansen, Casemanager/);
    assert.match(page2, /Overzichtelijk\s*— Consulent woningcorporatie/);
    found.push(...(await axeViolationLines(page)));
    await page.screenshot({ path: '/tmp/evaluatie-resultaten.png', fullPage: true });

    const csv = await (await page.request.get(`${roundUrl}/antwoorden.csv`)).text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(';'));
    assert.equal(rows.length, 3);
    assert.deepEqual(
      rows.map((row) => [row[1], row[2], row[3], row[4], row[5]]),
      [
        ['Anna Jansen', 'Casemanager', 'nee', 'Helemaal mee eens', '5'],
        ['', 'Consulent woningcorporatie', 'nee', 'Helemaal mee eens', '5'],
        ['', '', 'nee', 'Neutraal/weet ik niet', '3'],
      ],
    );
  });

  it('shows the introduction and takes an answer with a statement left open, in a round that allows it', async () => {
    await page.goto(`${server.url}/beheer/evaluatie/nieuwe-ronde`);
    const today = amsterdamDate(new Date());
    await page.fill('#titel', 'Evaluatie winter');
    await page.fill('#vanaf', today);
    await page.fill('#tot', addDays(today, 30));
    await page.click('text=Ronde aanmaken');
    await page.waitForURL(/gedaan=aangemaakt/);
    const winterUrl = page.url().replace(/\?.*$/, '');
    const link = await page.inputValue('#openbare-link');

    const { context, person } = await participant();
    await person.goto(link);
    const intro = person.locator('.wkb-evaluation-intro');
    assert.match(
      (await intro.textContent()) ?? '',
      /Bureau Woonkans werkt nauw samen met de Groninger woningcorporaties/,
    );
    assert.equal(await intro.locator('a[href="/"]').count(), 1);
    assert.doesNotMatch((await person.textContent('main')) ?? '', /Dat is verplicht/);
    found.push(...(await axeViolationLines(person)));
    await person.screenshot({ path: '/tmp/evaluatie-inleiding.png', fullPage: true });
    await answerAll(person, 2, ['tkb-weet-wat']);
    // A choice made by mistake is undone with "Geen antwoord".
    await person.check('#score-wkb-vindbaar-4');
    await person.check('#score-wkb-vindbaar-open');
    await person.click('button[type=submit]');
    await person.waitForURL(`${link}/bedankt`);
    await context.close();

    await page.goto(winterUrl);
    const first = page.locator('section.wkb-evaluation-result').first();
    assert.match(
      (await first.textContent()) ?? '',
      /n = 0 · open gelaten: 1 · \(helemaal\) mee eens: – · gemiddelde score: –/,
    );
    found.push(...(await axeViolationLines(page)));
  });

  it('compares two rounds', async () => {
    await page.goto(`${server.url}/beheer/evaluatie/nieuwe-ronde`);
    const today = amsterdamDate(new Date());
    await page.fill('#titel', 'Evaluatie voorjaar');
    await page.fill('#vanaf', addDays(today, 60));
    await page.fill('#tot', addDays(today, 90));
    await page.click('text=Ronde aanmaken');
    await page.waitForURL(/gedaan=aangemaakt/);
    found.push(...(await axeViolationLines(page)));
    await page.goto(`${server.url}/beheer/evaluatie`);
    await page.selectOption('#a', { label: 'Evaluatie najaar' });
    await page.selectOption('#b', { label: 'Evaluatie winter' });
    await page.click('button:has-text("Vergelijken")');
    await page.waitForURL(/vergelijken\?a=\d+&b=\d+/);
    assert.equal(await heading(page), 'Rondes vergelijken');
    assert.match(
      (await page.locator('[role=note]').textContent()) ?? '',
      /In ‘Evaluatie najaar’ moest elke stelling een antwoord hebben\. In ‘Evaluatie winter’ mochten deelnemers een stelling overslaan\./,
    );
    found.push(...(await axeViolationLines(page)));
    await page.screenshot({ path: '/tmp/evaluatie-vergelijken.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    for (const path of [
      roundUrl,
      `${server.url}/beheer/evaluatie`,
      `${server.url}/beheer/evaluatie/formulier`,
    ]) {
      await page.goto(path);
      found.push(...(await axeViolationLines(page)));
    }
    await page.setViewportSize(desktop);
  });

  it('found no WCAG 2.1 AA violations on any evaluation page', () => {
    assert.deepEqual(found, []);
  });
});
