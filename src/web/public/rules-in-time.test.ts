// Rules in time, as the public sees them: the outcome names the rules it
// follows, and warns when a scheduled version gives the same answers another
// outcome or date before the outcome's last date; the Adviesoverzicht, the
// handout and the calendar file say the same.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { pdfText } from '../../../test/support/pdf-read-back.ts';
import {
  type ScheduledChange,
  storeWithScheduledRules,
} from '../../../test/support/scheduled-rules.ts';
import { testAssets, testNow } from '../../../test/support/test-app.ts';
import { createApp } from '../app.ts';
import { storeCatalog } from '../store-catalog.ts';

/** Tweedekans on 28 November 2026: aanmelden vanaf 1 november 2026, uiterlijk 14 maart 2027. */
const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
const outcome = `/boom/hulpverlening?${answers}`;

const closers: (() => Promise<void>)[] = [];
after(async () => {
  for (const close of closers) await close();
});

async function appWith(...changes: ScheduledChange[]) {
  const store = await storeWithScheduledRules({
    dataDir: ':memory:',
    since: '2026-01-01',
    changes,
  });
  const catalog = await storeCatalog(store, { today: () => '2026-11-28' });
  closers.push(async () => {
    catalog.close();
    await store.close();
  });
  const app = createApp({ catalog, assets: testAssets, now: () => testNow });
  return async (path: string, init?: RequestInit) => {
    const response = await app.request(path, init);
    assert.equal(response.status, 200, path);
    return response;
  };
}

const visible = (body: string) =>
  body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const longerRegeling: ScheduledChange = {
  geldigVanaf: '2027-03-01',
  parameters: { regeling_maanden: 9 },
};

describe('the rules an advice follows', () => {
  it('names the day of the advice, the day its rules hold from and the version', async () => {
    const get = await appWith();
    const body = visible(await (await get(outcome)).text());
    assert.match(
      body,
      /Advies van 28 november 2026, volgens de regels die gelden vanaf 1 januari 2026 \(versie 1\)\./,
    );
    assert.doesNotMatch(body, /Berekend op|peildatum|Let op: vanaf/i);
    const advice = visible(
      await (await get(`/boom/hulpverlening/advies?versie=1&${answers}`)).text(),
    );
    assert.match(
      advice,
      /Advies van 28 november 2026, volgens de regels die gelden vanaf 1 januari 2026 \(versie 1\)\./,
    );
  });

  it('uses the day asked for, and the rules in force on it', async () => {
    const get = await appWith(longerRegeling);
    const body = visible(
      await (await get(`/boom/hulpverlening?peildatum=2027-03-02&${answers}`)).text(),
    );
    assert.match(
      body,
      /Advies van 2 maart 2027, volgens de regels die gelden vanaf 1 maart 2027 \(versie 1\)\./,
    );
    assert.match(body, /Aanmelden vanaf 1 februari 2027/);
    assert.doesNotMatch(body, /peildatum|Let op: vanaf/i);
  });
});

