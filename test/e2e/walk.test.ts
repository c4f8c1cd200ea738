// Browser journeys through both trees in real Chromium at phone size: with the
// walk script (no round trip per question; the outcome is one normal page
// load, rendered by the server) and without JavaScript (one GET per answer),
// the error paths, "Wijzig", and a walk done with the keyboard only.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import {
  assertOneOutcomeLoad,
  countRoundTrips,
  desktop,
  openEnhancedWalk,
  phone,
  startServerAndChromium,
} from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

// A fixed peildatum makes every date on the outcome page predictable (SPEC §5).
const peildatum = '2026-11-27';

interface Step {
  question: string;
  choose?: string;
  date?: string;
}

interface Walk {
  tree: 'hulpverlening' | 'corporaties';
  steps: Step[];
  outcome: { verdict: string; heading: RegExp; dates: Record<string, string> };
}

const tweedekans: Walk = {
  tree: 'hulpverlening',
  steps: [
    { question: 'ontruimd', choose: 'ja' },
    { question: 'reden', choose: 'beide' },
    { question: 'datum_ontruiming', date: '2022-03-15' },
    { question: 'huurschuld', choose: 'ja' },
    { question: 'regeling', choose: 'ja' },
    { question: 'datum_regeling', date: '2026-05-01' },
    { question: 'bewind', choose: 'nee' },
    { question: 'hulpverlening', choose: 'ja' },
  ],
  outcome: {
    verdict: 'past',
    heading: /tweedekansbeleid/i,
    dates: { uiterste_aanmelddatum: '14 maart 2027', aanmelden_vanaf: '1 november 2026' },
  },
};

const nogNiet: Walk = {
  tree: 'hulpverlening',
  steps: [
    { question: 'ontruimd', choose: 'ja' },
    { question: 'reden', choose: 'huurachterstand' },
    { question: 'datum_ontruiming', date: '2022-03-15' },
    { question: 'huurschuld', choose: 'ja' },
    { question: 'regeling', choose: 'ja' },
    { question: 'datum_regeling', date: '2026-09-01' },
    { question: 'bewind', choose: 'nee' },
  ],
  outcome: {
    verdict: 'past-nog-niet',
    heading: /.+/,
    dates: { uiterste_aanmelddatum: '14 maart 2027', aanmelden_vanaf: '1 maart 2027' },
  },
};

const zittendeHuurders: Walk = {
  tree: 'corporaties',
  steps: [
    { question: 'al_ontruimd', choose: 'nee' },
    { question: 'woning_corporatie', choose: 'ja' },
    { question: 'woonproblemen', choose: 'huurachterstand' },
    { question: 'dreigt_uitzetting', choose: 'ja' },
    { question: 'zelf_opgelost', choose: 'nee' },
  ],
  outcome: { verdict: 'past', heading: /zittende huurders/i, dates: {} },
};

let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function startUrl(tree: string, answers = ''): string {
  return `${server.url}/boom/${tree}?peildatum=${peildatum}${answers}`;
}

async function withPage(
  options: BrowserContextOptions,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: phone, ...options });
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}

function currentQuestion(page: Page): Promise<string | null> {
  return page.locator('input[type="hidden"][name="vraag"]').getAttribute('value');
}

function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

async function answer(page: Page, step: Step): Promise<void> {
  assert.equal(await currentQuestion(page), step.question, 'the walk asks the expected question');
  if (step.choose) await page.check(`#${step.question}-${step.choose}`);
  if (step.date) await page.fill(`#${step.question}`, step.date);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const value = step.choose ?? step.date;
  await page.waitForURL((url) => url.searchParams.get(step.question) === value);
}

async function assertOutcome(page: Page, walk: Walk): Promise<void> {
  const verdict = page.locator(`.wkb-outcome.wkb-outcome--${walk.outcome.verdict}`);
  assert.equal(await verdict.count(), 1, `the verdict is ${walk.outcome.verdict}`);
  assert.match((await page.locator('h1#vraag').textContent()) ?? '', walk.outcome.heading);
  for (const [name, text] of Object.entries(walk.outcome.dates)) {
    assert.equal((await page.locator(`[data-date="${name}"]`).textContent())?.trim(), text, name);
  }
  for (const step of walk.steps) {
    assert.equal(
      new URL(page.url()).searchParams.get(step.question),
      step.choose ?? step.date,
      `the outcome URL keeps the answer to ${step.question}`,
    );
  }
}

