// Stored XSS, registration figures: the hostile payload, a
// spreadsheet formula and template braces in a year's source note (added and
// corrected through the beheer forms) are shown as inert text on the figures
// page with its SVG charts, on the edit form (also when refused) and in the
// audit log, and the CSV starts no cell with a formula.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { testBeheerApp } from '../support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../support/test-requests.ts';
import { signIn } from '../support/test-sign-in.ts';
import {
  csvProblems,
  csvRows,
  formulaPayload,
  hostile,
  htmlProblems,
  shownText,
  svgProblems,
  templatePayload,
} from './inert-markup.ts';

const added = `${formulaPayload} XG001 ${hostile} ${templatePayload}`;
const corrected = `XG002 ${hostile}`;

describe('registration figures with a script payload in the source notes', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let beheerder: TestSession;

  before(async () => {
    setup = await testBeheerApp();
    beheerder = await signIn(setup.app, setup.store, 'beheerder');
    const add = await postAs(setup.app, '/beheer/cijfers/nieuw', beheerder, {
      jaar: '2023',
      ontruimingen: '30',
      aanmeldingen: '4',
      toelichting: added,
    });
    assert.equal(add.status, 303);
    const correct = await postAs(setup.app, '/beheer/cijfers/jaar/2022/bewerken', beheerder, {
      ontruimingen: '39',
      aanmeldingen: '3',
      toelichting: corrected,
    });
    assert.equal(correct.status, 303);
  });
  after(() => setup.close());

  async function inert(path: string, status = 200): Promise<{ text: string; body: string }> {
    const response = await getAs(setup.app, path, beheerder);
    assert.equal(response.status, status, path);
    const body = await response.text();
    assert.deepEqual(htmlProblems(body, path), []);
    return { text: shownText(body), body };
  }

  it('shows the notes on the figures page as text, beside inert SVG charts', async () => {
    const { text, body } = await inert('/beheer/cijfers');
    assert.ok(text.includes(added), 'the added note as typed');
    assert.ok(text.includes(corrected), 'the corrected note as typed');
    const { document } = parseHTML(body);
    const charts = [...document.querySelectorAll('svg')];
    assert.ok(charts.length >= 3, 'the page has its charts');
    for (const chart of charts) assert.deepEqual(svgProblems(chart.outerHTML, 'chart'), []);
  });

  it('gives the note back in the edit form, and again when the form is refused', async () => {
    const edit = await inert('/beheer/cijfers/jaar/2023/bewerken');
    assert.ok(edit.text.includes(added));
    const refused = await postAs(setup.app, '/beheer/cijfers/jaar/2023/bewerken', beheerder, {
      ontruimingen: 'veel',
      aanmeldingen: '4',
      toelichting: `XG003 ${hostile}`,
    });
    assert.equal(refused.status, 422);
    const body = await refused.text();
    assert.deepEqual(htmlProblems(body, '422'), []);
    assert.ok(shownText(body).includes(`XG003 ${hostile}`));
  });

  it('writes the notes to CSV with an apostrophe before a formula', async () => {
    const response = await getAs(setup.app, '/beheer/cijfers/cijfers.csv', beheerder);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    const csv = await response.text();
    assert.deepEqual(csvProblems(csv), []);
    const cells = csvRows(csv).flat();
    assert.ok(cells.includes(`'${added}`), 'the formula note starts with an apostrophe');
    assert.ok(cells.includes(corrected));
  });

  it('logs the notes as text in the audit log', async () => {
    const { text } = await inert('/beheer/logboek');
    assert.ok(text.includes('XG001') && text.includes('XG002'));
  });
});
