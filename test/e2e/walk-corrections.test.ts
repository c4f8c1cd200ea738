// Correcting a walk in real Chromium, with JavaScript on (the walk script
// renders questions in the browser) and off (one GET per answer): "Vorige
// vraag" and "Wijzig" keep the answers further along, a "Wijzig" page leads
// back to the outcome unchanged, a typed date that is wrong says why and stays
// in its field, and a walk computed as of another day says so and can go back
// to today. axe-core checks every page a correction shows (with JavaScript on:
// it runs in the page); screenshots at 375 and 1280 px go to
// test-results/corrections/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolationLines } from '../support/axe.ts';
import {
  assertOneOutcomeLoad,
  countRoundTrips,
  desktop,
  openEnhancedWalk,
  phone,
  startServerAndChromium,
  withPage,
} from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

// A fixed reference date keeps the outcome the same on any day the tests run.
const peildatum = '2026-11-27';
const tweedekans: [string, string][] = [
  ['ontruimd', 'ja'],
  ['reden', 'beide'],
  ['datum_ontruiming', '2022-03-15'],
  ['huurschuld', 'ja'],
  ['regeling', 'ja'],
  ['datum_regeling', '2026-05-01'],
  ['bewind', 'nee'],
  ['hulpverlening', 'ja'],
];

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync('test-results/corrections', { recursive: true });
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function walkUrl(answers: [string, string][], day = peildatum): string {
  const query = new URLSearchParams([['peildatum', day], ...answers]);
  return `${server.url}/boom/hulpverlening?${query}`;
}