/**
 * A walk with the walk script on: no round trip per question, URL and focus
 * follow; the last answer leads to the outcome with one normal page load.
 */
async function walkEnhanced(page: Page, walk: Walk, checkBack = false): Promise<void> {
  const walkData = await openEnhancedWalk(page, startUrl(walk.tree));
  const roundTrips = countRoundTrips(page);
  for (const [index, step] of walk.steps.entries()) {
    if (index === walk.steps.length - 1) break;
    await answer(page, step);
    assert.deepEqual(roundTrips.urls, [], `answering ${step.question} loaded nothing`);
    assert.equal(await focusedId(page), 'vraag', `focus is on the new h1 after ${step.question}`);
    if (checkBack && index === 2) {
      const next = await currentQuestion(page);
      await page.goBack();
      assert.equal(await currentQuestion(page), step.question, 'Back shows the previous question');
      assert.equal(await focusedId(page), 'vraag', 'focus is on the h1 after Back');
      await page.goForward();
      assert.equal(await currentQuestion(page), next, 'Forward shows the question again');
    }
  }
  const last = walk.steps.at(-1);
  assert.ok(last);
  await answer(page, last);
  await assertOneOutcomeLoad(page, roundTrips, walkData);
  await assertOutcome(page, walk);
}

/** A walk without JavaScript: every answer is a GET form and a server redirect. */
async function walkPlain(page: Page, walk: Walk): Promise<void> {
  await page.goto(startUrl(walk.tree));
  for (const step of walk.steps) await answer(page, step);
  await assertOutcome(page, walk);
}

describe('a walk through tree hulpverlening', () => {
  it('reaches tweedekans with JavaScript on, without a request per answer', async () => {
    await withPage({}, (page) => walkEnhanced(page, tweedekans, true));
  });

  it('reaches tweedekans with JavaScript off', async () => {
    await withPage({ javaScriptEnabled: false }, (page) => walkPlain(page, tweedekans));
  });

  it('can be done with the keyboard only (Tab, arrows, Space, Enter)', async () => {
    await withPage({}, async (page) => {
      await openEnhancedWalk(page, startUrl(nogNiet.tree));
      for (const step of nogNiet.steps) {
        assert.equal(await currentQuestion(page), step.question);
        if (step.choose) await chooseByKeyboard(page, step.question, step.choose);
        if (step.date) await typeDateByKeyboard(page, step.question, step.date);
        await tabTo(page, 'button[type="submit"]');
        await page.keyboard.press('Enter');
        await page.waitForURL(
          (url) => url.searchParams.get(step.question) === (step.choose ?? step.date),
        );
      }
      await assertOutcome(page, nogNiet);
    });
  });
});

