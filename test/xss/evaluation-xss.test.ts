// Stored XSS, evaluation: a beheerder puts the hostile payload in
// part titles, statements, the advice label and round titles through the
// beheer forms; respondents put it, with a spreadsheet formula and template
// braces, in every free-text answer. Every page shows it as inert text, and
// the CSV never starts a cell with a formula.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import { parseEvaluationForm } from '../../src/core/evaluation/evaluation-form.ts';
import { createRound, evaluationTestApp, filledIn, submit } from '../support/test-evaluation.ts';
import { submitPage } from '../support/test-form.ts';
import { getAs } from '../support/test-requests.ts';
import {
  csvProblems,
  csvRows,
  formulaPayload,
  hostile,
  htmlProblems,
  shownText,
  tagged,
  templatePayload,
} from './inert-markup.ts';

type Setup = Awaited<ReturnType<typeof evaluationTestApp>>;

const [firstPart, secondPart] = defaultEvaluationForm.parts;
const firstStatement = firstPart?.statements[0];

const typed = {
  partTitle: tagged('XE001'),
  statement: tagged('XE002'),
  adviceLabel: tagged('XE003'),
  newStatement: tagged('XE004'),
  roundA: tagged('XE005'),
  roundB: tagged('XE006'),
  note: `XE007 ${hostile} ${templatePayload}`,
  advice: `${formulaPayload} XE008 ${hostile}`,
  name: `XE009 ${hostile}`,
  function: '@SUM(1+1) XE010 <b>',
};

describe('the evaluation with a script payload in every text', () => {
  let setup: Setup;
  let roundA: { id: number; slug: string };
  let roundB: { id: number; slug: string };

  before(async () => {
    setup = await evaluationTestApp();
    assert.ok(firstPart && secondPart && firstStatement);
    const saved = await submitPage(setup.app, setup.beheerder, '/beheer/evaluatie/formulier', {
      'deel-0-titel': typed.partTitle,
      'deel-0-stelling-0-tekst': typed.statement,
      'deel-0-advies': typed.adviceLabel,
      'deel-1-nieuw': typed.newStatement,
    });
    assert.equal(saved.status, 303, await saved.clone().text());
    // Every statement required, so a form without scores is refused and shown again.
    roundA = await createRound(setup.app, setup.beheerder, {
      titel: typed.roundA,
      'open-antwoorden': 'nee',
    });
    roundB = await createRound(setup.app, setup.beheerder, { titel: 'Tweede ronde' });
    const renamed = await submitPage(
      setup.app,
      setup.beheerder,
      `/beheer/evaluatie/rondes/${roundB.id}/bewerken`,
      { titel: typed.roundB },
    );
    assert.equal(renamed.status, 303);
    const form = parseEvaluationForm((await setup.store.latestEvaluationForm())?.definition);
    for (const round of [roundA, roundB]) {
      const response = await submit(
        setup.app,
        round.slug,
        filledIn(
          {
            [`toelichting-${firstStatement.id}`]: typed.note,
            [`advies-${firstPart.id}`]: typed.advice,
            naam: typed.name,
            functie: typed.function,
          },
          '4',
          form,
        ),
      );
      assert.equal(response.status, 303);
    }
  });
  after(() => setup.close());

  async function inert(path: string): Promise<string> {
    const response = await getAs(setup.app, path, setup.beheerder);
    assert.equal(response.status, 200, path);
    const body = await response.text();
    assert.deepEqual(htmlProblems(body, path), []);
    return shownText(body);
  }

  it('shows the public form with part title, statements and advice label as text', async () => {
    const text = await inert(`/evaluatie/${roundA.slug}`);
    for (const value of [typed.partTitle, typed.statement, typed.adviceLabel, typed.newStatement]) {
      assert.ok(text.includes(value), value);
    }
    await inert(`/evaluatie/${roundA.slug}/bedankt`);
  });

  it('gives every answer back as typed when the form is refused (422)', async () => {
    assert.ok(firstPart && firstStatement);
    const response = await submit(setup.app, roundA.slug, {
      sleutel: 'sleutel-xss-000000000000000000',
      [`toelichting-${firstStatement.id}`]: typed.note,
      [`advies-${firstPart.id}`]: typed.advice,
      naam: typed.name,
      functie: typed.function,
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.deepEqual(htmlProblems(body, '422 page'), []);
    const text = shownText(body);
    for (const value of [typed.note, typed.advice, typed.name, typed.function]) {
      assert.ok(text.includes(value), value);
    }
  });

  it('shows the round overview, the results and the edit page with every text as typed', async () => {
    const overview = await inert('/beheer/evaluatie');
    assert.ok(overview.includes(typed.roundA) && overview.includes(typed.roundB));
    const results = await inert(`/beheer/evaluatie/rondes/${roundA.id}`);
    for (const value of [
      typed.roundA,
      typed.partTitle,
      typed.statement,
      typed.note,
      typed.advice,
      typed.name,
      typed.function,
    ]) {
      assert.ok(results.includes(value), value);
    }
    const edit = await inert(`/beheer/evaluatie/rondes/${roundB.id}/bewerken`);
    assert.ok(edit.includes(typed.roundB));
  });

  it('shows the form editor with every text in its field as typed', async () => {
    const text = await inert('/beheer/evaluatie/formulier');
    for (const value of [typed.partTitle, typed.statement, typed.adviceLabel, typed.newStatement]) {
      assert.ok(text.includes(value), value);
    }
  });

  it('compares the two rounds with titles and statements as text', async () => {
    const text = await inert(`/beheer/evaluatie/vergelijken?a=${roundA.id}&b=${roundB.id}`);
    for (const value of [typed.roundA, typed.roundB, typed.partTitle, typed.statement]) {
      assert.ok(text.includes(value), value);
    }
  });

  it('writes the answers to CSV with an apostrophe before every formula', async () => {
    const response = await getAs(
      setup.app,
      `/beheer/evaluatie/rondes/${roundA.id}/antwoorden.csv`,
      setup.analist,
    );
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    const csv = await response.text();
    assert.deepEqual(csvProblems(csv), []);
    const rows = csvRows(csv);
    const cells = rows.flat();
    assert.ok(cells.includes(`'${typed.advice}`), 'the advice starts with an apostrophe');
    assert.ok(cells.includes(`'${typed.function}`), 'an @ start gets one too');
    assert.ok(cells.includes(typed.note) && cells.includes(typed.name), 'other texts as typed');
  });

  it('lists the changes in the audit log as text', async () => {
    const text = await inert('/beheer/logboek');
    assert.ok(text.includes('XE00'), 'a round title or form change is logged');
  });
});
