// Rounds, the form editor and the results in the beheer, through app.request:
// who may do what, what is stored and logged, and what a reader sees.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createRound,
  evaluationTestApp,
  filledIn,
  submit,
} from '../../../../test/support/test-evaluation.ts';
import { getAs, postAs } from '../../../../test/support/test-requests.ts';
import {
  defaultEvaluationForm,
  defaultEvaluationIntro,
} from '../../../core/evaluation/evaluation-default-form.ts';
import { parseEvaluationForm } from '../../../core/evaluation/evaluation-form.ts';
import { stateOfForm } from './form-editor-state.ts';

/** The editor's fields for the default form, as the page renders them. */
function editorFields(change: Record<string, string> = {}): Record<string, string> {
  const state = stateOfForm(defaultEvaluationForm, '');
  const fields: Record<string, string> = { basis: state.basis, inleiding: defaultEvaluationIntro };
  state.parts.forEach((part, p) => {
    fields[`deel-${p}-id`] = part.id;
    fields[`deel-${p}-titel`] = part.title;
    fields[`deel-${p}-advies`] = part.adviceLabel;
    fields[`deel-${p}-nieuw`] = '';
    part.statements.forEach((statement, s) => {
      fields[`deel-${p}-stelling-${s}-id`] = statement.id;
      fields[`deel-${p}-stelling-${s}-tekst`] = statement.text;
      fields[`deel-${p}-stelling-${s}-plaats`] = statement.place;
    });
  });
  return { ...fields, ...change };
}

