// Calendar arithmetic on plain dates (`YYYY-MM-DD`). No Date objects, no time
// zones: the domain only knows calendar days (SPEC §5).
import type { CalendarUnit } from '../tree/tree.ts';

export type PlainDate = string;

interface Parts {
  year: number;
  month: number;
  day: number;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest and latest year a person can sensibly enter. */
export const earliestYear = 1900;
export const latestYear = 2999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toParts(date: PlainDate): Parts {
  const match = isoPattern.exec(date);
  if (!match) throw new Error(`not a plain date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function fromParts({ year, month, day }: Parts): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isValidParts({ year, month, day }: Parts): boolean {
  return (
    year >= earliestYear &&
    year <= latestYear &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for an existing calendar day written as `YYYY-MM-DD` within the supported years. */
export function isPlainDate(value: string): boolean {
  return isoPattern.test(value) && isValidParts(toParts(value));
}

/** Day first, as people in the Netherlands write it: `15-3-2022`, `15/03/2022`, `15.03.2022`. */
const dutchPattern = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{1,4})$/;

/** Why a typed text is not a date we accept: said back to the person who typed it. */
export type DateMistake =
  | { kind: 'unreadable' }
  /** `1-3-22`, or `0022-03-01` from a date picker that took "22" as the year. */
  | { kind: 'year-not-four-digits' }
  | { kind: 'year-out-of-range'; year: number }
  | { kind: 'no-such-month'; month: number }
  | { kind: 'no-such-day'; year: number; month: number };

/**
 * Reads a date as people type it: ISO `2022-03-15` or Dutch `15-3-2022`,
 * `15/03/2022`, `15.03.2022`. Returns the plain date, or what is wrong with
 * the text, so the message can say why (a day that does not exist, a year
 * in two digits).
 */
export function readTypedDate(input: string): PlainDate | DateMistake {
  const value = input.trim();
  const iso = isoPattern.exec(value);
  const dutch = dutchPattern.exec(value);
  if (!iso && !dutch) return { kind: 'unreadable' };
  const [yearText, month, day] = iso
    ? [iso[1] ?? '', Number(iso[2]), Number(iso[3])]
    : [dutch?.[3] ?? '', Number(dutch?.[2]), Number(dutch?.[1])];
  const year = Number(yearText);
  if (yearText.length < 4 || year < 100) return { kind: 'year-not-four-digits' };
  if (year < earliestYear || year > latestYear) return { kind: 'year-out-of-range', year };
  if (month < 1 || month > 12) return { kind: 'no-such-month', month };
  if (day < 1 || day > daysInMonth(year, month)) return { kind: 'no-such-day', year, month };
  return fromParts({ year, month, day });
}

/** The date typed, or null for anything that is not an existing day in the supported years. */
export function parsePlainDate(input: string): PlainDate | null {
  const read = readTypedDate(input);
  return typeof read === 'string' ? read : null;
}

/** Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil. */
function toEpochDay({ year, month, day }: Parts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromEpochDay(epochDay: number): Parts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromParts(fromEpochDay(toEpochDay(toParts(date)) + days));
}

/** Adds calendar months; a day that does not exist is clamped to the month's last day (SPEC §5). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const { year, month, day } = toParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return fromParts({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

/**
 * Adds calendar years; the anniversary of 29 February in a year without one
 * is 1 March (SPEC §5: years roll over, months clamp). So an eviction on
 * 29 February 2024 has its fifth anniversary on 1 March 2029 and its uiterste
 * aanmelddatum, the day before, on 28 February 2029.
 */
export function addYears(date: PlainDate, years: number): PlainDate {
  const { year, month, day } = toParts(date);
  const newYear = year + years;
  if (month === 2 && day === 29 && !isLeapYear(newYear)) {
    return fromParts({ year: newYear, month: 3, day: 1 });
  }
  return fromParts({ year: newYear, month, day });
}

export function addCalendar(date: PlainDate, amount: number, unit: CalendarUnit): PlainDate {
  switch (unit) {
    case 'years':
      return addYears(date, amount);
    case 'months':
      return addMonths(date, amount);
    case 'weeks':
      return addDays(date, amount * 7);
    case 'days':
      return addDays(date, amount);
  }
}

/** Negative when a is earlier than b, 0 on the same day, positive when later. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function plainDateParts(date: PlainDate): Parts {
  return toParts(date);
}
