import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { pdfPageCount, pdfPagePng, pdfText } from '../../../test/support/pdf-read-back.ts';
import { testApp } from '../../../test/support/test-app.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { dutchMonthNames } from '../../core/dates/dutch-date.ts';
import { nextStep } from '../../core/walk/next-step.ts';
import { outcomeActions } from '../../views/outcome-actions.ts';

const app = testApp();

const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
const nogNiet =
  'ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-09-01&bewind=nee';

const informeer =
  'al_ontruimd=ja&woning_in_gemeente=ja&reden=huurachterstand&datum_ontruiming=2022-03-15';
const eerstRegeling =
  'peildatum=2026-06-01&ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=nee&bewind_zonder_regeling=nee';

async function get(path: string) {
  const response = await app.request(path);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the Adviesoverzicht', () => {
  it('is a print page with the answers, outcome, dates and a name field that cannot be sent', async () => {
    const { response, bytes } = await get(`/boom/hulpverlening/advies?${answers}`);
    assert.equal(response.status, 200);
    const body = text(bytes);
    assert.match(body, /<h1 class="utrecht-heading-1">Adviesoverzicht<\/h1>/);
    assert.match(body, /Uw cliënt past bij het tweedekansbeleid/);
    assert.match(body, /data-date="uiterste_aanmelddatum">14 maart 2027</);
    assert.match(body, /Huurachterstand én overlast/);
    assert.match(body, /Wat gebeurt er na de aanmelding\?/);
    const field = /<input[^>]*id="client-name"[^>]*>/.exec(body)?.[0] ?? '';
    assert.ok(field, 'there is a name field');
    assert.doesNotMatch(field, /\bname=/, 'the field has no name, so no form can send it');
    const before = body.slice(0, body.indexOf('id="client-name"'));
    assert.equal(
      (before.match(/<form\b/g) ?? []).length,
      (before.match(/<\/form>/g) ?? []).length,
      'the field is outside any form',
    );
    assert.match(body, /blijft op dit apparaat/);
    assert.match(body, /komt niet in de pdf/);
    assert.match(body, /href="\/boom\/hulpverlening\/advies\.pdf\?[^"]*ontruimd=ja/);
  });

  it('lists the important dates in the order they fall, as the outcome page does', async () => {
    for (const query of [answers, nogNiet, eerstRegeling]) {
      const body = text((await get(`/boom/hulpverlening/advies?${query}`)).bytes);
      const shown = [...body.matchAll(/data-date="[^"]+">([^<]+)</g)].map(
        (match) => match[1] ?? '',
      );
      const iso = shown.map((dutch) => {
        const [day = '', month = '', year = ''] = dutch.split(' ');
        return `${year}-${String(dutchMonthNames.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
      });
      assert.deepEqual(iso, [...iso].sort(), query);
    }
  });

  it('is a PDF of one or two A4 pages with the answers, outcome, verdict and dates', async () => {
    const { response, bytes } = await get(`/boom/hulpverlening/advies.pdf?${answers}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="adviesoverzicht-hulpverlening-2026-11-28\.pdf"$/,
    );
    const pdf = pdfText(bytes);
    for (const expected of [
      'Adviesoverzicht',
      'Advies van 28 november 2026, volgens versie 1 van de regels.',
      'Woonkansboom hulpverlenende instanties.',
      'Past',
      'Uw cliënt past bij het tweedekansbeleid',
      'Uiterste aanmelddatum 14 maart 2027',
      'Aanmelden vanaf 1 november 2026',
      '✓ Er is een hulpverlener die een begeleidingsplan maakt',
      'Waarom is uw cliënt ontruimd? Huurachterstand én overlast',
      'Op welke datum is uw cliënt ontruimd? 15 maart 2022',
      'Sinds wanneer loopt de betalingsregeling goed? 1 mei 2026',
      'Staat uw cliënt onder bewind (bewindvoering)? Nee',
      'Intakegesprek',
      'Woonurgentie Groningen',
    ])
      assert.ok(pdf.includes(expected), `the PDF says "${expected}"`);
    const pages = pdfPageCount(bytes);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    pdfPagePng(bytes, 1, 'test-results/advies-tweedekans-page-1');
    pdfPagePng(bytes, 2, 'test-results/advies-tweedekans-page-2');
  });
});

