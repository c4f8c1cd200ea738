// Dates as Dutch readers expect them: `14 maart 2029` (SPEC §2).
import { type PlainDate, plainDateParts } from './plain-date.ts';

export const dutchMonthNames = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A month as `maart 2029`, from `YYYY-MM`. */
export function formatDutchMonth(month: string): string {
  return `${dutchMonthNames[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

export function formatDutchDate(date: PlainDate): string {
  const { year, month, day } = plainDateParts(date);
  return `${day} ${dutchMonthNames[month - 1]} ${year}`;
}

/** A date as people type it here: `15-3-2022` (what the date fields ask for). */
export function formatTypedDate(date: PlainDate): string {
  const { year, month, day } = plainDateParts(date);
  return `${day}-${month}-${year}`;
}
