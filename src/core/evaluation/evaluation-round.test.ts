import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openAnswersField, readRoundFields, roundStatus } from './evaluation-round.ts';

describe('the status of a round', () => {
  const round = { opensOn: '2029-03-01', closesOn: '2029-03-31', closedAt: null };

  it('is planned before the first day, open on both end days, closed after the last', () => {
    assert.equal(roundStatus(round, '2029-02-28'), 'gepland');
    assert.equal(roundStatus(round, '2029-03-01'), 'open');
    assert.equal(roundStatus(round, '2029-03-31'), 'open');
    assert.equal(roundStatus(round, '2029-04-01'), 'gesloten');
  });

  it('is closed once a beheerder closed it early', () => {
    assert.equal(
      roundStatus({ ...round, closedAt: '2029-03-10T09:00:00.000Z' }, '2029-03-11'),
      'gesloten',
    );
  });
});

describe('reading the fields of a round', () => {
  it('reads Dutch and ISO dates', () => {
    assert.deepEqual(
      readRoundFields({ titel: ' Voorjaar  2029 ', vanaf: '1-3-2029', tot: '2029-03-31' }),
      {
        ok: true,
        round: {
          title: 'Voorjaar 2029',
          opensOn: '2029-03-01',
          closesOn: '2029-03-31',
          openAnswersAllowed: true,
        },
      },
    );
  });

  it('lets statements be left open unless the beheerder chose "nee"', () => {
    const fields = { titel: 'X', vanaf: '2029-03-01', tot: '2029-03-31' };
    const allowed = (extra: Record<string, string>) => {
      const read = readRoundFields({ ...fields, ...extra });
      return read.ok ? read.round.openAnswersAllowed : undefined;
    };
    assert.equal(allowed({}), true);
    assert.equal(allowed({ [openAnswersField]: 'ja' }), true);
    assert.equal(allowed({ [openAnswersField]: 'nee' }), false);
  });

  it('asks for a title and existing dates, the end not before the start', () => {
    const read = readRoundFields({ titel: '', vanaf: '31-2-2029', tot: '' });
    assert.ok(!read.ok);
    assert.deepEqual(
      read.problems.map((problem) => [problem.path, problem.code]),
      [
        ['titel', 'required'],
        ['vanaf', 'invalid'],
        ['tot', 'required'],
      ],
    );
    const reversed = readRoundFields({ titel: 'X', vanaf: '2029-04-01', tot: '2029-03-31' });
    assert.ok(!reversed.ok);
    assert.equal(reversed.problems[0]?.code, 'order');
  });
});
