// The date rules of SPEC §5 against an independent reference, over thousands
// of random dates. plain-date.test.ts already checks
// addDays, addMonths, compareDates and isPlainDate against Date.UTC; this file
// adds what it does not cover: years and weeks, the derived dates of the real
// hulpverlening tree (uiterste aanmelddatum, aanmelden vanaf) and the
// windows the SPEC draws with them, and every way people type a date.
// The reference counts days with its own formula (no Date, no epoch days)
// and clamps month ends with its own month table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadDefaultTrees } from '../../content/default-content.ts';
import type { Tree } from '../tree/tree.ts';
import { evaluateCondition } from '../walk/condition.ts';
import { computeDates, walkScope } from '../walk/derived-dates.ts';
import { addCalendar, addDays, type PlainDate, parsePlainDate } from './plain-date.ts';

interface Day {
  year: number;
  month: number;
  day: number;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function leap(year: number): boolean {
  return year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
}

function monthLength(year: number, month: number): number {
  return month === 2 && leap(year) ? 29 : (monthLengths[month - 1] ?? 0);
}

function read(date: PlainDate): Day {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function write({ year, month, day }: Day): PlainDate {
  return [
    String(year).padStart(4, '0'),
    String(month).padStart(2, '0'),
    String(day).padStart(2, '0'),
  ].join('-');
}

/** Days before 1 January of `year` since 1 January of year 1 (years ≥ 1). */
function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

function ordinal({ year, month, day }: Day): number {
  let days = daysBeforeYear(year);
  for (let m = 1; m < month; m++) days += monthLength(year, m);
  return days + day;
}

function fromOrdinal(count: number): Day {
  let year = Math.floor(count / 365.2425) + 1;
  while (daysBeforeYear(year) >= count) year -= 1;
  while (daysBeforeYear(year + 1) < count) year += 1;
  let rest = count - daysBeforeYear(year);
  let month = 1;
  while (rest > monthLength(year, month)) {
    rest -= monthLength(year, month);
    month += 1;
  }
  return { year, month, day: rest };
}

function referenceAddDays(date: PlainDate, days: number): PlainDate {
  return write(fromOrdinal(ordinal(read(date)) + days));
}

/** SPEC §5: calendar months, a day that does not exist becomes the month's last day. */
function referenceAddMonths(date: PlainDate, months: number): PlainDate {
  const { year, month, day } = read(date);
  const zeroBased = month - 1 + months;
  const newYear = year + Math.floor(zeroBased / 12);
  const newMonth = (((zeroBased % 12) + 12) % 12) + 1;
  return write({
    year: newYear,
    month: newMonth,
    day: Math.min(day, monthLength(newYear, newMonth)),
  });
}

/** Years as SPEC §5 reads them: twelve months each, but 29 February rolls over to 1 March. */
function referenceAddYears(date: PlainDate, years: number): PlainDate {
  const clamped = referenceAddMonths(date, years * 12);
  return date.endsWith('-02-29') && !clamped.endsWith('-02-29')
    ? referenceAddDays(clamped, 1)
    : clamped;
}

/** A day between 1900 and 2899, so a few centuries of steps stay in four-digit years. */
const plainDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2899 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    write({ year, month, day: Math.min(day, monthLength(year, month)) }),
  );

/** Month ends and leap days, where the clamping rule matters. */
const monthEnd = fc
  .record({ year: fc.integer({ min: 1900, max: 2899 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => write({ year, month, day: monthLength(year, month) }));

const anyDate = fc.oneof(plainDate, monthEnd);
const runs = { numRuns: 5_000 };

const hulpverlening = loadDefaultTrees().find((tree) => tree.id === 'hulpverlening');

function treeWith(values: Record<string, number>): Tree {
  assert.ok(hulpverlening, 'the default tree hulpverlening is missing');
  const copy = structuredClone(hulpverlening);
  for (const [name, value] of Object.entries(values)) {
    const parameter = copy.parameters[name];
    assert.ok(parameter, `hulpverlening has no parameter ${name}`);
    parameter.value = value;
  }
  return copy;
}

describe('the reference itself', () => {
  it('agrees with known days of SPEC §5', () => {
    assert.equal(referenceAddDays(referenceAddMonths('2022-03-15', 60), -1), '2027-03-14');
    assert.equal(referenceAddMonths('2024-08-31', 6), '2025-02-28');
    assert.equal(referenceAddDays('2024-02-28', 1), '2024-02-29');
    assert.equal(referenceAddDays('1900-02-28', 1), '1900-03-01');
  });
});

describe('calendar steps against the reference', () => {
  it('adds years as twelve months each, except that 29 February rolls over to 1 March', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -90, max: 90 }), (date, years) => {
        assert.equal(addCalendar(date, years, 'years'), referenceAddYears(date, years));
      }),
      runs,
    );
  });

