// Today's date in Europe/Amsterdam (SPEC §2), for the caller that owns the clock.
import type { PlainDate } from '../core/dates/plain-date.ts';

// Made on first use, not when the module loads: a time-zone formatter costs
// 12–23 ms cold in a browser, and the walk script imports this module before
// the first paint.
let formatter: Intl.DateTimeFormat | undefined;

// Formatting with a time zone is slow next to everything else a request does;
// the date only changes on the minute (midnight, DST), so remember the last one.
let lastMinute = Number.NaN;
let lastDate = '';

export function amsterdamDate(instant: Date): PlainDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    formatter ??= new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    lastDate = formatter.format(instant);
    lastMinute = minute;
  }
  return lastDate;
}
