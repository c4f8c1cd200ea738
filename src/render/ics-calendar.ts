// An iCalendar file (RFC 5545) of all-day events with a reminder. Written by
// hand: the few properties we need fit on a page, and the two rules that
// matter are here — text escaping (§3.3.11) and folding lines at 75 octets
// with CRLF (§3.1), never inside a UTF-8 character.
import type { PlainDate } from '../core/dates/plain-date.ts';
import { addDays } from '../core/dates/plain-date.ts';

export interface AllDayEvent {
  uid: string;
  date: PlainDate;
  summary: string;
  description: string;
  /** The reminder's text. */
  alarm: string;
  /** ISO 8601 duration before the start of the day, e.g. `-P6DT15H` (9:00 a week before). */
  alarmTrigger: string;
  url?: string;
}

export interface Calendar {
  /** The moment the file was made (DTSTAMP), from the caller's clock. */
  stamp: Date;
  name: string;
  events: AllDayEvent[];
}

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets; continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: PlainDate) => date.replaceAll('-', '');

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${event.alarmTrigger}`,
    `DESCRIPTION:${escapeText(event.alarm)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function icsCalendar(calendar: Calendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bureau Woonkans//Woonkansboom//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
