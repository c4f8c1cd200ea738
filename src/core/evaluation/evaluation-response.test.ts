import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultEvaluationForm } from './evaluation-default-form.ts';
import { allStatements } from './evaluation-form.ts';
import {
  parseEvaluationAnswers,
  readEvaluationResponse,
  responseFields,
} from './evaluation-response.ts';

const statements = allStatements(defaultEvaluationForm);

function allScored(score = '4'): Record<string, string> {
  return Object.fromEntries(
    statements.map((statement) => [responseFields.score(statement.id), score]),
  );
}

const required = { openAnswersAllowed: false };

describe('reading a filled-in questionnaire', () => {
  it('accepts a score for every statement, with every text left empty, as anonymous', () => {
    const read = readEvaluationResponse(
      defaultEvaluationForm,
      { ...allScored(), naam: ' ', functie: '' },
      required,
    );
    assert.ok(read.ok);
    assert.equal(Object.keys(read.submission.answers.scores).length, 14);
    assert.deepEqual(read.submission.answers.notes, {});
    assert.equal(read.submission.name, null);
    assert.equal(read.submission.function, null);
  });

  it('keeps toelichtingen, advice, name and function, trimmed', () => {
    const read = readEvaluationResponse(
      defaultEvaluationForm,
      {
        ...allScored('2'),
        'toelichting-tkb-opiumwet': '  Iedereen verdient een kans.\r\nOok hier. ',
        'advies-woonkansboom': 'Meer voorbeelden',
        naam: ' Anna   de Vries ',
        functie: 'Casemanager',
      },
      required,
    );
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

  it('asks for a score on every statement left open or answered outside the scale, in form order, when answers are required', () => {
    const fields = allScored();
    delete fields['score-tkb-voorwaarden'];
    fields['score-wkb-vindbaar'] = '6';
    const read = readEvaluationResponse(defaultEvaluationForm, fields, required);
    assert.ok(!read.ok);
    assert.deepEqual(read.problems, [
      {
        path: 'score-tkb-voorwaarden',
        code: 'required',
        message: 'Kies een antwoord bij stelling 4 van ‘Tweedekansbeleid’.',
      },
      {
        path: 'score-wkb-vindbaar',
        code: 'required',
        message: 'Kies een antwoord bij stelling 5 van ‘De Woonkansboom’.',
      },
    ]);
  });

  it('stores a statement left open as open (null), never as a score, when the round allows it', () => {
    const fields = allScored();
    delete fields['score-tkb-voorwaarden'];
    fields['score-wkb-vindbaar'] = '';
    const read = readEvaluationResponse(defaultEvaluationForm, fields, {
      openAnswersAllowed: true,
    });
    assert.ok(read.ok);
    assert.equal(read.submission.answers.scores['tkb-voorwaarden'], null);
    assert.equal(read.submission.answers.scores['wkb-vindbaar'], null);
    assert.equal(read.submission.answers.scores['tkb-weet-wat'], 4);
  });

  it('still refuses an answer outside the scale when open answers are allowed', () => {
    const read = readEvaluationResponse(
      defaultEvaluationForm,
      { ...allScored(), 'score-wkb-vindbaar': '3.5' },
      { openAnswersAllowed: true },
    );
    assert.ok(!read.ok);
    assert.deepEqual(
      read.problems.map((problem) => [problem.path, problem.code]),
      [['score-wkb-vindbaar', 'invalid']],
    );
  });

  it('reads stored answers with open statements, and older answers without them', () => {
    assert.deepEqual(
      parseEvaluationAnswers({ scores: { a: null, b: 2 }, notes: {}, advice: {} }).scores,
      { a: null, b: 2 },
    );
    assert.throws(() => parseEvaluationAnswers({ scores: { a: 0 }, notes: {}, advice: {} }));
  });

  it('refuses texts that are too long and says how long they may be', () => {
    const read = readEvaluationResponse(
      defaultEvaluationForm,
      { ...allScored(), 'toelichting-wkb-duidelijk': 'a'.repeat(2001), naam: 'n'.repeat(201) },
      required,
    );
    assert.ok(!read.ok);
    assert.deepEqual(
      read.problems.map((problem) => problem.path),
      ['toelichting-wkb-duidelijk', 'naam'],
    );
    assert.match(read.problems[0]?.message ?? '', /hoogstens 2000 tekens\. Nu zijn het er 2001/);
  });
});
