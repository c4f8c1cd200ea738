// Dates as Dutch readers expect them: `14 maart 2029` (SPEC §2).
import { type PlainDate, plainDateParts } from './plain-date.ts';

const monthNames = [
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

export function formatDutchDate(date: PlainDate): string {
  const { year, month, day } = plainDateParts(date);
  return `${day} ${monthNames[month - 1]} ${year}`;
}
