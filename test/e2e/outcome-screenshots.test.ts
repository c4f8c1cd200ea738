// Screenshots for review: the outcome pages and tenant handouts the
// amended SPEC changed, at 375 px and 1280 px wide, into
// test-results/issue-11/. Each page is checked for something real first (its
// badge and title, the deadline where there is one) and for horizontal
// overflow, so a screenshot is never of a wrong or broken page.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { desktop, startServerAndChromium } from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

const folder = 'test-results/issue-11';
const peildatum = '2026-11-28';

interface Shot {
  name: string;
  tree: 'hulpverlening' | 'corporaties';
  /** '' for the walk page, 'uitleg-huurder' for the tenant handout. */
  resource: '' | 'uitleg-huurder';
  answers: Record<string, string>;
  peildatum?: string;
  /** Outcome pages: the badge and its tone. */
  badge?: { text: string; tone: string };
  title: RegExp;
  /** Text that must be on the page, such as the deadline. */
  shows: RegExp[];
}

const tweedekans = {
  ontruimd: 'ja',
  reden: 'beide',
  datum_ontruiming: '2022-03-15',
  huurschuld: 'ja',
  regeling: 'ja',
  datum_regeling: '2026-05-01',
  bewind: 'nee',
  hulpverlening: 'ja',
};
const bijOntruiming = {
  al_ontruimd: 'gepland',
  woning_in_gemeente: 'ja',
  reden: 'huurachterstand',
  datum_gepland: '2027-01-15',
};

const shots: Shot[] = [
  {
    name: 'hulpverlening-tweedekans',
    tree: 'hulpverlening',
    resource: '',
    answers: tweedekans,
    badge: { text: 'Past', tone: 'positive' },
    title: /past bij het tweedekansbeleid/,
    shows: [/14 maart 2027/, /1 november 2026/],
  },
  {
    name: 'hulpverlening-eerst-regeling',
    tree: 'hulpverlening',
    resource: '',
    peildatum: '2026-06-01',
    answers: {
      ontruimd: 'ja',
      reden: 'huurachterstand',
      datum_ontruiming: '2022-03-15',
      huurschuld: 'ja',
      regeling: 'nee',
      bewind_zonder_regeling: 'nee',
    },
    badge: { text: 'Eerst een regeling', tone: 'action' },
    title: /Eerst een betalingsregeling nodig/,
    shows: [/14 maart 2027/, /14 september 2026/],
  },
  {
    name: 'hulpverlening-termijn-verlopen',
    tree: 'hulpverlening',
    resource: '',
    peildatum: '2027-03-15',
    answers: { ontruimd: 'ja', reden: 'huurachterstand', datum_ontruiming: '2022-03-15' },
    badge: { text: 'Termijn voorbij', tone: 'neutral' },
    title: /termijn voor het tweedekansbeleid is voorbij/,
    shows: [/15 maart 2022/, /14 maart 2027/],
  },
  {
    name: 'hulpverlening-uitgesloten-opiumwet',
    tree: 'hulpverlening',
    resource: '',
    answers: { ontruimd: 'ja', reden: 'opiumwet' },
    badge: { text: 'Past niet', tone: 'negative' },
    title: /Opiumwet/,
    shows: [/Bureau Woonkans/],
  },
  {
    name: 'hulpverlening-datum-onbekend',
    tree: 'hulpverlening',
    resource: '',
    answers: { ontruimd: 'ja', reden: 'overlast', datum_ontruiming: 'onbekend' },
    badge: { text: 'Datum nodig', tone: 'action' },
    title: /Zoek eerst de datum op/,
    shows: [/Bureau Woonkans/],
  },
  {
    name: 'corporaties-informeer-tweedekans',
    tree: 'corporaties',
    resource: '',
    answers: {
      al_ontruimd: 'ja',
      woning_in_gemeente: 'ja',
      reden: 'beide',
      datum_ontruiming: '2022-03-15',
    },
    badge: { text: 'Informeer de huurder', tone: 'action' },
    title: /Vertel de huurder over het tweedekansbeleid/,
    shows: [/14 maart 2027/],
  },
  {
    name: 'corporaties-informeer-bij-ontruiming',
    tree: 'corporaties',
    resource: '',
    answers: bijOntruiming,
    badge: { text: 'Informeer de huurder', tone: 'action' },
    title: /Vertel de huurder nu al over de tweede kans/,
    shows: [/15 januari 2027/, /14 januari 2032/],
  },
  {
    name: 'handout-tweedekans',
    tree: 'hulpverlening',
    resource: 'uitleg-huurder',
    answers: tweedekans,
    title: /.+/,
    shows: [/14 maart 2027/, /Een hulpverlener meldt u aan/],
  },
  {
    name: 'handout-informeer-bij-ontruiming',
    tree: 'corporaties',
    resource: 'uitleg-huurder',
    answers: bijOntruiming,
    title: /.+/,
    shows: [/15 januari 2027/, /14 januari 2032/],
  },
];

const widths = { 375: { width: 375, height: 812 }, 1280: desktop };

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync(folder, { recursive: true });
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function shotUrl(shot: Shot): string {
  const query = new URLSearchParams({ peildatum: shot.peildatum ?? peildatum, ...shot.answers });
  const path = shot.resource ? `/boom/${shot.tree}/${shot.resource}` : `/boom/${shot.tree}`;
  return `${server.url}${path}?${query}`;
}

async function assertPage(page: Page, shot: Shot, width: number): Promise<void> {
  const where = `${shot.name} at ${width} px`;
  if (shot.badge) {
    const badge = page.locator('.wkb-outcome');
    assert.equal(await badge.count(), 1, `${where}: an outcome`);
    assert.match(
      (await badge.getAttribute('class')) ?? '',
      new RegExp(`wkb-outcome--tone-${shot.badge.tone}\\b`),
      `${where}: tone`,
    );
    assert.equal(
      ((await page.locator('.wkb-outcome__verdict').textContent()) ?? '').trim(),
      shot.badge.text,
      `${where}: badge`,
    );
  }
  assert.match((await page.locator('h1').first().textContent()) ?? '', shot.title, where);
  const text = (await page.locator('main').textContent()) ?? '';
  for (const expected of shot.shows) assert.match(text, expected, where);
  assert.doesNotMatch(text, /datum nog niet bekend|peildatum/i, `${where}: public wording`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${where}: the page is ${overflow} px wider than the window`);
}

describe('screenshots of the changed outcome pages and handouts', () => {
  for (const shot of shots) {
    it(`${shot.name} at 375 px and 1280 px`, async () => {
      for (const [width, viewport] of Object.entries(widths)) {
        const context = await browser.newContext({ viewport });
        try {
          const page = await context.newPage();
          const response = await page.goto(shotUrl(shot));
          assert.equal(response?.status(), 200, shot.name);
          await page.waitForLoadState('networkidle');
          await assertPage(page, shot, Number(width));
          await page.screenshot({ path: `${folder}/${shot.name}-${width}.png`, fullPage: true });
        } finally {
          await context.close();
        }
      }
    });
  }
});