function currentQuestion(page: Page): Promise<string | null> {
  return page.locator('input[type="hidden"][name="vraag"]').getAttribute('value');
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** axe runs in the page, so only with JavaScript on; the pages without it are the same HTML. */
async function assertAccessible(page: Page, where: string): Promise<void> {
  assert.deepEqual(await axeViolationLines(page, where), [], `${where}: no axe violations`);
}

async function clickNext(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Volgende' }).click();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
  const open = (page: Page, url: string): Promise<string | undefined> =>
    javaScriptEnabled ? openEnhancedWalk(page, url) : page.goto(url).then(() => undefined);

  describe(`going back and changing answers (${mode})`, () => {
    it('keeps the answers further along through "Wijzig" and "Vorige vraag", and returns to the outcome', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        const walkData = await open(page, walkUrl(tweedekans));
        const roundTrips = countRoundTrips(page);
        await page
          .getByRole('link', { name: 'Wijzig het antwoord op: Op welke datum is uw cliënt' })
          .click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'datum_ontruiming');
        await page.getByRole('link', { name: 'Vorige vraag' }).click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'reden');
        assert.equal(await page.isChecked('#reden-beide'), true, 'the answer is still chosen');
        assert.equal(param(page, 'hulpverlening'), 'ja', 'the answers further along stay');
        if (javaScriptEnabled)
          await assertAccessible(page, `a "Wijzig" page reached by "Vorige vraag"`);
        if (walkData) assert.deepEqual(roundTrips.urls, [], '"Wijzig" and "Vorige" load nothing');
        await clickNext(page);
        await page.locator('.wkb-outcome').waitFor();
        if (walkData) await assertOneOutcomeLoad(page, roundTrips, walkData);
        for (const [question, answer] of tweedekans) {
          assert.equal(param(page, question), answer, `the outcome keeps ${question}`);
        }
        assert.match((await page.locator('h1').textContent()) ?? '', /tweedekansbeleid/);
      });
    });

    it('goes back two questions mid-walk and on to where it was, with every answer', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await open(page, walkUrl(tweedekans.slice(0, 3)));
        assert.equal(await currentQuestion(page), 'huurschuld');
        await page.getByRole('link', { name: 'Vorige vraag' }).click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'datum_ontruiming');
        await page.getByRole('link', { name: 'Vorige vraag' }).click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'reden');
        await clickNext(page);
        await page.waitForURL((url) => url.searchParams.get('wijzig') === null);
        assert.equal(await currentQuestion(page), 'huurschuld', 'back where the walk was');
        assert.equal(param(page, 'datum_ontruiming'), '2022-03-15', 'the date is kept');
      });
    });

    it('drops only the answers a changed answer takes off the path', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await open(page, walkUrl(tweedekans));
        await page
          .getByRole('link', { name: 'Wijzig het antwoord op: Heeft uw cliënt nog een schuld' })
          .click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'huurschuld');
        await page.check('#huurschuld-nee');
        await clickNext(page);
        await page.locator('.wkb-outcome').waitFor();
        assert.equal(param(page, 'huurschuld'), 'nee');
        assert.equal(param(page, 'hulpverlening'), 'ja', 'still on the path: kept');
        for (const gone of ['regeling', 'datum_regeling', 'bewind']) {
          assert.equal(param(page, gone), null, `${gone} is no longer on the path`);
        }
      });
    });

    it('leads from a "Wijzig" page back to the outcome without changing anything', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        const outcome = walkUrl(tweedekans);
        await open(page, outcome);
        await page
          .getByRole('link', { name: 'Wijzig het antwoord op: Waarom is uw cliënt' })
          .click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'reden');
        await page.check('#reden-overlast');
        await page.getByRole('link', { name: 'Terug naar de uitkomst' }).click();
        await page.waitForURL(outcome);
        assert.match((await page.locator('h1').textContent()) ?? '', /tweedekansbeleid/);
        assert.equal(param(page, 'reden'), 'beide', 'the answer is unchanged');
      });
    });
  });

  describe(`typed dates that are wrong (${mode})`, () => {
    it('says why each date is refused and keeps what was typed in the field', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await open(page, walkUrl(tweedekans.slice(0, 2)));
        const field = page.locator('#datum_ontruiming');
        const cases: [string, RegExp][] = [
          ['31-02-2022', /De datum 31-02-2022 bestaat niet: februari 2022 heeft 28 dagen\./],
          ['1-3-22', /Schrijf het jaar met 4 cijfers/],
          ['1-1-1850', /Kijk of het jaar 1850 klopt\. Een datum vóór 1900 kan hier niet\./],
        ];
        for (const [typed, message] of cases) {
          await field.fill(typed);
          await clickNext(page);
          await page.locator('#datum_ontruiming-fout', { hasText: message }).waitFor();
          assert.match((await page.locator('#foutmelding').textContent()) ?? '', message, typed);
          assert.match(
            (await page.locator('#datum_ontruiming-fout').textContent()) ?? '',
            message,
            typed,
          );
          assert.equal(await field.inputValue(), typed, `${typed} stays in the field as typed`);
          assert.equal(await field.getAttribute('aria-invalid'), 'true');
          assert.equal(await currentQuestion(page), 'datum_ontruiming');
        }
        if (javaScriptEnabled) await assertAccessible(page, `a refused date`);
        await field.fill('15-3-2022');
        await clickNext(page);
        await page.waitForURL((url) => url.searchParams.get('datum_ontruiming') === '2022-03-15');
        assert.equal(await currentQuestion(page), 'huurschuld');
        await page.getByRole('link', { name: 'Vorige vraag' }).click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'datum_ontruiming');
        assert.equal(await field.inputValue(), '15-3-2022', 'the answer, written as it is typed');
      });
    });
  });

  describe(`another day to compute with (${mode})`, () => {
    it('says so on every question page, and goes back to today with the answers kept', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await open(page, walkUrl([['ontruimd', 'ja']], '2027-03-01'));
        const banner = page.locator('.wkb-peildatum-banner');
        assert.equal(
          (await banner.textContent()) ?? '',
          'U rekent met 1 maart 2027 — terug naar vandaag',
        );
        if (javaScriptEnabled)
          await assertAccessible(page, `a question with the reference-date banner`);
        await page.check('#reden-beide');
        await clickNext(page);
        await page.waitForURL((url) => url.searchParams.get('reden') === 'beide');
        assert.equal(await currentQuestion(page), 'datum_ontruiming');
        assert.match(
          (await banner.textContent()) ?? '',
          /^U rekent met 1 maart 2027/,
          'the next page too',
        );
        await page.getByRole('link', { name: 'terug naar vandaag' }).click();
        await page.waitForURL((url) => url.searchParams.get('peildatum') === null);
        assert.equal(await currentQuestion(page), 'datum_ontruiming');
        assert.equal(param(page, 'reden'), 'beide');
        assert.equal(await banner.count(), 0, 'as of today there is nothing to say');
      });
    });

    it('blames a reference date before the eviction date, not the eviction date', async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await open(page, walkUrl(tweedekans));
        await page.getByText('Rekenen met een andere datum').click();
        await page.fill('#peildatum', '2021-01-01');
        await page.getByRole('button', { name: 'Opnieuw berekenen' }).click();
        await page.locator('#foutmelding').waitFor();
        assert.match(
          (await page.locator('#foutmelding').textContent()) ?? '',
          /De datum om mee te rekenen \(1 januari 2021\) ligt vóór 15 maart 2022/,
        );
        assert.equal(
          (await page.locator('h1').textContent()) ?? '',
          'Met welke datum wilt u rekenen?',
        );
        assert.equal(await page.inputValue('#peildatum'), '2021-01-01', 'kept as chosen');
        assert.equal(await page.locator('#datum_ontruiming').count(), 0, 'not the eviction date');
        if (javaScriptEnabled) await assertAccessible(page, `a reference date before the eviction`);
        await page.fill('#peildatum', '2027-03-01');
        await page.getByRole('button', { name: 'Opnieuw berekenen' }).click();
        await page.waitForURL((url) => url.searchParams.get('peildatum') === '2027-03-01');
        await page.locator('.wkb-outcome').waitFor();
        assert.equal(param(page, 'hulpverlening'), 'ja', 'every answer is kept');
        assert.match(
          (await page.locator('.wkb-peildatum-banner').textContent()) ?? '',
          /1 maart 2027/,
        );
      });
    });
  });
}

describe('screenshots for review', () => {
  it('saves the corrected pages at 375 and 1280 px to test-results/corrections/', async () => {
    const pages: [string, string][] = [
      ['question-banner', walkUrl([['ontruimd', 'ja']], '2027-03-01')],
      [
        'date-error',
        `${walkUrl(tweedekans.slice(0, 2))}&datum_ontruiming=31-02-2022&vraag=datum_ontruiming`,
      ],
      ['wijzig', `${walkUrl(tweedekans)}&wijzig=datum_ontruiming`],
      ['peildatum-too-early', walkUrl(tweedekans, '2021-01-01')],
    ];
    for (const viewport of [{ ...phone, width: 375 }, desktop]) {
      await withPage(browser, { viewport }, async (page) => {
        for (const [name, url] of pages) {
          await page.goto(url);
          await page.screenshot({
            path: `test-results/corrections/${name}-${viewport.width}.png`,
            fullPage: true,
          });
        }
      });
    }
  });
});
