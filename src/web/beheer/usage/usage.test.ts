// Usage statistics end to end without a browser: the no-JavaScript
// walk is counted from its page requests, the beacon endpoint refuses anything
// but ids, no row holds more than the allowed fields, and the dashboard reads it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { signIn } from '../../../../test/support/test-sign-in.ts';
import { testUsageApp } from '../../../../test/support/test-usage-app.ts';

const allowedColumns = [
  'count',
  'day',
  'kind',
  'node_id',
  'org_type',
  'outcome_id',
  'tree_id',
  'tree_version',
  'verdict',
];

/** A walk to `tweedekans` as a browser without JavaScript sends it: one form per question. */
const answers: [string, string][] = [
  ['ontruimd', 'ja'],
  ['reden', 'beide'],
  ['datum_ontruiming', '2022-03-15'],
  ['huurschuld', 'nee'],
  ['hulpverlening', 'ja'],
];

function beacon(body: unknown, headers: Record<string, string> = {}) {
  return {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
  };
}

describe('usage statistics', () => {
  let context: Awaited<ReturnType<typeof testUsageApp>>;
  before(async () => {
    context = await testUsageApp();
  });
  after(() => context.close());

  const countsByKind = async () => {
    await context.usage.flush();
    const totals: Record<string, number> = {};
    for (const row of await context.store.rawUsageRows()) {
      const key = [row.kind, row.node_id, row.outcome_id].filter(Boolean).join(' ');
      totals[key] = (totals[key] ?? 0) + Number(row.count);
    }
    return totals;
  };

  it('counts a walk without JavaScript from its page requests, and stores nothing else', async () => {
    const { app } = context;
    const home = await app.request('/');
    assert.match(await home.text(), /Waar werkt u\?[\s\S]*name="org" value="wij"/);

    let query = 'org=wij&naam=Jan+Jansen';
    const start = await app.request(`/boom/hulpverlening?${query}`);
    assert.equal(start.status, 303, 'the name is not part of the walk: it leaves the URL');
    const clean = start.headers.get('location') ?? '';
    assert.equal(clean, '/boom/hulpverlening?org=wij');
    const first = await app.request(clean);
    assert.equal(first.status, 200);
    assert.match(await first.text(), /<input type="hidden" name="org" value="wij">/);
    query = 'org=wij';
    for (const [question, answer] of answers) {
      const submitted = await app.request(
        `/boom/hulpverlening?${query}&${question}=${answer}&vraag=${question}&notitie=Jan+Jansen`,
      );
      assert.equal(submitted.status, 303, question);
      assert.equal(submitted.headers.get('set-cookie'), null);
      const next = submitted.headers.get('location') ?? '';
      query = next.slice(next.indexOf('?') + 1);
      assert.equal((await app.request(next)).status, 200);
    }
    assert.match(query, /org=wij/);
    const pdf = await app.request(`/boom/hulpverlening/advies.pdf?${query}`);
    assert.equal(pdf.status, 200);
    // A reload, a "Wijzig" link and a shared link count nothing.
    await app.request(`/boom/hulpverlening?${query}`);
    await app.request(`/boom/hulpverlening?${query}&wijzig=reden`);

    assert.deepEqual(await countsByKind(), {
      'walk-started': 1,
      'question-shown ontruimd': 1,
      'question-answered ontruimd': 1,
      'question-shown reden': 1,
      'question-answered reden': 1,
      'question-shown datum_ontruiming': 1,
      'question-answered datum_ontruiming': 1,
      'question-shown huurschuld': 1,
      'question-answered huurschuld': 1,
      'question-shown hulpverlening': 1,
      'question-answered hulpverlening': 1,
      'outcome-reached tweedekans': 1,
      'advice-downloaded tweedekans': 1,
    });
    const rows = await context.store.rawUsageRows();
    for (const row of rows) {
      assert.deepEqual(Object.keys(row).sort(), allowedColumns);
      assert.equal(row.day, '2026-11-28');
      assert.equal(row.org_type, 'wij');
      const values = JSON.stringify(Object.values(row));
      assert.doesNotMatch(values, /2022|15-3|Jan|Jansen|naam|notitie/);
    }
  });

  it('takes walk events from the browser script, refusing every field it does not know', async () => {
    const { app } = context;
    const before = await countsByKind();
    const valid = {
      tree: 'corporaties',
      version: 1,
      org: 'corporatie',
      events: [
        { kind: 'question-answered', node: 'al_ontruimd' },
        { kind: 'outcome-reached', outcome: 'informeer-tweedekans' },
      ],
    };
    const refused: [unknown, number, RegExp][] = [
      [{ ...valid, ip: '203.0.113.9' }, 400, /Onbekend veld "ip"/],
      [{ ...valid, date: '2022-03-15' }, 400, /Onbekend veld "date"/],
      [
        { ...valid, events: [{ kind: 'question-answered', node: 'al_ontruimd', answer: 'ja' }] },
        400,
        /Onbekend veld "answer"/,
      ],
      [{ ...valid, org: 'Jan Jansen, WIJ Noord' }, 400, /organisatiesoort/],
      [{ ...valid, events: [{ kind: 'walk-started', node: 'al_ontruimd' }] }, 400, /tellen/],
      [{ ...valid, events: [] }, 400, /events/],
      [{ ...valid, tree: 'onbekend' }, 422, /Er is geen versie 1/],
      [{ ...valid, version: 7 }, 422, /Er is geen versie 7/],
      [
        { ...valid, events: [{ kind: 'question-shown', node: 'ontruimd' }] },
        422,
        /"ontruimd" is geen vraag/,
      ],
      [{ ...valid, events: [{ kind: 'question-shown', node: 'jan-jansen' }] }, 422, /geen vraag/],
      ['{"tree":', 400, /geen geldige JSON/],
    ];
    for (const [body, status, message] of refused) {
      const response = await app.request('/api/v1/gebruik', beacon(body));
      assert.equal(response.status, status, JSON.stringify(body));
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = (await response.json()) as {
        detail: string;
        errors?: { message: string }[];
      };
      const said = [problem.detail, ...(problem.errors ?? []).map((error) => error.message)];
      assert.match(said.join(' '), message);
    }
    const wrongType = await app.request(
      '/api/v1/gebruik',
      beacon(valid, { 'Content-Type': 'application/x-www-form-urlencoded' }),
    );
    assert.equal(wrongType.status, 415);
    const crossSite = await app.request(
      '/api/v1/gebruik',
      beacon(valid, { 'Sec-Fetch-Site': 'cross-site' }),
    );
    assert.equal(crossSite.status, 403);
    const tooLarge = await app.request('/api/v1/gebruik', beacon(' '.repeat(9000)));
    assert.equal(tooLarge.status, 413);
    assert.match(await tooLarge.text(), /hoogstens/);
    assert.deepEqual(await countsByKind(), before, 'nothing refused was counted');

    const accepted = await app.request('/api/v1/gebruik', beacon(valid));
    assert.equal(accepted.status, 204);
    assert.equal(accepted.headers.get('set-cookie'), null);
    const after = await countsByKind();
    assert.equal(after['question-answered al_ontruimd'], 1);
    assert.equal(after['outcome-reached informeer-tweedekans'], 1);
    const outcome = (await context.store.rawUsageRows()).find(
      (row) => row.outcome_id === 'informeer-tweedekans',
    );
    assert.equal(outcome?.verdict, 'past', 'the verdict comes from the tree, not the browser');
    assert.equal(outcome?.org_type, 'corporatie');
  });

  it('shows the counts to an analist, with filters, a CSV export and Dutch messages', async () => {
    const { app, store } = context;
    const analist = await signIn(app, store, 'analist');
    const get = (path: string) => app.request(path, { headers: { Cookie: analist.cookie } });

    const page = await get('/beheer/gebruik');
    assert.equal(page.status, 200);
    const text = await page.text();
    assert.match(text, /Gebruik van de Woonkansboom/);
    assert.match(text, /Gestarte wandelingen<\/dt><dd class="utrecht-data-list__item-value">1</);
    assert.match(text, /Uw cliënt past bij het tweedekansbeleid/);
    assert.match(text, /Waar stoppen wandelingen: Woonkansboom hulpverlenende instanties/);
    assert.match(text, /WIJ Groningen/);

    const filtered = await get('/beheer/gebruik?org=corporatie&boom=hulpverlening');
    assert.match(await filtered.text(), /nog geen gebruik in deze periode/);
    const empty = await get('/beheer/gebruik?van=2020-01&tot=2020-12');
    assert.equal(empty.status, 200);
    assert.match(await empty.text(), /nog geen gebruik in deze periode/);

    for (const [query, message] of [
      ['van=gisteren', /&quot;gisteren&quot; is geen maand/],
      ['van=2026-05&tot=2026-01', /ligt voor de maand bij &quot;Van&quot;/],
      ['boom=%3Cscript%3E', /Deze Woonkansboom kennen we niet/],
      ['org=iedereen', /Deze soort organisatie kennen we niet/],
    ] as const) {
      const wrong = await get(`/beheer/gebruik?${query}`);
      assert.equal(wrong.status, 400, query);
      const body = await wrong.text();
      assert.match(body, /Er is een probleem/);
      assert.match(body, message);
      assert.doesNotMatch(body, /<script>/);
    }
    // What was typed stays in the field: a month input would empty an unreadable month.
    const typed = await (await get('/beheer/gebruik?van=2026-13')).text();
    assert.match(typed, /type="text" id="van" name="van" value="2026-13"/);
    assert.match(typed, /type="month" id="tot" name="tot"/);

    const csv = await get('/beheer/gebruik.csv?boom=hulpverlening');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    assert.match(lines[0] ?? '', /maand;boom;versie;organisatie;gebeurtenis/);
    assert.ok(lines.includes('2026-11;hulpverlening;1;WIJ Groningen;walk-started;;;;1'));
    assert.ok(lines.every((line) => !line.includes('corporaties')));
    assert.equal((await get('/beheer/gebruik.csv?tot=nooit')).status, 400);

    const redacteur = await signIn(app, store, 'redacteur');
    const refused = await app.request('/beheer/gebruik', {
      headers: { Cookie: redacteur.cookie },
    });
    assert.equal(refused.status, 403);
  });

  it('shows the months before the go-live date as not live yet, not as zero use', async () => {
    const { app, store } = context;
    await store.addUsageCounts([
      {
        day: '2026-11-20',
        kind: 'walk-started',
        treeId: 'hulpverlening',
        treeVersion: 1,
        orgType: 'wij',
        nodeId: '',
        outcomeId: '',
        verdict: '',
        count: 3,
      },
    ]);
    await store.setSetting('woonkansboom-live-sinds', '2026-11-06');
    const analist = await signIn(app, store, 'analist');
    const response = await app.request('/beheer/gebruik', { headers: { Cookie: analist.cookie } });
    const text = await response.text();
    assert.match(
      text,
      /Van december 2025 tot en met oktober 2026 was de Woonkansboom nog niet live\. Daarom staat daar geen cijfer/,
    );
    const { document } = parseHTML(text);
    const table = [...document.querySelectorAll('table')].find((candidate) =>
      candidate.querySelector('caption')?.textContent?.includes('Wandelingen per maand'),
    );
    const row = (month: string) =>
      [...(table?.querySelectorAll('tbody tr') ?? [])]
        .find((candidate) => candidate.querySelector('th')?.textContent === month)
        ?.querySelectorAll('td');
    const before = [...(row('oktober 2026') ?? [])].map((cell) => cell.textContent);
    assert.ok(before.length > 0 && before.every((cell) => cell === '–geen cijfer'), `${before}`);
    const live = [...(row('november 2026') ?? [])].map((cell) => cell.textContent);
    assert.ok(
      live.some((cell) => cell !== null && /^[1-9]/.test(cell)),
      `${live}`,
    );
    await store.setSetting('woonkansboom-live-sinds', null);
  });
});