describe('the handout "Uw tweede kans"', () => {
  it('is one A4 page with the deadline filled in', async () => {
    const { response, bytes } = await get(`/boom/hulpverlening/uitleg-huurder.pdf?${answers}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    const pdf = pdfText(bytes);
    assert.ok(pdf.includes('Uw tweede kans op een huurwoning'));
    assert.ok(pdf.includes('Uw hulpverlener moet u uiterlijk op 14 maart 2027 aanmelden.'));
    assert.ok(pdf.includes('Ga dan naar WIJ Groningen.'));
    assert.equal(pdfPageCount(bytes), 1);
    pdfPagePng(bytes, 1, 'test-results/uitleg-huurder');
  });

  it('prints from a page with the same text', async () => {
    const { response, bytes } = await get(`/boom/hulpverlening/uitleg-huurder?${answers}`);
    assert.equal(response.status, 200);
    assert.match(text(bytes), /Uw hulpverlener moet u uiterlijk op 14 maart 2027 aanmelden\./);
  });

  it('is offered on informeer-tweedekans in tree corporaties, with the deadline', async () => {
    const { response, bytes } = await get(`/boom/corporaties/uitleg-huurder.pdf?${informeer}`);
    assert.equal(response.status, 200);
    assert.ok(
      pdfText(bytes).includes('Uw hulpverlener moet u uiterlijk op 14 maart 2027 aanmelden.'),
    );
  });

  it('stays on one A4 page with both dates, and for a planned eviction', async () => {
    for (const path of [
      `/boom/hulpverlening/uitleg-huurder.pdf?${nogNiet}`,
      '/boom/corporaties/uitleg-huurder.pdf?al_ontruimd=gepland&woning_in_gemeente=ja&reden=huurachterstand&datum_gepland=2027-01-15',
    ]) {
      const { response, bytes } = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(pdfPageCount(bytes), 1, path);
    }
  });

  it('names who decides as the outcome does, not one fixed pair of organisations', async () => {
    const tweedekans = text((await get(`/boom/hulpverlening/advies?${answers}`)).bytes);
    assert.match(tweedekans, /Werkgroep Wonen Plus/);
    const zittend = text(
      (
        await get(
          '/boom/corporaties/advies?al_ontruimd=nee&woning_corporatie=ja&woonproblemen=huurachterstand&dreigt_uitzetting=ja&zelf_opgelost=nee',
        )
      ).bytes,
    );
    assert.match(zittend, /Bureau Woonkans en de corporatie/);
    for (const page of [tweedekans, zittend])
      assert.doesNotMatch(page, /beslissen Woonurgentie Groningen en Bureau Woonkans/);
  });

  it('gives a tenant who must first arrange payments the day to begin by', async () => {
    const { bytes } = await get(`/boom/hulpverlening/uitleg-huurder?${eerstRegeling}`);
    assert.match(text(bytes), /Begin uiterlijk op 14 september 2026 met een betalingsregeling\./);
    assert.match(
      text(bytes),
      /Een hulpverlener meldt u aan\. Hebt u nog geen hulpverlener\? Ga dan naar WIJ Groningen\./,
    );
  });

  it('is refused in Dutch on an outcome it does not belong to', async () => {
    const { response, bytes } = await get(
      '/boom/hulpverlening/uitleg-huurder?ontruimd=ja&reden=opiumwet',
    );
    assert.equal(response.status, 422);
    assert.match(text(bytes), /Geen uitleg voor de huurder bij deze uitkomst/);
  });
});

describe('the calendar file', () => {
  it('imports with the dates of the walk', async () => {
    const { response, bytes } = await get(`/boom/hulpverlening/agenda.ics?${nogNiet}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="woonkansboom-hulpverlening\.ics"$/,
    );
    const calendar = new ICAL.Component(ICAL.parse(text(bytes)));
    const starts = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent).startDate.toString());
    assert.deepEqual(starts, ['2027-03-01', '2027-03-14']);
  });

  it('is refused on an outcome without dates to come', async () => {
    const { response, bytes } = await get(
      '/boom/corporaties/agenda.ics?al_ontruimd=nee&woning_corporatie=nee',
    );
    assert.equal(response.status, 422);
    assert.match(text(bytes), /Geen datums voor uw agenda/);
  });
});

