import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { loadDefaultTrees } from '../content/default-content.ts';
import type { Tree } from '../core/tree/tree.ts';
import { nextStep } from '../core/walk/next-step.ts';
import type { WalkContext } from '../views/walk-context.ts';
import { escapeText, foldLine, icsCalendar } from './ics-calendar.ts';
import { outcomeCalendar, reminderTrigger } from './ics-events.ts';

const found = loadDefaultTrees().find((candidate) => candidate.id === 'hulpverlening');
if (!found) throw new Error('tree hulpverlening is missing');
const tree: Tree = found;
const stamp = new Date('2026-11-28T11:00:00Z');

function context(peildatum: string): WalkContext {
  return {
    tree: tree,
    texts: {},
    version: 3,
    peildatum,
    peildatumIsToday: true,
    basePath: '/boom/hulpverlening',
  };
}

function calendarFor(query: string, peildatum = '2026-11-28', madeAt = stamp): string {
  const step = nextStep(tree, Object.fromEntries(new URLSearchParams(query)), peildatum);
  assert.equal(step.status, 'outcome');
  if (step.status !== 'outcome') throw new Error('no outcome');
  return icsCalendar(
    outcomeCalendar(context(peildatum), step, 'https://woonkansboom.example', madeAt),
  );
}

function parsedEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      trigger: String(alarm?.getFirstPropertyValue('trigger')),
      action: alarm?.getFirstPropertyValue('action'),
    };
  });
}

// nog-niet: the arrangement runs long enough on 1 March 2027, the deadline is 14 March 2027.
const nogNiet =
  'ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-09-01&bewind=nee';
const tweedekans =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';

describe('the calendar file of an outcome', () => {
  it('parses back with all-day events for aanmelden vanaf and the uiterste aanmelddatum, in date order', () => {
    const events = parsedEvents(calendarFor(nogNiet));
    assert.deepEqual(
      events.map(({ start, end, allDay, summary }) => ({ start, end, allDay, summary })),
      [
        {
          start: '2027-03-01',
          end: '2027-03-02',
          allDay: true,
          summary: 'Aanmelden vanaf (Woonkansboom)',
        },
        {
          start: '2027-03-14',
          end: '2027-03-15',
          allDay: true,
          summary: 'Uiterste aanmelddatum (Woonkansboom)',
        },
      ],
    );
  });

  it('reminds a week before, at 9:00, with a display alarm', () => {
    for (const event of parsedEvents(calendarFor(nogNiet))) {
      assert.equal(event.action, 'DISPLAY');
      assert.equal(event.trigger, reminderTrigger);
    }
    const trigger = ICAL.Duration.fromString(reminderTrigger);
    const alarmAt = ICAL.Time.fromDateTimeString('2027-03-14T00:00:00');
    alarmAt.addDuration(trigger);
    assert.equal(alarmAt.toString(), '2027-03-07T09:00:00');
  });

  it('leaves out a date that has passed: aanmelden vanaf on the tweedekans outcome', () => {
    const events = parsedEvents(calendarFor(tweedekans));
    assert.deepEqual(
      events.map((event) => event.start),
      ['2027-03-14'],
    );
  });

  it('describes the date in Dutch, intact after unfolding, without the answers', () => {
    const event = parsedEvents(calendarFor(nogNiet)).find(
      (candidate) => candidate.start === '2027-03-14',
    );
    assert.ok(event);
    assert.match(
      event.description,
      /^Uiterste aanmelddatum: 14 maart 2027\.\nUitkomst: Uw cliënt kan zich laten aanmelden vanaf 1 maart 2027\./,
    );
    assert.match(event.description, /Er staan geen gegevens van uw cliënt in deze afspraak/);
    assert.doesNotMatch(event.description, /2022|huurachterstand|datum_/);
  });

  it('gives an event the same UID on every download of the walk, so a new import updates it', () => {
    const first = calendarFor(nogNiet);
    const later = calendarFor(nogNiet, '2026-11-28', new Date('2026-12-03T08:15:00Z'));
    assert.notEqual(first, later, 'DTSTAMP differs');
    const uids = parsedEvents(first).map((event) => event.uid);
    assert.deepEqual(
      parsedEvents(later).map((event) => event.uid),
      uids,
    );
    assert.equal(new Set(uids).size, 2, 'each date of the outcome is an event of its own');
    for (const uid of uids) assert.match(uid, /^[0-9a-f]{32}@woonkansboom$/);
  });

  it('gives another date another UID', () => {
    const deadline = (query: string) =>
      parsedEvents(calendarFor(query)).find((event) => event.summary.startsWith('Uiterste'));
    const march = deadline(nogNiet);
    const april = deadline(nogNiet.replace('2022-03-15', '2022-04-15'));
    assert.equal(march?.start, '2027-03-14');
    assert.equal(april?.start, '2027-04-14');
    assert.notEqual(march?.uid, april?.uid);
  });

  it('ends every line with CRLF and folds every line at 75 octets', () => {
    const ics = calendarFor(nogNiet);
    assert.ok(ics.endsWith('\r\n'));
    assert.doesNotMatch(ics, /[^\r]\n/, 'no bare LF');
    const lines = ics.split('\r\n').slice(0, -1);
    assert.ok(
      lines.some((line) => line.startsWith(' ')),
      'the description is folded',
    );
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    assert.match(ics, /\r\nDTSTAMP:20261128T110000Z\r\n/);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270314\r\n/);
  });
});

describe('foldLine', () => {
  it('never splits a UTF-8 character and unfolds to the original line', () => {
    const line = `DESCRIPTION:${'ë✓'.repeat(40)}`;
    const folded = foldLine(line);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of folded.split('\r\n')) {
      const bytes = Buffer.from(part);
      assert.ok(bytes.length <= 75);
      assert.doesNotThrow(() => decoder.decode(bytes));
    }
    assert.equal(folded.replace(/\r\n /g, ''), line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'X'.repeat(75);
    assert.equal(foldLine(line), line);
    assert.equal(foldLine(`${line}Y`), `${line}\r\n Y`);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  });
});
