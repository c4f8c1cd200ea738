import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dateMistakeMessage } from './date-mistake-message.ts';
import {
  addCalendar,
  addDays,
  addMonths,
  compareDates,
  isPlainDate,
  type PlainDate,
  parsePlainDate,
  readTypedDate,
} from './plain-date.ts';

describe('date rules of SPEC §5', () => {
  it('puts the uiterste aanmelddatum five years minus one day after the eviction', () => {
    assert.equal(addDays(addCalendar('2022-03-15', 5, 'years'), -1), '2027-03-14');
  });

  it('clamps six months after 31 August 2024 to 28 February 2025', () => {
    assert.equal(addMonths('2024-08-31', 6), '2025-02-28');
  });

  it('clamps six months after 31 August 2023 to 29 February 2024, a leap year', () => {
    assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
  });

  it('rolls a year after 29 February over to 1 March in a year without 29 February', () => {
    assert.equal(addCalendar('2024-02-29', 1, 'years'), '2025-03-01');
    assert.equal(addCalendar('2024-02-29', 4, 'years'), '2028-02-29');
  });

  const uitersteAanmelddatum = (eviction: PlainDate) =>
    addDays(addCalendar(eviction, 5, 'years'), -1);

  it('gives an eviction on 29 February 2024 the uiterste aanmelddatum 28 February 2029', () => {
    assert.equal(uitersteAanmelddatum('2024-02-29'), '2029-02-28');
  });

  it('gives an eviction on 29 February 2028 the uiterste aanmelddatum 28 February 2033', () => {
    assert.equal(uitersteAanmelddatum('2028-02-29'), '2033-02-28');
  });

  it('gives an eviction on 1 March 2024 the uiterste aanmelddatum 28 February 2029 too', () => {
    assert.equal(uitersteAanmelddatum('2024-03-01'), '2029-02-28');
  });

  it('rolls years back from 29 February to 1 March as well', () => {
    assert.equal(addCalendar('2024-02-29', -1, 'years'), '2023-03-01');
  });

  it('still clamps months, also when months are added through years of another date', () => {
    assert.equal(addCalendar('2024-08-31', 6, 'months'), '2025-02-28');
    assert.equal(addCalendar('2023-08-31', 6, 'months'), '2024-02-29');
  });

  it('counts weeks as seven days across a year end', () => {
    assert.equal(addCalendar('2025-12-29', 1, 'weeks'), '2026-01-05');
  });
});

describe('parsePlainDate', () => {
  it('reads a Dutch date without leading zeros', () => {
    assert.equal(parsePlainDate('15-3-2022'), '2022-03-15');
  });

  it('reads ISO dates and Dutch dates with slashes, dots and spaces around', () => {
    assert.equal(parsePlainDate('2022-03-15'), '2022-03-15');
    assert.equal(parsePlainDate(' 01/09/2026 '), '2026-09-01');
    assert.equal(parsePlainDate('1.9.2026'), '2026-09-01');
  });

  it('accepts 29 February in a leap year', () => {
    assert.equal(parsePlainDate('29-2-2024'), '2024-02-29');
  });

  it('refuses days that do not exist', () => {
    for (const input of [
      '2022-02-30',
      '2023-02-29',
      '31-4-2024',
      '1900-02-29',
      '0-1-2024',
      '1-13-2024',
    ]) {
      assert.equal(parsePlainDate(input), null, input);
    }
  });

  it('refuses text that is not a date', () => {
    for (const input of ['', 'gisteren', '15-3-22', '2022-3-15', '15 maart 2022']) {
      assert.equal(parsePlainDate(input), null, input);
    }
  });
});

describe('readTypedDate: what is wrong with a typed date', () => {
  it('says that a day does not exist, and why', () => {
    const mistake = readTypedDate('31-02-2022');
    assert.deepEqual(mistake, { kind: 'no-such-day', year: 2022, month: 2 });
    assert.equal(
      typeof mistake === 'string' ? mistake : dateMistakeMessage(mistake, '31-02-2022'),
      'De datum 31-02-2022 bestaat niet: februari 2022 heeft 28 dagen.',
    );
    assert.deepEqual(readTypedDate('2024-02-30'), { kind: 'no-such-day', year: 2024, month: 2 });
    assert.deepEqual(readTypedDate('0-3-2022'), { kind: 'no-such-day', year: 2022, month: 3 });
    assert.deepEqual(readTypedDate('1-13-2022'), { kind: 'no-such-month', month: 13 });
  });

  it('asks for four digits when the year has two (also 0022 from a date picker)', () => {
    for (const input of ['1-3-22', '15/03/22', '1-3-202', '0022-03-01']) {
      assert.deepEqual(readTypedDate(input), { kind: 'year-not-four-digits' }, input);
    }
    assert.match(
      dateMistakeMessage({ kind: 'year-not-four-digits' }, '1-3-22'),
      /Schrijf het jaar met 4 cijfers/,
    );
  });

  it('asks to check a year before 1900 or far in the future', () => {
    assert.deepEqual(readTypedDate('1-1-1850'), { kind: 'year-out-of-range', year: 1850 });
    assert.deepEqual(readTypedDate('3000-01-01'), { kind: 'year-out-of-range', year: 3000 });
    assert.equal(
      dateMistakeMessage({ kind: 'year-out-of-range', year: 1850 }, '1-1-1850'),
      'Kijk of het jaar 1850 klopt. Een datum vóór 1900 kan hier niet.',
    );
  });

  it('names what it cannot read, as it was typed', () => {
    assert.deepEqual(readTypedDate('gisteren'), { kind: 'unreadable' });
    assert.match(
      dateMistakeMessage({ kind: 'unreadable' }, ' gisteren '),
      /^"gisteren" is geen datum die we kunnen lezen\. Schrijf de datum als dag-maand-jaar/,
    );
  });

  it('reads every date that parsePlainDate reads, to the same day', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const read = readTypedDate(input);
        assert.equal(typeof read === 'string' ? read : null, parsePlainDate(input));
      }),
    );
  });
});

// An independent reference: the JavaScript Date in UTC only (no local time).
const dayMs = 86_400_000;

function toUtc(date: PlainDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): PlainDate {
  const date = new Date(ms);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function referenceAddMonths(date: PlainDate, months: number): PlainDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

const plainDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2899-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => fromUtc(Math.floor(date.getTime() / dayMs) * dayMs));

const runs = { numRuns: 5000 };

describe('plain-date arithmetic against Date.UTC', () => {
  it('adds days like the UTC calendar', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -36_500, max: 36_500 }), (date, days) => {
        assert.equal(addDays(date, days), fromUtc(toUtc(date) + days * dayMs));
      }),
      runs,
    );
  });

  it('adds months like the UTC calendar, clamped to the last day of the month', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
        assert.equal(addMonths(date, months), referenceAddMonths(date, months));
      }),
      runs,
    );
  });

  it('orders dates like their UTC times', () => {
    fc.assert(
      fc.property(plainDate, plainDate, (a, b) => {
        assert.equal(compareDates(a, b), Math.sign(toUtc(a) - toUtc(b)));
      }),
      runs,
    );
  });

  it('recognises exactly the days that exist in the UTC calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const exists = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          assert.equal(isPlainDate(iso), exists);
          assert.equal(parsePlainDate(`${day}-${month}-${year}`), exists ? iso : null);
        },
      ),
      runs,
    );
  });
});
