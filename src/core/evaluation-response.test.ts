import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultEvaluationForm } from './evaluation-default-form.ts';
import { allStatements } from './evaluation-form.ts';
import { readEvaluationResponse, responseFields } from './evaluation-response.ts';

const statements = allStatements(defaultEvaluationForm);

function allScored(score = '4'): Record<string, string> {
  return Object.fromEntries(
    statements.map((statement) => [responseFields.score(statement.id), score]),
  );
}

describe('reading a filled-in questionnaire', () => {
  it('accepts a score for every statement, with every text left empty, as anonymous', () => {
    const read = readEvaluationResponse(defaultEvaluationForm, {
      ...allScored(),
      naam: ' ',
      functie: '',
    });
    assert.ok(read.ok);
    assert.equal(Object.keys(read.submission.answers.scores).length, 14);
    assert.deepEqual(read.submission.answers.notes, {});
    assert.equal(read.submission.name, null);
    assert.equal(read.submission.function, null);
  });

  it('keeps toelichtingen, advice, name and function, trimmed', () => {
    const read = readEvaluationResponse(defaultEvaluationForm, {
      ...allScored('2'),
      'toelichting-tkb-opiumwet': '  Iedereen verdient een kans.\r\nOok hier. ',
      'advies-woonkansboom': 'Meer voorbeelden',
      naam: ' Anna   de Vries ',
      functie: 'Casemanager',
    });
    assert.ok(read.ok);
    assert.equal(
      read.submission.answers.notes['tkb-opiumwet'],
      'Iedereen verdient een kans.\nOok hier.',
    );
    assert.equal(read.submission.answers.advice.woonkansboom, 'Meer voorbeelden');
    assert.equal(read.submission.answers.scores['wkb-aanraden'], 2);
    assert.equal(read.submission.name, 'Anna de Vries');
    assert.equal(read.submission.function, 'Casemanager');
  });

  it('asks for a score on every statement left open or answered outside the scale, in form order', () => {
    const fields = allScored();
    delete fields['score-tkb-voorwaarden'];
    fields['score-wkb-vindbaar'] = '6';
    const read = readEvaluationResponse(defaultEvaluationForm, fields);
    assert.ok(!read.ok);
    assert.deepEqual(read.problems, [
      {
        field: 'score-tkb-voorwaarden',
        code: 'required',
        message: 'Kies een antwoord bij stelling 4 van ‘Tweedekansbeleid’.',
      },
      {
        field: 'score-wkb-vindbaar',
        code: 'required',
        message: 'Kies een antwoord bij stelling 5 van ‘De Woonkansboom’.',
      },
    ]);
  });

  it('refuses texts that are too long and says how long they may be', () => {
    const read = readEvaluationResponse(defaultEvaluationForm, {
      ...allScored(),
      'toelichting-wkb-duidelijk': 'a'.repeat(2001),
      naam: 'n'.repeat(201),
    });
    assert.ok(!read.ok);
    assert.deepEqual(
      read.problems.map((problem) => problem.field),
      ['toelichting-wkb-duidelijk', 'naam'],
    );
    assert.match(read.problems[0]?.message ?? '', /hoogstens 2000 tekens\. Nu zijn het er 2001/);
  });
});