describe('a walk that cannot be taken along', () => {
  for (const path of [
    'advies',
    'advies.pdf',
    'uitleg-huurder',
    'uitleg-huurder.pdf',
    'agenda.ics',
  ]) {
    it(`/${path} without an outcome says so in Dutch (422)`, async () => {
      const { response, bytes } = await get(`/boom/hulpverlening/${path}?ontruimd=ja&reden=beide`);
      assert.equal(response.status, 422);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const body = text(bytes);
      assert.match(body, /Er is nog geen advies/);
      assert.match(body, /href="\/boom\/hulpverlening\?ontruimd=ja&amp;reden=beide"/);
    });
  }

  it('with a refused answer says what is wrong (400)', async () => {
    const { response, bytes } = await get(
      '/boom/hulpverlening/advies.pdf?ontruimd=ja&reden=beide&datum_ontruiming=2030-01-01',
    );
    assert.equal(response.status, 400);
    assert.match(text(bytes), /die dag is nog niet geweest/);
  });

  it('with an unknown tree is not found (404)', async () => {
    const { response } = await get(`/boom/bestaat-niet/advies.pdf?${answers}`);
    assert.equal(response.status, 404);
  });
});

describe('privacy of the take-along routes', () => {
  const paths = ['advies', 'advies.pdf', 'uitleg-huurder', 'uitleg-huurder.pdf', 'agenda.ics'];

  it('set no cookie and keep the answers out of shared caches', async () => {
    for (const path of paths) {
      const { response } = await get(`/boom/hulpverlening/${path}?${answers}`);
      assert.equal(response.headers.get('set-cookie'), null, path);
      assert.equal(response.headers.get('cache-control'), 'no-store', path);
    }
  });

  it('never write answers or dates into the request log', async () => {
    const lines: string[] = [];
    const logged = testApp({ log: (line) => lines.push(line) });
    for (const path of paths) await logged.request(`/boom/hulpverlening/${path}?${answers}`);
    await logged.request('/boom/hulpverlening/advies.pdf?ontruimd=ja');
    assert.equal(lines.length, paths.length + 1);
    for (const line of lines) assert.doesNotMatch(line, /\?|2022|2026|beide|ontruimd=/);
  });
});

describe('outcomeActions', () => {
  const trees = loadDefaultTrees();

  function actions(treeId: string, query: string) {
    const tree = trees.find((candidate) => candidate.id === treeId);
    if (!tree) throw new Error(treeId);
    const step = nextStep(tree, Object.fromEntries(new URLSearchParams(query)), '2026-11-28');
    if (step.status !== 'outcome') throw new Error(`${query} has no outcome`);
    const ctx = {
      tree,
      texts: {},
      version: 1,
      peildatum: '2026-11-28',
      peildatumIsToday: true,
      basePath: `/boom/${treeId}`,
    };
    const markup = outcomeActions(ctx, step).toString();
    return [...markup.matchAll(/<a [^>]*href="([^"]+)" rel="nofollow">([^<]+)<\/a>/g)].map(
      ([, href, label]) => ({ href: (href ?? '').replaceAll('&amp;', '&'), label }),
    );
  }

  it('offers print, PDF, the handout and the calendar on tweedekans, and every link works', async () => {
    const links = actions('hulpverlening', answers);
    assert.deepEqual(
      links.map((link) => link.label),
      [
        'Adviesoverzicht afdrukken',
        'Adviesoverzicht als pdf',
        'Uitleg voor de huurder afdrukken',
        'Uitleg voor de huurder als pdf',
        'Zet de datums in mijn agenda',
      ],
    );
    for (const link of links) {
      assert.match(
        link.href,
        /^\/boom\/hulpverlening\/[a-z.-]+\?versie=1&ontruimd=ja&reden=beide&/,
      );
      const { response } = await get(link.href);
      assert.equal(response.status, 200, link.href);
    }
  });

  it('offers only the Adviesoverzicht on an outcome without handout or dates to come', () => {
    assert.deepEqual(
      actions('hulpverlening', 'ontruimd=ja&reden=opiumwet').map((link) => link.label),
      ['Adviesoverzicht afdrukken', 'Adviesoverzicht als pdf'],
    );
  });

  it('offers the handout and the deadline for the calendar on informeer-tweedekans', () => {
    assert.deepEqual(
      actions('corporaties', informeer).map((link) => link.label),
      [
        'Adviesoverzicht afdrukken',
        'Adviesoverzicht als pdf',
        'Uitleg voor de huurder afdrukken',
        'Uitleg voor de huurder als pdf',
        'Zet de datums in mijn agenda',
      ],
    );
  });
});