describe('the warning before the rules change', () => {
  it('shows the new date next to the current one when a period changes', async () => {
    const get = await appWith(longerRegeling);
    const page = await (await get(outcome)).text();
    assert.match(page, /class="utrecht-alert utrecht-alert--warning wkb-rules-change"/);
    const body = visible(page);
    assert.match(body, /Let op: vanaf 1 maart 2027 gelden nieuwe regels\./);
    assert.match(
      body,
      /Met dezelfde antwoorden is het advies dan: Uw cliënt past bij het tweedekansbeleid/,
    );
    assert.match(
      body,
      /Aanmelden vanaf: nu 1 november 2026, met de nieuwe regels 1 februari 2027\./,
    );
    // A date that stays is not repeated.
    assert.doesNotMatch(body, /Uiterste aanmelddatum: nu/);
    assert.match(body, /Vraag het Bureau Woonkans wat de nieuwe regels voor uw cliënt betekenen\./);
    assert.doesNotMatch(body, /Er staan meer wijzigingen gepland/);
  });

  it('names the new outcome when the change gives another one', async () => {
    const get = await appWith({ geldigVanaf: '2027-03-01', parameters: { termijn_jaren: 4 } });
    const body = visible(await (await get(outcome)).text());
    const said = /Met dezelfde antwoorden is het advies dan: ([^.]+)\./.exec(body)?.[1];
    assert.ok(said, body);
    assert.equal(said, 'De termijn voor het tweedekansbeleid is voorbij');
    // The same as the evaluate API says.
    const response = await get('/api/v1/trees/hulpverlening/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: Object.fromEntries(new URLSearchParams(answers)) }),
    });
    const { upcoming } = (await response.json()) as { upcoming: { outcome: { title: string } } };
    assert.equal(upcoming.outcome.title, said);
  });

  it('says more changes are planned, and leaves out Bureau Woonkans when the version says for which evictions it holds', async () => {
    const get = await appWith(
      { ...longerRegeling, geldigVanaf: '2027-02-01', geldtVoorOntruimingenVanaf: '2020-01-01' },
      { geldigVanaf: '2027-03-01', parameters: { spoed_weken: 9 } },
    );
    const body = visible(await (await get(outcome)).text());
    assert.match(body, /Let op: vanaf 1 februari 2027 gelden nieuwe regels\./);
    assert.match(body, /Er staan meer wijzigingen gepland\./);
    assert.doesNotMatch(body, /Vraag het Bureau Woonkans/);
  });

  it('is absent after the last date of the outcome, and when nothing the outcome says changes', async () => {
    for (const change of [
      { ...longerRegeling, geldigVanaf: '2027-03-15' },
      { geldigVanaf: '2027-03-01', parameters: { spoed_weken: 9 } },
    ]) {
      const get = await appWith(change);
      const page = await (await get(outcome)).text();
      assert.doesNotMatch(page, /wkb-rules-change|Let op: vanaf/, JSON.stringify(change));
      assert.match(visible(page), /Advies van 28 november 2026/);
    }
  });

  it('is on the Adviesoverzicht, its PDF, and in the calendar file, which uses the earliest date', async () => {
    const get = await appWith({ geldigVanaf: '2027-03-01', parameters: { termijn_jaren: 4 } });
    const advice = visible(
      await (await get(`/boom/hulpverlening/advies?versie=1&${answers}`)).text(),
    );
    assert.match(advice, /Let op: vanaf 1 maart 2027 gelden nieuwe regels\./);
    const pdf = pdfText(
      new Uint8Array(
        await (await get(`/boom/hulpverlening/advies.pdf?versie=1&${answers}`)).arrayBuffer(),
      ),
    );
    assert.ok(pdf.includes('Let op: vanaf 1 maart 2027 gelden nieuwe regels.'), pdf);
    assert.ok(
      pdf.includes(
        'Advies van 28 november 2026, volgens de regels die gelden vanaf 1 januari 2026',
      ),
      pdf,
    );
    const ics = await (await get(`/boom/hulpverlening/agenda.ics?versie=1&${answers}`)).text();
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    const deadline = events.find((event) => event.summary.startsWith('Uiterste aanmelddatum'));
    assert.ok(deadline, ics);
    // Four years after the eviction is already over: the current rules hold until 28 February.
    assert.equal(deadline.startDate.toString(), '2027-02-28');
    assert.match(deadline.description, /Let op: vanaf 1 maart 2027 gelden nieuwe regels\./);
  });
});

describe('the handout for the tenant', () => {
  it('gives the earliest deadline and says in one sentence that the rules change', async () => {
    const get = await appWith({ geldigVanaf: '2027-03-01', parameters: { termijn_jaren: 4 } });
    const page = visible(
      await (await get(`/boom/hulpverlening/uitleg-huurder?versie=1&${answers}`)).text(),
    );
    assert.match(page, /uiterlijk op 28 februari 2027 aanmelden/);
    assert.doesNotMatch(page, /14 maart 2027|Let op: vanaf/);
    assert.match(
      page,
      /Op 1 maart 2027 veranderen de regels\. Vraag uw hulpverlener wat dat voor u betekent\./,
    );
    const pdf = pdfText(
      new Uint8Array(
        await (
          await get(`/boom/hulpverlening/uitleg-huurder.pdf?versie=1&${answers}`)
        ).arrayBuffer(),
      ),
    );
    assert.ok(pdf.includes('28 februari 2027'), pdf);
    assert.ok(pdf.includes('Op 1 maart 2027 veranderen de regels.'), pdf);
  });

  it('says nothing of a change when none lies ahead', async () => {
    const get = await appWith();
    const page = visible(await (await get(`/boom/hulpverlening/uitleg-huurder?${answers}`)).text());
    assert.match(page, /uiterlijk op 14 maart 2027 aanmelden/);
    assert.doesNotMatch(page, /veranderen de regels/);
  });

  it('names its rules on the page and in the PDF, like the advice', async () => {
    const get = await appWith();
    const page = visible(await (await get(`/boom/hulpverlening/uitleg-huurder?${answers}`)).text());
    const rules =
      /Advies van 28 november 2026, volgens de regels die gelden vanaf [0-9]+ [a-z]+ [0-9]{4} \(versie 1\)/;
    assert.match(page, rules);
    const pdf = pdfText(
      new Uint8Array(
        await (await get(`/boom/hulpverlening/uitleg-huurder.pdf?${answers}`)).arrayBuffer(),
      ),
    );
    assert.match(pdf.replace(/\s+/g, ' '), rules);
  });
});
