// The engine's promise in real Chromium (SPEC §4): a walk started
// mid-tree from the diagram ("klik om daar te beginnen") asks the root-path
// questions too and ends at the same outcome, with the same dates, as the walk
// from the root with the same answers — with the walk script and without
// JavaScript. Also: "Ik weet de datum niet precies" without JavaScript, and a
// planned eviction date in the future in tree corporaties. axe-core runs on
// every outcome page reached.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolationLines } from '../support/axe.ts';
import {
  assertOneOutcomeLoad,
  countRoundTrips,
  isWalkData,
  openEnhancedWalk,
  phone,
  startServerAndChromium,
  withPage,
} from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Today in Groningen as yyyy-mm-dd: the diagram's links carry no fixed date. */
function today(): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year: year ?? 0, month: month ?? 0 };
}

/** The first day of the month `monthsBack` months before this one. */
function firstOfMonthBefore(monthsBack: number): string {
  const { year, month } = today();
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Answers that fit the tweedekansbeleid on any day the test runs: evicted two
 * years ago (well inside the five years), a payment arrangement running for
 * eight months (more than six), and aid that can write the plan.
 */
const tweedekansAnswers: Record<string, string> = {
  ontruimd: 'ja',
  reden: 'beide',
  datum_ontruiming: firstOfMonthBefore(24),
  huurschuld: 'ja',
  regeling: 'ja',
  datum_regeling: firstOfMonthBefore(8),
  bewind: 'nee',
  hulpverlening: 'ja',
};

/** The question the page asks; waits as long as any step may (a busy machine serves slowly). */
function currentQuestion(page: Page): Promise<string | null> {
  return page.locator('input[type="hidden"][name="vraag"]').first().getAttribute('value');
}

async function isQuestionPage(page: Page): Promise<boolean> {
  return (await page.locator('input[type="hidden"][name="vraag"]').count()) === 1;
}

/** Answers the asked question from `answers`: a choice, a date, or the date's "not known" button. */
async function answerAsked(page: Page, answers: Record<string, string>): Promise<string> {
  const question = await currentQuestion(page);
  assert.ok(question, 'a question is asked');
  const value = answers[question];
  assert.ok(value, `the test has an answer to ${question}`);
  const choice = page.locator(`#${question}-${value}`);
  if ((await choice.count()) === 1) {
    await choice.check();
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  } else if (value === 'onbekend') {
    await page.click(`button[type="submit"][name="${question}"][value="onbekend"]`);
  } else {
    await page.fill(`#${question}`, value);
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  }
  await page.waitForURL((url) => url.searchParams.get(question) === value);
  return question;
}

interface OutcomeSeen {
  classes: string;
  badge: string;
  heading: string;
  dates: Record<string, string>;
}

async function outcomeSeen(page: Page): Promise<OutcomeSeen> {
  const badge = page.locator('.wkb-outcome');
  assert.equal(await badge.count(), 1, `an outcome is shown at ${page.url()}`);
  const dates: Record<string, string> = {};
  for (const element of await page.locator('[data-date]').all())
    dates[(await element.getAttribute('data-date')) ?? ''] = (
      (await element.textContent()) ?? ''
    ).trim();
  return {
    classes: (await badge.getAttribute('class')) ?? '',
    badge: ((await page.locator('.wkb-outcome__verdict').textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    heading: ((await page.locator('h1#vraag').textContent()) ?? '').trim(),
    dates,
  };
}

/**
 * axe-core on the page's URL. axe needs script timers, which a context
 * without JavaScript never runs: a page reached without JavaScript is checked
 * as the server renders it again, in a context with JavaScript.
 */
async function assertNoAxeViolations(page: Page, where: string): Promise<void> {
  const context = await browser.newContext({ viewport: phone });
  try {
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    await fresh.waitForLoadState('networkidle');
    assert.equal(await fresh.locator('.wkb-outcome').count(), 1, `${where}: the same outcome`);
    assert.deepEqual(await axeViolationLines(fresh, where), []);
  } finally {
    await context.close();
  }
}

/** The walk from the root with the given answers, without JavaScript: the outcome to compare with. */
async function rootOutcome(tree: string, answers: Record<string, string>): Promise<OutcomeSeen> {
  let seen: OutcomeSeen | undefined;
  await withPage(browser, { javaScriptEnabled: false }, async (page) => {
    await page.goto(`${server.url}/boom/${tree}`);
    for (let steps = 0; (await isQuestionPage(page)) && steps < 20; steps++)
      await answerAsked(page, answers);
    seen = await outcomeSeen(page);
  });
  assert.ok(seen);
  return seen;
}

/**
 * Opens the diagram, clicks the box of `start` and answers whatever is asked
 * until an outcome; with the walk script on, questions cause no request and
 * the outcome is one page load. Returns the questions in the order asked.
 */
async function walkFromDiagram(
  page: Page,
  tree: string,
  start: string,
  answers: Record<string, string>,
  javaScriptEnabled: boolean,
): Promise<string[]> {
  await page.goto(`${server.url}/boom/${tree}/overzicht`);
  const walkData = javaScriptEnabled
    ? page.waitForResponse((response) => isWalkData(response.url()))
    : undefined;
  await page.locator(`svg #node-${start}`).click();
  await page.waitForURL((url) => url.pathname === `/boom/${tree}`);
  assert.equal(new URL(page.url()).searchParams.get('start'), start, 'the box links to ?start=');
  assert.equal(await currentQuestion(page), start, 'the walk begins with the clicked question');
  let walkDataUrl = '';
  if (walkData) {
    const response = await walkData;
    await response.finished();
    await page.waitForLoadState('networkidle');
    walkDataUrl = response.url();
  }
  const roundTrips = countRoundTrips(page);
  const asked: string[] = [];
  for (let steps = 0; (await isQuestionPage(page)) && steps < 20; steps++) {
    const before = roundTrips.urls.length;
    asked.push(await answerAsked(page, answers));
    if (javaScriptEnabled && (await isQuestionPage(page)))
      assert.equal(roundTrips.urls.length, before, `answering ${asked.at(-1)} loaded nothing`);
  }
  if (javaScriptEnabled) await assertOneOutcomeLoad(page, roundTrips, walkDataUrl);
  return asked;
}

describe('a walk that starts mid-tree from the diagram', () => {
  let root: OutcomeSeen;

  before(async () => {
    root = await rootOutcome('hulpverlening', tweedekansAnswers);
    assert.match(root.classes, /wkb-outcome--past\b/, 'the root walk fits the tweedekansbeleid');
    assert.ok(root.dates.uiterste_aanmelddatum, 'the root walk shows the deadline');
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

    it(`starting at huurschuld asks the root-path questions and ends as the root walk (${mode})`, {
      timeout: 90_000,
    }, async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        const asked = await walkFromDiagram(
          page,
          'hulpverlening',
          'huurschuld',
          tweedekansAnswers,
          javaScriptEnabled,
        );
        assert.equal(asked[0], 'huurschuld');
        for (const rootQuestion of ['ontruimd', 'reden', 'datum_ontruiming'])
          assert.ok(asked.includes(rootQuestion), `${rootQuestion} is asked too: ${asked}`);
        assert.deepEqual(
          await outcomeSeen(page),
          root,
          'the same outcome and dates as from the root',
        );
        await assertNoAxeViolations(page, `start huurschuld (${mode})`);
      });
    });

    it(`starting at hulpverlening with "ja" shows no "past" before the root path is answered (${mode})`, {
      timeout: 90_000,
    }, async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await page.goto(`${server.url}/boom/hulpverlening/overzicht`);
        await page.locator('svg #node-hulpverlening').click();
        await page.waitForURL((url) => url.searchParams.get('start') === 'hulpverlening');
        if (javaScriptEnabled) await page.waitForLoadState('networkidle');
        await answerAsked(page, { hulpverlening: 'ja' });
        assert.equal(await page.locator('.wkb-outcome').count(), 0, 'no outcome after one answer');
        assert.ok(await isQuestionPage(page), 'a root-path question is asked next');
        assert.doesNotMatch(
          (await page.locator('main').textContent()) ?? '',
          /datum nog niet bekend/,
        );
        for (let steps = 0; (await isQuestionPage(page)) && steps < 20; steps++) {
          assert.equal(await page.locator('.wkb-outcome--past').count(), 0);
          await answerAsked(page, tweedekansAnswers);
        }
        assert.deepEqual(
          await outcomeSeen(page),
          root,
          'the same outcome and dates as from the root',
        );
      });
    });
  }
});

