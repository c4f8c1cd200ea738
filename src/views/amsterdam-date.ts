// Today's date in Europe/Amsterdam (SPEC §2), for the caller that owns the clock.
import type { PlainDate } from '../core/plain-date.ts';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function amsterdamDate(instant: Date): PlainDate {
  return formatter.format(instant);
}