describe('a walk through tree corporaties', () => {
  it('reaches zittende-huurders with JavaScript on, without a request per answer', async () => {
    await withPage({}, (page) => walkEnhanced(page, zittendeHuurders));
  });

  it('reaches zittende-huurders with JavaScript off', async () => {
    await withPage({ javaScriptEnabled: false }, (page) => walkPlain(page, zittendeHuurders));
  });
});

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
  const open = (page: Page, url: string): Promise<string | undefined> =>
    javaScriptEnabled ? openEnhancedWalk(page, url) : page.goto(url).then(() => undefined);

  describe(`errors and changes (${mode})`, () => {
    it('shows an error summary linked to the field when no answer is chosen', async () => {
      await withPage({ javaScriptEnabled }, async (page) => {
        await open(page, startUrl('hulpverlening'));
        await page.getByRole('button', { name: 'Volgende' }).click();
        const summary = page.locator('#foutmelding');
        await summary.waitFor();
        assert.match((await summary.textContent()) ?? '', /Kies een antwoord/);
        if (javaScriptEnabled) assert.equal(await focusedId(page), 'foutmelding');
        const link = summary.locator('a').first();
        assert.equal(await link.getAttribute('href'), '#ontruimd-ja');
        await link.click();
        assert.equal(await focusedId(page), 'ontruimd-ja', 'the link moves focus to the field');
        assert.equal(await currentQuestion(page), 'ontruimd');
      });
    });

    it('refuses an eviction date after the peildatum and keeps the typed date', async () => {
      await withPage({ javaScriptEnabled }, async (page) => {
        await open(page, startUrl('hulpverlening', '&ontruimd=ja&reden=beide'));
        await page.fill('#datum_ontruiming', '2027-01-01');
        await page.getByRole('button', { name: 'Volgende' }).click();
        const summary = page.locator('#foutmelding');
        await summary.waitFor();
        assert.match((await summary.textContent()) ?? '', /die dag is nog niet geweest/);
        assert.equal(await summary.locator('a').first().getAttribute('href'), '#datum_ontruiming');
        const field = page.locator('#datum_ontruiming');
        assert.equal(await field.inputValue(), '2027-01-01', 'the typed date is kept');
        assert.equal(await field.getAttribute('aria-invalid'), 'true');
        assert.match(
          (await page.locator('#datum_ontruiming-fout').textContent()) ?? '',
          /die dag is nog niet geweest/,
        );
        assert.equal(await currentQuestion(page), 'datum_ontruiming');
      });
    });

    it('changes an answer through "Wijzig" on the outcome page and comes back to an outcome', async () => {
      await withPage({ javaScriptEnabled }, async (page) => {
        const answers = tweedekans.steps
          .map((step) => `&${step.question}=${step.choose ?? step.date}`)
          .join('');
        const walkData = await open(page, startUrl('hulpverlening', answers));
        const roundTrips = countRoundTrips(page);
        await page
          .getByRole('link', { name: 'Wijzig het antwoord op: Waarom is uw cliënt' })
          .click();
        await page.waitForURL((url) => url.searchParams.get('wijzig') === 'reden');
        assert.equal(await currentQuestion(page), 'reden');
        assert.equal(await page.isChecked('#reden-beide'), true, 'the earlier answer is selected');
        if (javaScriptEnabled) assert.deepEqual(roundTrips.urls, [], '"Wijzig" loads nothing');
        await answer(page, { question: 'reden', choose: 'overlast' });
        if (walkData) await assertOneOutcomeLoad(page, roundTrips, walkData);
        await assertOutcome(page, {
          ...tweedekans,
          steps: tweedekans.steps.map((step) =>
            step.question === 'reden' ? { ...step, choose: 'overlast' } : step,
          ),
        });
        assert.match((await page.locator('.wkb-answers').textContent()) ?? '', /Overlast/);
      });
    });
  });
}

describe('screenshots for review', () => {
  it('saves a question page and an outcome page at 390 px and 1280 px to test-results/', async () => {
    mkdirSync('test-results', { recursive: true });
    const outcome = tweedekans.steps
      .map((step) => `&${step.question}=${step.choose ?? step.date}`)
      .join('');
    for (const [name, viewport] of Object.entries({ 390: phone, 1280: desktop })) {
      await withPage({ viewport }, async (page) => {
        await page.goto(startUrl('hulpverlening', '&ontruimd=ja&reden=beide'));
        await page.screenshot({ path: `test-results/question-${name}.png`, fullPage: true });
        await page.goto(startUrl('hulpverlening', outcome));
        await page.screenshot({ path: `test-results/outcome-${name}.png`, fullPage: true });
      });
    }
  });
});

async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function chooseByKeyboard(page: Page, question: string, option: string): Promise<void> {
  await tabTo(page, `input[name="${question}"]`);
  for (
    let presses = 0;
    presses < 10 && (await focusedId(page)) !== `${question}-${option}`;
    presses++
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked(`#${question}-${option}`), true, `${option} is chosen`);
}

/** Types a date the Dutch way (dag-maand-jaar, `1-9-2026`) into the date's text field. */
async function typeDateByKeyboard(page: Page, question: string, iso: string): Promise<void> {
  await tabTo(page, `#${question}`);
  const [year, month, day] = iso.split('-').map(Number);
  const typed = `${day}-${month}-${year}`;
  await page.keyboard.type(typed);
  assert.equal(await page.inputValue(`#${question}`), typed);
}