describe('a date that is not known, and a planned eviction', () => {
  it('ends on datum-onbekend after "Ik weet de datum niet precies" without JavaScript', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.url}/boom/hulpverlening?peildatum=2026-11-28`);
      await answerAsked(page, { ontruimd: 'ja' });
      await answerAsked(page, { reden: 'overlast' });
      assert.equal(await currentQuestion(page), 'datum_ontruiming');
      await page.getByRole('button', { name: 'Ik weet de datum niet precies' }).click();
      await page.waitForURL((url) => url.searchParams.get('datum_ontruiming') === 'onbekend');
      const seen = await outcomeSeen(page);
      assert.match(seen.classes, /wkb-outcome--maatwerk\b/);
      assert.equal(seen.dates.uiterste_aanmelddatum, undefined, 'no deadline without a date');
      assert.doesNotMatch(
        (await page.locator('main').textContent()) ?? '',
        /datum nog niet bekend/,
      );
      await assertNoAxeViolations(page, 'datum-onbekend');
    });
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
    it(`takes a planned eviction date in the future to informeer-bij-ontruiming (${mode})`, {
      timeout: 90_000,
    }, async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        const url = `${server.url}/boom/corporaties?peildatum=2026-11-28`;
        if (javaScriptEnabled) await openEnhancedWalk(page, url);
        else await page.goto(url);
        for (const [question, value] of [
          ['al_ontruimd', 'gepland'],
          ['woning_in_gemeente', 'ja'],
          ['reden', 'huurachterstand'],
          ['datum_gepland', '2027-01-15'],
        ] as const) {
          assert.equal(await currentQuestion(page), question);
          await answerAsked(page, { [question]: value });
        }
        const seen = await outcomeSeen(page);
        assert.match(seen.classes, /wkb-outcome--tone-action\b/);
        assert.equal(seen.dates.uiterste_aanmelddatum_gepland, '14 januari 2032');
        await assertNoAxeViolations(page, `informeer-bij-ontruiming (${mode})`);
      });
    });
  }
});
