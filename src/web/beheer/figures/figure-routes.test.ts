import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { testBeheerApp } from '../../../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../../../test/support/test-requests.ts';
import { signIn } from '../../../../test/support/test-sign-in.ts';
import { assertNoFormula } from '../../../render/csv-injection.fixture.ts';

type Setup = Awaited<ReturnType<typeof testBeheerApp>>;

const evil = '<script>alert("cijfers")</script>';

async function page(response: Response) {
  const text = await response.text();
  return { text, document: parseHTML(text).document };
}

/** The cells of the "Cijfers per jaar" table, row by row. */
function tableRows(document: Document): string[][] {
  const table = document.querySelector('[aria-label="Cijfers per jaar"] table');
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
  );
}

describe('registration figures under /beheer/cijfers', () => {
  let setup: Setup;
  let beheerder: TestSession & { email: string };
  let analist: TestSession;

  beforeEach(async () => {
    setup = await testBeheerApp();
    beheerder = await signIn(setup.app, setup.store, 'beheerder');
    analist = await signIn(setup.app, setup.store, 'analist');
  });
  afterEach(() => setup.close());

  it('shows the seeded figures with registrations per 100 evictions', async () => {
    const response = await getAs(setup.app, '/beheer/cijfers', analist);
    assert.equal(response.status, 200);
    const { document } = await page(response);
    const rows = tableRows(document);
    assert.deepEqual(
      rows.map((row) => row.slice(0, 4)),
      [
        ['2019', '73', '7', '9,6'],
        ['2020', '48', '6', '12,5'],
        ['2021', '42', '5', '11,9'],
        ['2022', '39', '2', '5,1'],
      ],
    );
    assert.ok(rows.every((row) => row.includes('Bureau Woonkans, jaarrapportage 2022')));
    assert.equal(document.querySelectorAll('figure.wkb-chart').length, 3);
    const svgs = [...document.querySelectorAll('svg[role="img"]')];
    assert.equal(svgs.length, 6);
    for (const svg of svgs) {
      const title = svg.querySelector(`title[id="${svg.getAttribute('aria-labelledby')}"]`);
      assert.ok(title?.textContent);
    }
  });

  it('lets an analist read but not edit', async () => {
    const { document } = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    assert.equal(
      document.querySelectorAll('a[href$="/bewerken"], a[href^="/beheer/cijfers/nieuw"]').length,
      0,
    );
    assert.equal((await getAs(setup.app, '/beheer/cijfers/nieuw', analist)).status, 403);
    assert.equal(
      (await getAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', analist)).status,
      403,
    );
    const post = await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', analist, {
      ontruimingen: '1',
      aanmeldingen: '1',
      toelichting: 'x',
    });
    assert.equal(post.status, 403);
    assert.equal((await setup.store.registrationFigure(2022))?.evictions, 39);
    const anonymous = await getAs(setup.app, '/beheer/cijfers', undefined);
    assert.equal(anonymous.status, 303);
  });

  it('adds a year and writes the audit log', async () => {
    const form = await page(await getAs(setup.app, '/beheer/cijfers/nieuw', beheerder));
    assert.ok(form.document.querySelector('input[name="_csrf"]'));
    const response = await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, {
      jaar: '2023',
      ontruimingen: '',
      aanmeldingen: '9',
      toelichting: 'Bureau Woonkans, jaarrapportage 2023',
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/beheer/cijfers?gedaan=toegevoegd');
    const { document, text } = await page(
      await getAs(setup.app, '/beheer/cijfers?gedaan=toegevoegd', beheerder),
    );
    assert.match(text, /Het jaar is toegevoegd/);
    // A beheerder's table: the edit link right after the year, visible without scrolling sideways.
    assert.deepEqual(tableRows(document)[4]?.slice(0, 5), [
      '2023',
      'Wijzig de cijfers van 2023',
      '–onbekend',
      '9',
      '–onbekend',
    ]);
    const [entry] = await setup.store.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'figures-added');
    assert.equal(entry?.actor, beheerder.email);
    assert.deepEqual(entry?.detail, {
      jaar: 2023,
      ontruimingen: '(leeg)',
      aanmeldingen: '9',
      toelichting: 'Bureau Woonkans, jaarrapportage 2023',
    });
  });

  it('asks to confirm more registrations than evictions, and warns about the year on the page', async () => {
    const fields = {
      jaar: '2023',
      ontruimingen: '39',
      aanmeldingen: '50',
      toelichting: 'Bureau Woonkans, jaarrapportage 2023',
    };
    const refused = await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, fields);
    assert.equal(refused.status, 422);
    const form = await page(refused);
    assert.match(
      form.document.querySelector('#aanmeldingen-fout')?.textContent ?? '',
      /meer aanmeldingen \(50\) dan ontruimingen \(39\)/,
    );
    assert.equal(
      form.document.querySelector('#aanmeldingen')?.getAttribute('aria-invalid'),
      'true',
    );
    assert.ok(form.document.querySelector('#foutmelding a[href="#aanmeldingen"]'));
    assert.ok(form.document.querySelector('input[type="checkbox"][name="bevestigd"]'));
    assert.equal(await setup.store.registrationFigure(2023), undefined);

    const confirmed = await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, {
      ...fields,
      bevestigd: 'ja',
    });
    assert.equal(confirmed.status, 303);
    const overview = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    const warning = overview.document.querySelector('.wkb-figures-warnings');
    assert.match(warning?.textContent ?? '', /2023: 50 aanmeldingen, 39 ontruimingen/);
    assert.match(tableRows(overview.document)[4]?.[3] ?? '', /Meer aanmeldingen dan ontruimingen/);
  });

  it('refuses a changed number without a new source, at the source field', async () => {
    const response = await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder, {
      ontruimingen: '39',
      aanmeldingen: '3',
      toelichting: 'Bureau Woonkans, jaarrapportage 2022',
    });
    assert.equal(response.status, 422);
    const { document } = await page(response);
    assert.match(
      document.querySelector('#toelichting-fout')?.textContent ?? '',
      /U heeft een cijfer veranderd\. Schrijf erbij waar het nieuwe cijfer vandaan komt/,
    );
    assert.equal(document.querySelector('#toelichting')?.getAttribute('aria-invalid'), 'true');
    assert.equal(document.querySelector('#aanmeldingen')?.getAttribute('value'), '3');
    assert.equal((await setup.store.registrationFigure(2022))?.registrations, 2);
  });

  it('corrects a figure and logs the old and new values', async () => {
    const form = await page(
      await getAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder),
    );
    assert.equal(form.document.querySelector('#ontruimingen')?.getAttribute('value'), '39');
    const response = await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder, {
      ontruimingen: '40',
      aanmeldingen: '2',
      toelichting: 'Gecorrigeerd volgens jaarrapportage 2023',
    });
    assert.equal(response.status, 303);
    const { document } = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    assert.deepEqual(tableRows(document)[3]?.slice(0, 4), ['2022', '40', '2', '5']);
    const [entry] = await setup.store.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'figures-changed');
    assert.deepEqual(entry?.detail, {
      jaar: 2022,
      ontruimingen: '39 → 40',
      toelichting:
        'Bureau Woonkans, jaarrapportage 2022 → Gecorrigeerd volgens jaarrapportage 2023',
    });
  });

  it('refuses invalid input with 422, an error summary linking to the fields, and keeps what was typed', async () => {
    const response = await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, {
      jaar: '1999',
      ontruimingen: '-3',
      aanmeldingen: '2,5',
      toelichting: evil,
    });
    assert.equal(response.status, 422);
    const { document, text } = await page(response);
    const summary = document.querySelector('.wkb-error-summary');
    assert.ok(summary);
    assert.ok(
      text.indexOf('wkb-error-summary') <
        text.indexOf('<form method="post" action="/beheer/cijfers/nieuw"'),
    );
    assert.deepEqual(
      [...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
      ['#jaar', '#ontruimingen', '#aanmeldingen'],
    );
    assert.equal(document.querySelector('#jaar')?.getAttribute('value'), '1999');
    assert.equal(document.querySelector('#ontruimingen')?.getAttribute('value'), '-3');
    assert.equal(document.querySelector('#aanmeldingen')?.getAttribute('value'), '2,5');
    // Escaped inside the textarea, so the browser shows exactly what was typed.
    assert.match(
      text,
      /id="toelichting"[^>]*>&lt;script&gt;alert\(&quot;cijfers&quot;\)&lt;\/script&gt;<\/textarea>/,
    );
    assert.doesNotMatch(text, /<script>alert/);
    assert.match(document.title, /^Fout: /);
    assert.equal((await setup.store.registrationFigures()).length, 4);
  });

  it('refuses a year that is already there, and an empty form, without a server error', async () => {
    const duplicate = await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, {
      jaar: '2021',
      aanmeldingen: '1',
      toelichting: 'x',
    });
    assert.equal(duplicate.status, 422);
    assert.match(await duplicate.text(), /Voor 2021 zijn er al cijfers/);
    assert.equal((await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, {})).status, 422);
    assert.equal(
      (await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder, {})).status,
      422,
    );
    assert.equal(
      (await getAs(setup.app, '/beheer/cijfers/jaar/2030/bewerken', beheerder)).status,
      404,
    );
    assert.equal((await getAs(setup.app, '/beheer/cijfers/abc/bewerken', beheerder)).status, 404);
    assert.equal(
      (await postAs(setup.app, '/beheer/cijfers/99999/bewerken', beheerder, {})).status,
      404,
    );
  });

  it('shows a <script> in a note as text on the page, in the SVG and in the CSV', async () => {
    await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder, {
      ontruimingen: '39',
      aanmeldingen: '2',
      toelichting: evil,
    });
    const { document, text } = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    assert.doesNotMatch(text, /<script>alert/);
    assert.equal(document.querySelectorAll('main script, svg script').length, 0);
    assert.ok(tableRows(document)[3]?.includes(evil));
    const svgTitles = [...document.querySelectorAll('#cijfers-per-jaar svg circle title')].map(
      (title) => title.textContent,
    );
    assert.ok(svgTitles.some((title) => title?.includes(evil)));
    const csv = await getAs(setup.app, '/beheer/cijfers/cijfers.csv', analist);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const body = await csv.text();
    assert.ok(body.includes(`"${evil.replaceAll('"', '""')}"`));
    assert.ok(body.includes('2019;73;7;9,6;'));
  });

  it('never starts a formula in the CSV, also after a comma in a note (review D8)', async () => {
    await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder, {
      ontruimingen: '39',
      aanmeldingen: '2',
      toelichting: "Goed idee,=cmd|' /C calc'!A0",
    });
    const body = await (await getAs(setup.app, '/beheer/cijfers/cijfers.csv', analist)).text();
    assert.ok(body.includes("Goed idee,'=cmd"));
    assertNoFormula(body, 'cijfers.csv');
  });

  it('counts the walks that ended at the tweedekansbeleid per year', async () => {
    const walk = (day: string, outcomeId: string, count: number) => ({
      day,
      kind: 'outcome-reached',
      treeId: 'hulpverlening',
      treeVersion: 1,
      orgType: 'wij',
      nodeId: '',
      outcomeId,
      verdict: 'past',
      count,
    });
    await setup.store.addUsageCounts([
      walk('2023-02-01', 'tweedekans', 4),
      walk('2023-11-30', 'tweedekans', 3),
      walk('2023-05-05', 'nog-niet', 2),
      walk('2024-01-01', 'wonenplus', 50),
    ]);
    const { document } = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    const rows = tableRows(document);
    assert.deepEqual(rows[4]?.slice(0, 6), [
      '2023',
      '–onbekend',
      '–onbekend',
      '–onbekend',
      '7',
      '2',
    ]);
    assert.equal(rows[0]?.[4], '–onbekend', 'before walks were counted');
    const walkTable = document.querySelector('#cijfers-wandelingen table');
    assert.match(walkTable?.textContent ?? '', /2023\s*7\s*2/);
  });

  it('marks the live date: the first publication by default, or the date a beheerder sets', async () => {
    const first = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    assert.match(first.text, /de dag waarop de eerste versie werd gepubliceerd/);
    const refused = await postAs(setup.app, '/beheer/cijfers/live-sinds/bewerken', beheerder, {
      datum: '31-2-2023',
    });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /value="31-2-2023"/);
    const saved = await postAs(setup.app, '/beheer/cijfers/live-sinds/bewerken', beheerder, {
      datum: '14-3-2023',
    });
    assert.equal(saved.status, 303);
    assert.equal(await setup.store.setting('woonkansboom-live-sinds'), '2023-03-14');
    const { document, text } = await page(await getAs(setup.app, '/beheer/cijfers', analist));
    assert.match(text, /De Woonkansboom is live sinds 14 maart 2023\./);
    const marker = document.querySelector('#cijfers-per-100 svg g.wkb-chart-markering-tekst');
    assert.match(marker?.textContent ?? '', /Woonkansboom live\s?sinds 14 maart 2023/);
    const [entry] = await setup.store.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'live-date-changed');
    assert.deepEqual(entry?.detail, { datum: '(eerste versie) → 2023-03-14' });
    await postAs(setup.app, '/beheer/cijfers/live-sinds/bewerken', beheerder, { datum: '' });
    assert.equal(await setup.store.setting('woonkansboom-live-sinds'), undefined);
  });
});