  it('adds weeks as seven days each', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5_000, max: 5_000 }), (date, weeks) => {
        assert.equal(addCalendar(date, weeks, 'weeks'), referenceAddDays(date, weeks * 7));
      }),
      runs,
    );
  });

  it('adds days and months through addCalendar as the reference does', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -36_500, max: 36_500 }), (date, amount) => {
        assert.equal(addCalendar(date, amount, 'days'), referenceAddDays(date, amount));
        const months = amount % 1_200;
        assert.equal(addCalendar(date, months, 'months'), referenceAddMonths(date, months));
      }),
      runs,
    );
  });

  it('comes back to the same day after adding and subtracting days', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -36_500, max: 36_500 }), (date, days) => {
        assert.equal(addDays(addDays(date, days), -days), date);
      }),
      runs,
    );
  });
});

describe('the derived dates of the hulpverlening tree (SPEC §5)', () => {
  it('puts the uiterste aanmelddatum termijn_jaren years minus one day after the eviction', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 50 }), (eviction, years) => {
        const tree = treeWith({ termijn_jaren: years });
        const { uiterste_aanmelddatum } = computeDates(
          tree,
          { datum_ontruiming: eviction },
          '2999-12-31',
        );
        assert.equal(
          uiterste_aanmelddatum,
          referenceAddDays(referenceAddYears(eviction, years), -1),
        );
      }),
      runs,
    );
  });

  it('puts aanmelden vanaf the regeling months after the regeling, or the bewind months under bewind', () => {
    const bewind = fc.constantFrom('ja', 'nee', undefined);
    fc.assert(
      fc.property(
        anyDate,
        bewind,
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 24 }),
        (regeling, underBewind, months, monthsBewind) => {
          const tree = treeWith({
            regeling_maanden: months,
            regeling_maanden_bewind: monthsBewind,
          });
          const answers = {
            datum_regeling: regeling,
            ...(underBewind ? { bewind: underBewind } : {}),
          };
          const { aanmelden_vanaf } = computeDates(tree, answers, '2999-12-31');
          const expected =
            underBewind === undefined
              ? undefined
              : referenceAddMonths(regeling, underBewind === 'ja' ? monthsBewind : months);
          assert.equal(aanmelden_vanaf, expected);
        },
      ),
      runs,
    );
  });

  it('counts a peildatum as inside the five years up to and including the uiterste aanmelddatum', () => {
    const tree = treeWith({});
    const requirement = tree.requirements.find((candidate) => candidate.id === 'binnen_termijn');
    assert.ok(requirement);
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -3, max: 3 }), (eviction, offset) => {
        const last = referenceAddDays(referenceAddYears(eviction, 5), -1);
        const peildatum = referenceAddDays(last, offset);
        const scope = walkScope(tree, { datum_ontruiming: eviction }, peildatum);
        assert.equal(evaluateCondition(requirement.test, scope), offset <= 0);
      }),
      runs,
    );
  });

  it('counts a regeling as long enough from aanmelden vanaf on, not a day earlier', () => {
    const tree = treeWith({});
    const requirement = tree.requirements.find((candidate) => candidate.id === 'schuld_geregeld');
    assert.ok(requirement);
    fc.assert(
      fc.property(
        anyDate,
        fc.boolean(),
        fc.integer({ min: -3, max: 3 }),
        (regeling, bewind, offset) => {
          const from = referenceAddMonths(regeling, bewind ? 4 : 6);
          const answers = {
            huurschuld: 'ja',
            regeling: 'ja',
            datum_regeling: regeling,
            bewind: bewind ? 'ja' : 'nee',
          };
          const scope = walkScope(tree, answers, referenceAddDays(from, offset));
          assert.equal(evaluateCondition(requirement.test, scope), offset >= 0);
        },
      ),
      runs,
    );
  });
});

describe('dates as people type them', () => {
  const separators = fc.constantFrom('-', '/', '.', ' ');
  it('reads d-m-yyyy with any separator, with or without leading zeros, and spaces around', () => {
    fc.assert(
      fc.property(
        anyDate,
        separators,
        fc.boolean(),
        fc.boolean(),
        (date, separator, zeros, padded) => {
          const { year, month, day } = read(date);
          const part = (value: number) => (zeros ? String(value).padStart(2, '0') : String(value));
          const typed = [part(day), part(month), String(year)].join(separator);
          assert.equal(parsePlainDate(padded ? `  ${typed}\t` : typed), date);
          assert.equal(parsePlainDate(padded ? ` ${date} ` : date), date);
        },
      ),
      runs,
    );
  });

  it('refuses a day past the end of its month in every notation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (year, month, past) => {
          const day = monthLength(year, month) + past;
          if (day > 99) return;
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          assert.equal(parsePlainDate(iso), null, iso);
          assert.equal(parsePlainDate(`${day}-${month}-${year}`), null);
        },
      ),
      runs,
    );
  });
});
