import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRounds } from './evaluation-comparison.ts';
import type { EvaluationForm } from './evaluation-form.ts';
import type { EvaluationAnswers } from './evaluation-response.ts';
import { type ResultResponse, respondentLabel, roundResults } from './evaluation-results.ts';
import type { Score } from './evaluation-scale.ts';

const form: EvaluationForm = {
  parts: [
    {
      id: 'deel',
      title: 'Deel',
      adviceLabel: 'Advies',
      statements: [
        { id: 'a', text: 'Stelling A' },
        { id: 'b', text: 'Stelling B' },
      ],
    },
  ],
};

function response(
  scores: Record<string, Score | null>,
  extra: Partial<EvaluationAnswers> & { name?: string; function?: string } = {},
): ResultResponse {
  return {
    name: extra.name ?? null,
    function: extra.function ?? null,
    answers: { scores, notes: extra.notes ?? {}, advice: extra.advice ?? {} },
  };
}

describe('the results of a round', () => {
  const results = roundResults(form, [
    response({ a: 5, b: 1 }, { notes: { a: 'Duidelijk' }, name: 'Jan', function: 'Casemanager' }),
    response({ a: 4, b: 3 }, { advice: { deel: 'Meer uitleg' } }),
    response({ a: 2, b: 3 }, { notes: { a: 'Niet bekend' }, function: 'WIJ-team' }),
  ]);
  const [a, b] = results.parts[0]?.statements ?? [];

  it('counts each of the five answers per statement, with n', () => {
    assert.equal(results.n, 3);
    assert.deepEqual(a?.counts, [0, 1, 0, 1, 1]);
    assert.deepEqual(b?.counts, [1, 0, 2, 0, 0]);
    assert.equal(a?.n, 3);
  });

  it('computes the share (helemaal) mee eens and the mean score', () => {
    assert.equal(a?.agreeShare, 2 / 3);
    assert.equal(a?.mean, 11 / 3);
    assert.equal(b?.agreeShare, 0);
  });

  it('lists toelichtingen and advice with who wrote them, anoniem when nobody was named', () => {
    assert.deepEqual(a?.notes, [
      { text: 'Duidelijk', respondent: 'Jan, Casemanager' },
      { text: 'Niet bekend', respondent: 'WIJ-team' },
    ]);
    assert.deepEqual(results.parts[0]?.advice, [{ text: 'Meer uitleg', respondent: 'anoniem' }]);
    assert.equal(respondentLabel(null, ''), 'anoniem');
  });

  it('counts a statement left open apart, never as Neutraal/weet ik niet', () => {
    const open = roundResults(form, [
      response({ a: 5, b: null }),
      response({ a: null, b: null }),
      response({ a: 4 }),
      response({ a: 1, b: 2 }),
    ]);
    const [withOpen, mostlyOpen] = open.parts[0]?.statements ?? [];
    assert.deepEqual(withOpen?.counts, [1, 0, 0, 1, 1]);
    assert.equal(withOpen?.n, 3);
    assert.equal(withOpen?.open, 1);
    assert.equal(withOpen?.mean, 10 / 3);
    assert.equal(withOpen?.agreeShare, 2 / 3);
    // A statement missing from the answers was not answered either.
    assert.deepEqual(mostlyOpen?.counts, [0, 1, 0, 0, 0]);
    assert.equal(mostlyOpen?.n, 1);
    assert.equal(mostlyOpen?.open, 3);
    assert.equal(mostlyOpen?.mean, 2);
    assert.equal(results.parts[0]?.statements[0]?.open, 0);
  });

  it('has no share or mean for a statement nobody answered', () => {
    const empty = roundResults(form, []);
    assert.equal(empty.parts[0]?.statements[0]?.mean, null);
    assert.equal(empty.parts[0]?.statements[0]?.agreeShare, null);
  });
});

describe('comparing two rounds', () => {
  it('gives the shift per statement matched by id, also when the text changed', () => {
    const before = roundResults(form, [response({ a: 2, b: 4 }), response({ a: 4, b: 4 })]);
    const later: EvaluationForm = {
      parts: [
        {
          id: 'deel',
          title: 'Deel',
          adviceLabel: 'Advies',
          statements: [
            { id: 'c', text: 'Nieuw' },
            { id: 'a', text: 'Stelling A, herschreven' },
          ],
        },
      ],
    };
    const after = roundResults(later, [
      response({ a: 5, c: 3 }),
      response({ a: 4, c: 3 }),
      response({ a: 4, c: 3 }),
      response({ a: 3, c: 3 }),
    ]);
    const shifts = compareRounds(before, after);
    assert.deepEqual(
      shifts.map((shift) => [shift.id, shift.text, shift.agreeShift, shift.meanShift]),
      [
        ['c', 'Nieuw', null, null],
        ['a', 'Stelling A, herschreven', 25, 1],
        ['b', 'Stelling B', null, null],
      ],
    );
    assert.equal(shifts[2]?.b, undefined);
    assert.equal(shifts[2]?.a?.n, 2);
  });
});