describe('evaluation in the beheer', () => {
  let setup: Awaited<ReturnType<typeof evaluationTestApp>>;

  before(async () => {
    setup = await evaluationTestApp();
  });
  after(() => setup.close());

  const get = (path: string, as = setup.beheerder) => getAs(setup.app, path, as);

  describe('rounds', () => {
    it('lets a beheerder make a round with the default form, logged in the audit log', async () => {
      const round = await createRound(setup.app, setup.beheerder, { titel: 'Eerste ronde' });
      const stored = await setup.store.evaluationRound(round.id);
      assert.equal(stored?.opensOn, '2026-11-01');
      assert.equal(stored?.closesOn, '2026-12-31');
      assert.deepEqual(
        (await setup.store.evaluationForm(stored?.formId ?? 0))?.definition,
        defaultEvaluationForm,
      );
      const actions = (await setup.store.auditLog()).map((entry) => entry.action);
      assert.deepEqual(actions.slice(0, 2), ['evaluation-round-created', 'evaluation-form-saved']);
      const overview = await (await get('/beheer/evaluatie')).text();
      assert.match(overview, /Eerste ronde/);
      assert.match(overview, /1 november 2026 tot en met 31 december 2026/);
      assert.match(overview, new RegExp(`http://localhost/evaluatie/${round.slug}`));
      assert.match(overview, /<td class="utrecht-table__cell">Open<\/td>/);
    });

    it('lets the beheerder choose whether statements may be left open: yes unless chosen otherwise', async () => {
      const form = await (await get('/beheer/evaluatie/nieuwe-ronde')).text();
      assert.match(form, /<legend[^>]*>Mogen deelnemers een stelling overslaan\?<\/legend>/);
      assert.match(form, /id="open-antwoorden-ja" name="open-antwoorden" value="ja" checked/);
      assert.match(form, /id="open-antwoorden-nee" name="open-antwoorden" value="nee">/);
      const open = await createRound(setup.app, setup.beheerder, { titel: 'Open mag' });
      const required = await createRound(setup.app, setup.beheerder, {
        titel: 'Alles verplicht',
        'open-antwoorden': 'nee',
      });
      assert.equal((await setup.store.evaluationRound(open.id))?.openAnswersAllowed, true);
      assert.equal((await setup.store.evaluationRound(required.id))?.openAnswersAllowed, false);
      const page = await (await get(`/beheer/evaluatie/rondes/${required.id}`)).text();
      assert.match(
        page,
        /<dt class="utrecht-data-list__item-key">Stelling overslaan<\/dt><dd[^>]*>Mag niet: elke stelling moet een antwoord hebben\.</,
      );
      const edit = await (await get(`/beheer/evaluatie/rondes/${required.id}/bewerken`)).text();
      assert.doesNotMatch(edit, /name="open-antwoorden"/);
      await postAs(setup.app, `/beheer/evaluatie/rondes/${required.id}/bewerken`, setup.beheerder, {
        titel: 'Alles verplicht',
        vanaf: '2026-11-01',
        tot: '2026-12-31',
        'open-antwoorden': 'ja',
      });
      assert.equal((await setup.store.evaluationRound(required.id))?.openAnswersAllowed, false);
      const audit = (await setup.store.auditLog()).find(
        (entry) =>
          entry.action === 'evaluation-round-created' && entry.subject === 'Alles verplicht',
      );
      assert.equal((audit?.detail as Record<string, unknown>)?.openAntwoorden, false);
    });

    it('refuses a round without a title or with the end before the start, keeping what was typed', async () => {
      const response = await postAs(setup.app, '/beheer/evaluatie/nieuwe-ronde', setup.beheerder, {
        titel: '',
        vanaf: '10-12-2026',
        tot: '1-12-2026',
      });
      assert.equal(response.status, 422);
      const page = await response.text();
      assert.match(page, /href="#titel">Vul een titel in/);
      assert.match(page, /href="#tot">De einddatum ligt vóór de begindatum/);
      assert.match(page, /name="vanaf" value="10-12-2026"/);
    });

    it('changes the title and dates of a round and closes it early', async () => {
      const round = await createRound(setup.app, setup.beheerder, { titel: 'Wordt gewijzigd' });
      const changed = await postAs(
        setup.app,
        `/beheer/evaluatie/rondes/${round.id}/bewerken`,
        setup.beheerder,
        {
          titel: 'Gewijzigd',
          vanaf: '2026-11-01',
          tot: '2027-01-15',
        },
      );
      assert.equal(changed.status, 303);
      assert.equal((await setup.store.evaluationRound(round.id))?.closesOn, '2027-01-15');
      const closed = await postAs(
        setup.app,
        `/beheer/evaluatie/rondes/${round.id}/sluiten`,
        setup.beheerder,
      );
      assert.equal(closed.status, 303);
      const page = await (await get(`/beheer/evaluatie/rondes/${round.id}?gedaan=gesloten`)).text();
      assert.match(page, /De ronde is gesloten/);
      assert.match(
        page,
        /<dt class="utrecht-data-list__item-key">Status<\/dt><dd[^>]*>Gesloten \(gesloten op/,
      );
      assert.doesNotMatch(page, /Ronde nu sluiten/);
      assert.equal((await setup.app.request(`/evaluatie/${round.slug}`)).status, 410);
      const actions = (await setup.store.auditLog()).map((entry) => entry.action);
      assert.deepEqual(actions.slice(0, 2), [
        'evaluation-round-closed',
        'evaluation-round-changed',
      ]);
    });

    it('answers 404, never 500, for a round that does not exist', async () => {
      for (const path of [
        '/beheer/evaluatie/rondes/999',
        '/beheer/evaluatie/rondes/999/antwoorden.csv',
        '/beheer/evaluatie/rondes/999/bewerken',
        '/beheer/evaluatie/rondes/abc',
      ]) {
        assert.equal((await get(path)).status, 404, path);
      }
      assert.equal(
        (await postAs(setup.app, '/beheer/evaluatie/rondes/999/sluiten', setup.beheerder)).status,
        404,
      );
    });
  });

  describe('an analist', () => {
    it('reads the overview, the results and the CSV, but makes, changes and closes nothing', async () => {
      const round = await createRound(setup.app, setup.beheerder, { titel: 'Voor de analist' });
      const overview = await (await get('/beheer/evaluatie', setup.analist)).text();
      assert.match(overview, /Voor de analist/);
      assert.doesNotMatch(overview, />Nieuwe ronde</);
      assert.doesNotMatch(overview, /Formulier aanpassen/);
      assert.equal((await get(`/beheer/evaluatie/rondes/${round.id}`, setup.analist)).status, 200);
      assert.doesNotMatch(
        await (await get(`/beheer/evaluatie/rondes/${round.id}`, setup.analist)).text(),
        /Ronde nu sluiten/,
      );
      assert.equal(
        (await get(`/beheer/evaluatie/rondes/${round.id}/antwoorden.csv`, setup.analist)).status,
        200,
      );
      assert.equal((await get('/beheer/evaluatie/nieuwe-ronde', setup.analist)).status, 403);
      assert.equal((await get('/beheer/evaluatie/formulier', setup.analist)).status, 403);
      const refused = await postAs(setup.app, '/beheer/evaluatie/nieuwe-ronde', setup.analist, {
        titel: 'X',
        vanaf: '1-1-2027',
        tot: '2-1-2027',
      });
      assert.equal(refused.status, 403);
      assert.equal(
        (await postAs(setup.app, `/beheer/evaluatie/rondes/${round.id}/sluiten`, setup.analist))
          .status,
        403,
      );
      assert.equal((await setup.store.evaluationRound(round.id))?.closedAt, null);
    });
  });

  describe('results', () => {
    it('shows the counts per statement with n, toelichtingen and advice, and the same in the CSV', async () => {
      const round = await createRound(setup.app, setup.beheerder, { titel: 'Tellen' });
      await submit(
        setup.app,
        round.slug,
        filledIn({
          'score-tkb-weet-wat': '5',
          'toelichting-tkb-weet-wat': 'Goed uitgelegd',
          naam: 'Piet',
          functie: 'Consulent',
        }),
      );
      await submit(
        setup.app,
        round.slug,
        filledIn({ 'score-tkb-weet-wat': '5', 'advies-tweedekansbeleid': 'Meer folders' }),
      );
      await submit(setup.app, round.slug, filledIn({ 'score-tkb-weet-wat': '1' }, '3'));
      const page = await (await get(`/beheer/evaluatie/rondes/${round.id}`)).text();
      assert.match(page, /<dt class="utrecht-data-list__item-key">Reacties<\/dt><dd[^>]*>3</);
      // The chart's data for statement 1: 1 × helemaal niet mee eens, 2 × helemaal mee eens, n = 3.
      const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      assert.match(text, /Aantal antwoorden 1 0 0 0 2 3 /);
      assert.match(
        page,
        /n = 3 · open gelaten: 0 · \(helemaal\) mee eens: 67% · gemiddelde score: 3,7/,
      );
      assert.match(
        page,
        /Goed uitgelegd<\/span> <span class="wkb-evaluation-respondent">— Piet, Consulent/,
      );
      assert.match(page, /Meer folders<\/span> <span class="wkb-evaluation-respondent">— anoniem/);

      const csvResponse = await get(`/beheer/evaluatie/rondes/${round.id}/antwoorden.csv`);
      assert.match(csvResponse.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.match(
        csvResponse.headers.get('content-disposition') ?? '',
        /attachment; filename="evaluatie-ronde-\d+-antwoorden\.csv"/,
      );
      const csv = await csvResponse.text();
      const [header = '', ...rows] = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(rows.length, 3);
      const columns = header.split(';');
      assert.deepEqual(columns.slice(0, 6), [
        'datum',
        'naam',
        'functie',
        'stelling overslaan mocht',
        'Tweedekansbeleid 1. Ik weet wat het tweedekansbeleid inhoudt. (antwoord)',
        'Tweedekansbeleid 1. Ik weet wat het tweedekansbeleid inhoudt. (cijfer 1-5)',
      ]);
      assert.equal(columns.length, 4 + 14 * 3 + 2 + 1);
      assert.deepEqual(rows[0]?.split(';').slice(0, 7), [
        '2026-11-28',
        'Piet',
        'Consulent',
        'ja',
        'Helemaal mee eens',
        '5',
        'Goed uitgelegd',
      ]);
      assert.deepEqual(rows[2]?.split(';').slice(4, 10), [
        'Helemaal niet mee eens',
        '1',
        '',
        'Neutraal/weet ik niet',
        '3',
        '',
      ]);
    });

    it('counts statements left open apart from Neutraal, on the page and as empty cells in the CSV', async () => {
      const round = await createRound(setup.app, setup.beheerder, { titel: 'Open gelaten' });
      await submit(setup.app, round.slug, filledIn({ 'score-tkb-weet-wat': '' }, '5'));
      await submit(setup.app, round.slug, filledIn({}, '1'));
      const page = await (await get(`/beheer/evaluatie/rondes/${round.id}`)).text();
      assert.match(
        page,
        /n = 1 · open gelaten: 1 · \(helemaal\) mee eens: 0% · gemiddelde score: 1,0/,
      );
      assert.match(
        page,
        /n = 2 · open gelaten: 0 · \(helemaal\) mee eens: 50% · gemiddelde score: 3,0/,
      );
      assert.match(page, /Stelling overslaan<\/dt><dd[^>]*>Mag wel\./);
      const csv = await (await get(`/beheer/evaluatie/rondes/${round.id}/antwoorden.csv`)).text();
      const [header = '', first = ''] = csv.replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(header.split(';')[3], 'stelling overslaan mocht');
      assert.deepEqual(first.split(';').slice(3, 8), ['ja', '', '', '', 'Helemaal mee eens']);
    });

    it('says so on the compare page when one round allowed open answers and the other did not', async () => {
      const a = await createRound(setup.app, setup.beheerder, {
        titel: 'Verplicht A',
        'open-antwoorden': 'nee',
      });
      const b = await createRound(setup.app, setup.beheerder, { titel: 'Open B' });
      const c = await createRound(setup.app, setup.beheerder, { titel: 'Open C' });
      await submit(setup.app, a.slug, filledIn({}, '3'));
      await submit(setup.app, b.slug, filledIn({ 'score-tkb-weet-wat': '' }, '3'));
      const differ = await (await get(`/beheer/evaluatie/vergelijken?a=${a.id}&b=${b.id}`)).text();
      assert.match(
        differ,
        /role="note"[^>]*>.*In ‘Verplicht A’ moest elke stelling een antwoord hebben\. In ‘Open B’ mochten deelnemers een stelling overslaan\./s,
      );
      assert.match(differ, />Open gelaten eerder</);
      const same = await (await get(`/beheer/evaluatie/vergelijken?a=${b.id}&b=${c.id}`)).text();
      assert.doesNotMatch(same, /moest elke stelling een antwoord hebben/);
    });

    it('compares two rounds per statement with the shift, and explains a wrong choice', async () => {
      const a = await createRound(setup.app, setup.beheerder, { titel: 'Ronde A' });
      const b = await createRound(setup.app, setup.beheerder, { titel: 'Ronde B' });
      await submit(setup.app, a.slug, filledIn({}, '2'));
      await submit(setup.app, a.slug, filledIn({}, '4'));
      await submit(setup.app, b.slug, filledIn({}, '5'));
      const response = await get(
        `/beheer/evaluatie/vergelijken?a=${a.id}&b=${b.id}`,
        setup.analist,
      );
      assert.equal(response.status, 200);
      const page = await response.text();
      assert.match(
        page,
        /Ik weet wat het tweedekansbeleid inhoudt\.<\/td><td class="utrecht-table__cell">2<\/td><td class="utrecht-table__cell">1<\/td><td class="utrecht-table__cell">0<\/td><td class="utrecht-table__cell">0<\/td><td class="utrecht-table__cell">50%<\/td><td class="utrecht-table__cell">100%<\/td><td class="utrecht-table__cell">\+50 procentpunt<\/td><td class="utrecht-table__cell">3,0<\/td><td class="utrecht-table__cell">5,0<\/td><td class="utrecht-table__cell">\+2,0</,
      );
      for (const [query, status] of [
        ['', 400],
        ['?a=x&b=1', 400],
        [`?a=${a.id}&b=${a.id}`, 400],
        [`?a=${a.id}&b=9999`, 404],
      ] as const) {
        const wrong = await get(`/beheer/evaluatie/vergelijken${query}`);
        assert.equal(wrong.status, status, query);
        assert.match(await wrong.text(), /role="alert".*Kies/s);
      }
    });
  });

  describe('the form editor', () => {
    it('saves a new version; an existing round keeps its form, a new round gets the new one', async () => {
      const old = await createRound(setup.app, setup.beheerder, {
        titel: 'Met het oude formulier',
      });
      const basis = String((await setup.store.latestEvaluationForm())?.id);
      const response = await postAs(
        setup.app,
        '/beheer/evaluatie/formulier',
        setup.beheerder,
        editorFields({
          basis,
          'deel-0-stelling-0-tekst': 'Ik ken het tweedekansbeleid goed.',
          'deel-0-stelling-1-weg': 'ja',
          'deel-0-stelling-2-plaats': '0',
          'deel-1-nieuw': 'Ik heb de Woonkansboom deze maand gebruikt.',
        }),
      );
      assert.equal(response.status, 303);
      const latest = await setup.store.latestEvaluationForm();
      assert.notEqual(String(latest?.id), basis);
      const parts = parseEvaluationForm(latest?.definition).parts;
      assert.deepEqual(
        parts[0]?.statements.slice(0, 2).map((s) => s.id),
        ['tkb-info-internet', 'tkb-weet-wat'],
      );
      assert.equal(parts[0]?.statements[1]?.text, 'Ik ken het tweedekansbeleid goed.');
      assert.equal(parts[0]?.statements.length, 7);
      assert.match(parts[1]?.statements[6]?.id ?? '', /^s-[0-9a-f]{8}$/);
      assert.equal((await setup.store.auditLog())[0]?.action, 'evaluation-form-saved');

      const oldForm = await (await setup.app.request(`/evaluatie/${old.slug}`)).text();
      assert.match(oldForm, /Ik weet wat het tweedekansbeleid inhoudt\./);
      assert.doesNotMatch(oldForm, /Ik ken het tweedekansbeleid goed\./);
      const fresh = await createRound(setup.app, setup.beheerder, {
        titel: 'Met het nieuwe formulier',
      });
      const newForm = await (await setup.app.request(`/evaluatie/${fresh.slug}`)).text();
      assert.match(newForm, /Ik ken het tweedekansbeleid goed\./);
      assert.match(newForm, /Ik heb de Woonkansboom deze maand gebruikt\./);
    });

    it('edits the introduction: shown with the default text, saved with the version, shown on the public form', async () => {
      const editor = await (await get('/beheer/evaluatie/formulier')).text();
      assert.match(
        editor,
        /<textarea[^>]*name="inleiding"[^>]*>Met deze vragenlijst willen wij achterhalen/,
      );
      const basis = String((await setup.store.latestEvaluationForm())?.id ?? '');
      const saved = await postAs(
        setup.app,
        '/beheer/evaluatie/formulier',
        setup.beheerder,
        editorFields({ basis, inleiding: 'Welkom bij de **evaluatie**.' }),
      );
      assert.equal(saved.status, 303);
      const latest = parseEvaluationForm((await setup.store.latestEvaluationForm())?.definition);
      assert.equal(latest.intro, 'Welkom bij de **evaluatie**.');
      const round = await createRound(setup.app, setup.beheerder, { titel: 'Nieuwe inleiding' });
      const page = await (await setup.app.request(`/evaluatie/${round.slug}`)).text();
      assert.match(page, /Welkom bij de <strong>evaluatie<\/strong>\./);
      assert.doesNotMatch(page, /Met deze vragenlijst/);
      const back = await postAs(
        setup.app,
        '/beheer/evaluatie/formulier',
        setup.beheerder,
        editorFields({ basis: String((await setup.store.latestEvaluationForm())?.id) }),
      );
      assert.equal(back.status, 303);
    });

    it('refuses an empty statement with the text kept, and a save based on an older version', async () => {
      const basis = String((await setup.store.latestEvaluationForm())?.id ?? '');
      const empty = await postAs(
        setup.app,
        '/beheer/evaluatie/formulier',
        setup.beheerder,
        editorFields({
          basis,
          'deel-1-stelling-3-tekst': ' ',
          'deel-1-titel': 'Woonkansboom (nieuw)',
        }),
      );
      assert.equal(empty.status, 422);
      const page = await empty.text();
      assert.match(
        page,
        /href="#deel-1-stelling-3-tekst">Vul de tekst van stelling 4 bij ‘Woonkansboom \(nieuw\)’ in\./,
      );
      assert.match(page, /name="deel-1-titel" value="Woonkansboom \(nieuw\)"/);
      const stale = await postAs(
        setup.app,
        '/beheer/evaluatie/formulier',
        setup.beheerder,
        editorFields({ basis: '' }),
      );
      assert.equal(stale.status, 409);
      assert.match(await stale.text(), /Iemand anders heeft het formulier opgeslagen/);
      assert.equal(String((await setup.store.latestEvaluationForm())?.id), basis);
    });
  });

  describe('stored script', () => {
    const payload = '<script>alert(1)</script>';

    it('shows a script in a statement, toelichting and name as text on every page, and no formula in the CSV', async () => {
      const basis = String((await setup.store.latestEvaluationForm())?.id ?? '');
      const saved = await postAs(
        setup.app,
        '/beheer/evaluatie/formulier',
        setup.beheerder,
        editorFields({
          basis,
          'deel-0-stelling-0-tekst': `Stelling ${payload}`,
          inleiding: `Inleiding ${payload} [x](javascript:alert(1))`,
        }),
      );
      assert.equal(saved.status, 303);
      const round = await createRound(setup.app, setup.beheerder, { titel: `Ronde ${payload}` });
      const other = await createRound(setup.app, setup.beheerder, { titel: 'Ander' });
      const form = (
        await setup.store.evaluationForm((await setup.store.evaluationRound(round.id))?.formId ?? 0)
      )?.definition as typeof defaultEvaluationForm;
      const stored = await submit(
        setup.app,
        round.slug,
        filledIn(
          {
            'toelichting-tkb-weet-wat': `Let op ${payload}`,
            naam: `=HYPERLINK("x")${payload}`,
            functie: '+31 50 123',
          },
          '4',
          form,
        ),
      );
      assert.equal(stored.status, 303);
      const pages = [
        await (await setup.app.request(`/evaluatie/${round.slug}`)).text(),
        await (await get(`/beheer/evaluatie/rondes/${round.id}`)).text(),
        await (await get(`/beheer/evaluatie/vergelijken?a=${other.id}&b=${round.id}`)).text(),
        await (await get('/beheer/evaluatie/formulier')).text(),
        await (await get('/beheer/evaluatie')).text(),
      ];
      for (const page of pages) {
        assert.doesNotMatch(page, /<script>alert/);
        assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      }
      assert.doesNotMatch(pages[0] ?? '', /javascript:/);
      assert.match(pages[1] ?? '', /Let op &lt;script&gt;/);
      assert.match(pages[1] ?? '', /=HYPERLINK\(&quot;x&quot;\)&lt;script&gt;/);
      const csv = await (await get(`/beheer/evaluatie/rondes/${round.id}/antwoorden.csv`)).text();
      const row = csv.split('\r\n')[1] ?? '';
      assert.match(
        row,
        /^2026-11-28;"'=HYPERLINK\(""x""\)<script>alert\(1\)<\/script>";'\+31 50 123;/,
      );
    });
  });
});
