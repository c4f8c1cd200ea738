// `npm run bench` (after `npm run build`): transfer sizes of a walk page (the
// bytes that arrive over the socket, as a browser asks for them) against
// the budgets in README, server throughput of the evaluate endpoint and a walk
// page against a bare route of the same server, the time from an answer to the
// next question in Chromium, the cold start, how fast a publish reaches a
// second server, PDFs under load beside the walk page (bench/pdf-load.ts), a
// diagram with a 10,000-character word (bench/long-word.ts), and the same tree
// as a SurveyJS survey measured in turns with ours (bench/peer-compare.ts),
// and fifty regions on PostgreSQL with three servers (bench/regions.ts).
// Rate limits are off for the bench server. Prints a table and writes
// bench/results/latest.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { defaultEvaluationForm } from '../src/core/evaluation/evaluation-default-form.ts';
import { allStatements } from '../src/core/evaluation/evaluation-form.ts';
import { responseFields } from '../src/core/evaluation/evaluation-response.ts';
import { hashToken, newToken } from '../src/services/accounts/secret-token.ts';
import { openStore } from '../src/store/open-store.ts';
import {
  countRoundTrips,
  launchChromium,
  openEnhancedWalk,
  phone,
} from '../test/support/chromium.ts';
import { rawRequest } from '../test/support/raw-get.ts';
import { type RunningServer, startServer } from '../test/support/start-server.ts';
import { longWordDiagram } from './long-word.ts';
import { pdfLoad } from './pdf-load.ts';
import { comparePeer } from './peer-compare.ts';
import { regionsOnPostgres } from './regions.ts';
import { scheduleVersions } from './scheduled-versions.ts';

/** `npm run bench -- --transfer-only`: the sizes alone, in seconds instead of minutes. */
const transferOnly = process.argv.includes('--transfer-only');
/** `npm run bench -- --peer-only`: the SurveyJS comparison alone. */
const peerOnly = process.argv.includes('--peer-only');
/** `npm run bench -- --pdf-only`: the PDF lines alone (bench/pdf-load.ts). */
const pdfOnly = process.argv.includes('--pdf-only');
/** `npm run bench -- --throughput-only`: the evaluate / bare budget and the other load lines alone. */
const throughputOnly = process.argv.includes('--throughput-only');
/** `npm run bench -- --regions-only`: 50 regions on PostgreSQL with three servers (bench/regions.ts). */
const regionsOnly = process.argv.includes('--regions-only');
/** Everything, or only the part a flag asks for. */
const everything = !transferOnly && !peerOnly && !pdfOnly && !throughputOnly && !regionsOnly;
const kB = 1000;
/** What a browser sends; the server picks brotli. */
const acceptEncoding = 'br, gzip';
const loadSeconds = 4;
/** The evaluate/bare budget: many short paired runs, as this shared 2-core VM drifts by tens of percent. */
const throughputRounds = 11;
const pairedSeconds = 1.5;
const connections = 10;
const peildatum = '2026-11-27';

const fullAnswers = {
  ontruimd: 'ja',
  reden: 'beide',
  datum_ontruiming: '2022-03-15',
  huurschuld: 'ja',
  regeling: 'ja',
  datum_regeling: '2026-05-01',
  bewind: 'nee',
  hulpverlening: 'ja',
};
const outcomePath = `/boom/hulpverlening?${new URLSearchParams({ peildatum, ...fullAnswers })}`;

interface Row {
  measure: string;
  value: string;
  budget: string;
  /** undefined: reported, no budget. */
  pass?: boolean;
}

const rows: Row[] = [];
/** Lines printed under the table: detail that would make a column too wide. */
const afterTable: string[] = [];
const raw: Record<string, unknown> = {};

function report(measure: string, value: string, budget = '', pass?: boolean): void {
  rows.push({ measure, value, budget, ...(pass === undefined ? {} : { pass }) });
}

const formatKB = (bytes: number) => `${(bytes / kB).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * One GET as a browser makes it (Accept-Encoding: br, gzip), on its own
 * connection: the bytes read from the socket (status line, headers and the
 * body as encoded by the server) and the decoded body.
 */
async function fetchOverWire(url: string): Promise<{ bytes: number; body: string }> {
  const response = await rawRequest(url, { headers: { 'Accept-Encoding': acceptEncoding } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return { bytes: response.socketBytes, body: response.decoded.toString('utf8') };
}

function attribute(html: string, pattern: RegExp, what: string): string {
  const value = pattern.exec(html)?.[1];
  if (!value) throw new Error(`the walk page has no ${what}`);
  return value.replaceAll('&amp;', '&');
}

/** (a) What a first visit to a walk page transfers: bytes over the socket, headers included. */
async function transferSizes(server: RunningServer): Promise<void> {
  const wireBytes = async (path: string) => (await fetchOverWire(server.url + path)).bytes;
  for (const tree of ['hulpverlening', 'corporaties']) {
    const start = await fetchOverWire(`${server.url}/boom/${tree}?peildatum=${peildatum}`);
    const html = start.body;
    const css = attribute(html, /<link rel="stylesheet" href="([^"]+)"/, 'stylesheet');
    const script = attribute(html, /<script type="module" src="([^"]+)"/, 'walk script');
    const icon = attribute(html, /<link rel="icon" href="([^"]+)"/, 'favicon');
    const version = attribute(html, /data-walk-version="([^"]+)"/, 'data-walk-version');
    const walkData = `/api/v1/trees/${tree}/versions/${version}/walk-data`;
    const sizes = {
      html: start.bytes,
      css: await wireBytes(css),
      script: await wireBytes(script),
      walkData: await wireBytes(walkData),
      favicon: await wireBytes(icon),
    };
    const js = sizes.script + sizes.walkData;
    const firstVisit = sizes.html + sizes.css + js + sizes.favicon;
    raw[`transfer-${tree}`] = { ...sizes, js, firstVisit };
    report(
      `${tree}: JS (script ${formatKB(sizes.script)} + walk-data ${formatKB(sizes.walkData)})`,
      formatKB(js),
      '≤ 15 KB',
      js <= 15 * kB,
    );
    report(
      `${tree}: first visit (HTML ${formatKB(sizes.html)}, CSS ${formatKB(sizes.css)}, JS, favicon)`,
      formatKB(firstVisit),
      '≤ 60 KB',
      firstVisit <= 60 * kB,
    );
  }
  // A shared link can open straight on an outcome page, the largest HTML.
  const transfer = raw['transfer-hulpverlening'] as { html: number; firstVisit: number };
  const outcomeHtml = await wireBytes(outcomePath);
  const firstVisit = transfer.firstVisit - transfer.html + outcomeHtml;
  raw['transfer-outcome-link'] = { html: outcomeHtml, firstVisit };
  report(
    `hulpverlening: first visit on an outcome link (HTML ${formatKB(outcomeHtml)})`,
    formatKB(firstVisit),
    '≤ 60 KB',
    firstVisit <= 60 * kB,
  );
}

async function load(
  url: string,
  options: Partial<autocannon.Options> = {},
  { seconds = loadSeconds, warmUp = true } = {},
): Promise<autocannon.Result> {
  if (warmUp) await autocannon({ url, connections, duration: 1, ...options });
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return result;
}

/**
 * (b) Requests per second and p99 latency, each against a bare route of the
 * same server. The evaluate endpoint is measured twice: with one repeated body
 * (the budget; answers are cached per tree version, day and body, as the
 * first steps of every walk repeat) and with a different peildatum per request
 * (mostly uncached work, reported for honesty).
 */
async function throughput(server: RunningServer): Promise<void> {
  const evaluateUrl = `${server.url}/api/v1/trees/hulpverlening/evaluate`;
  // As browsers and most HTTP clients send it.
  const post = {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
  };
  const body = JSON.stringify({ answers: fullAnswers, peildatum });
  // The bare route and evaluate in short turns, after one warm-up each: on a
  // shared 2-core machine a long run of one drifts away from a long run of the
  // other; the median ratio of many adjacent pairs is steady.
  await load(`${server.url}/health`);
  await load(evaluateUrl, { ...post, body });
  const paired = { seconds: pairedSeconds, warmUp: false };
  const pairs: { bare: autocannon.Result; evaluate: autocannon.Result }[] = [];
  for (let round = 0; round < throughputRounds; round++) {
    const bare = await load(`${server.url}/health`, {}, paired);
    const evaluate = await load(evaluateUrl, { ...post, body }, paired);
    pairs.push({ bare, evaluate });
  }
  const middle = (pick: (pair: (typeof pairs)[number]) => autocannon.Result) =>
    [...pairs].sort((a, b) => pick(a).requests.average - pick(b).requests.average)[
      Math.floor(pairs.length / 2)
    ] as (typeof pairs)[number];
  const bare = middle((pair) => pair.bare).bare;
  const evaluate = middle((pair) => pair.evaluate).evaluate;
  const pairRatios = pairs.map(
    (pair) => pair.evaluate.requests.average / pair.bare.requests.average,
  );
  const evaluateRatio = median(pairRatios);
  let request = 0;
  const varied = await load(evaluateUrl, {
    ...post,
    requests: [
      {
        ...post,
        setupRequest: (req) => {
          request += 1;
          const day = new Date(Date.UTC(2026, 10, 27) + (request % 3650) * 86_400_000);
          return {
            ...req,
            body: JSON.stringify({
              answers: fullAnswers,
              peildatum: day.toISOString().slice(0, 10),
            }),
          };
        },
      },
    ],
  });
  const page = await load(server.url + outcomePath);
  const line = (result: autocannon.Result) =>
    `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`;
  report(`GET /health (bare route, median of ${throughputRounds})`, line(bare));
  report(
    `POST /api/v1/trees/hulpverlening/evaluate (full answers, median of ${throughputRounds})`,
    line(evaluate),
  );
  report('POST evaluate, another peildatum per request (mostly uncached)', line(varied));
  report('GET walk page (outcome URL, 8 answers)', line(page));
  const ratio = (result: autocannon.Result) => result.requests.average / bare.requests.average;
  afterTable.push(
    `evaluate / bare in each of the ${throughputRounds} pairs: ${pairRatios.map((value) => value.toFixed(2)).join(', ')}`,
  );
  report(
    `evaluate / bare (req/s, median of ${throughputRounds} paired runs)`,
    evaluateRatio.toFixed(2),
    '≥ 0.70',
    evaluateRatio >= 0.7,
  );
  report('evaluate, varied bodies / bare (req/s)', ratio(varied).toFixed(2));
  report('walk page / bare (req/s)', ratio(page).toFixed(2));
  raw.evaluateBareRatios = pairRatios;
  for (const [name, result] of Object.entries({ bare, evaluate, varied, page }))
    raw[`load-${name}`] = {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      total: result.requests.total,
    };
}

/** (c) From a click on "Volgende" to the next question, in the browser, over ~24 steps. */
async function answerToQuestion(server: RunningServer): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: phone })).newPage();
    await openEnhancedWalk(page, `${server.url}/boom/hulpverlening?peildatum=${peildatum}`);
    const roundTrips = countRoundTrips(page);
    const domUpdated: number[] = [];
    const painted: number[] = [];
    /** Requests during the measured steps; the outcome's page load between walks is by design. */
    let requestsInSteps = 0;
    const answers = Object.entries(fullAnswers);
    for (let round = 0; round < 3; round++) {
      const requestsBefore = roundTrips.urls.length;
      // The last answer leads to the outcome, a normal page load (src/client/walk.ts).
      for (const [question, value] of answers.slice(0, -1)) {
        const step = await page.evaluate(
          async ({ question, value }) => {
            const field =
              document.querySelector<HTMLInputElement>(`#${question}-${value}`) ??
              document.querySelector<HTMLInputElement>(`#${question}`);
            if (!field) return { error: `no field for ${question}` };
            if (field.type === 'radio') field.checked = true;
            else field.value = value;
            const heading = document.querySelector('#vraag');
            const button = document.querySelector<HTMLButtonElement>('button[type="submit"]');
            performance.mark('answer');
            button?.click();
            performance.mark('dom-updated');
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            performance.mark('painted');
            if (document.querySelector('#vraag') === heading)
              return { error: `nothing new rendered after ${question}` };
            return {
              domUpdated: performance.measure('dom', 'answer', 'dom-updated').duration,
              painted: performance.measure('paint', 'answer', 'painted').duration,
            };
          },
          { question, value },
        );
        if ('error' in step) throw new Error(step.error);
        domUpdated.push(step.domUpdated);
        painted.push(step.painted);
      }
      requestsInSteps += roundTrips.urls.length - requestsBefore;
      const [lastQuestion, lastValue] = answers.at(-1) ?? [];
      await page.check(`#${lastQuestion}-${lastValue}`);
      await page.locator('main form button[type="submit"]').first().click();
      await page.getByRole('link', { name: 'Opnieuw beginnen' }).click();
      await page.waitForURL((url) => !url.searchParams.has('ontruimd'));
      await page.waitForLoadState('networkidle');
    }
    raw.answerToQuestion = {
      domUpdatedMs: domUpdated,
      paintedMs: painted,
      roundTrips: roundTrips.urls,
    };
    report(
      `answer → next question rendered in the DOM, median of ${domUpdated.length} steps`,
      `${median(domUpdated).toFixed(1)} ms`,
      '≤ 16 ms',
      median(domUpdated) <= 16,
    );
    report(
      `answer → next frame painted, median of ${painted.length} steps`,
      `${median(painted).toFixed(1)} ms`,
      '≤ 100 ms',
      median(painted) <= 100,
    );
    report(
      'network requests (page loads, fetches) during those steps',
      String(requestsInSteps),
      '0',
      requestsInSteps === 0,
    );
  } finally {
    await browser.close();
  }
}

/** (d) From spawning the built server on an empty embedded store until it served a walk page. */
/**
 * Evaluation answers stored per second on the embedded SQLite store, with
 * synchronous=FULL (each commit synced to disk before the 303): the cost of
 * answers surviving a power loss.
 */
async function evaluationAnswersPerSecond(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wkb-bench-answers-'));
  const server = await startServer({ dataDir, env: { RATE_LIMITS: 'off' } });
  const store = await openStore({ dataDir });
  try {
    const form = await store.saveEvaluationForm(defaultEvaluationForm, null);
    const round = await store.createEvaluationRound({
      title: 'Bench',
      slug: 'bench-0123456789abcdefghijkl',
      formId: form.id,
      opensOn: '2000-01-01',
      closesOn: '2999-12-31',
      createdBy: null,
    });
    const scores = allStatements(defaultEvaluationForm).map(
      (statement) => [responseFields.score(statement.id), '4'] as [string, string],
    );
    let next = 0;
    const result = await autocannon({
      url: `${server.url}/evaluatie/${round.slug}`,
      connections,
      duration: loadSeconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
          setupRequest: (request) => ({
            ...request,
            body: new URLSearchParams([
              ['sleutel', `bench-${String(next++).padStart(8, '0')}-abcdefghij`],
              ...scores,
            ]).toString(),
          }),
        },
      ],
    });
    const stored = result['3xx'];
    if (result.errors > 0 || stored !== result.requests.total)
      throw new Error(
        `evaluation answers: ${result.errors} errors, ${stored} of ${result.requests.total} stored`,
      );
    raw.evaluationAnswers = result;
    report(
      'Evaluation answers stored/s (SQLite, synchronous=FULL)',
      `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
    );
  } finally {
    await store.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function coldStart(): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const server = await startServer();
    const started = performance.now();
    const first = await fetch(`${server.url}/boom/hulpverlening`);
    await first.arrayBuffer();
    if (!first.ok) throw new Error(`first walk page answered ${first.status}`);
    times.push(server.startupMs + (performance.now() - started));
    await server.stop();
  }
  raw.coldStartMs = times;
  report(
    'cold start until the first walk page is served (median of 3)',
    `${Math.round(median(times))} ms (${times.map((time) => Math.round(time)).join(', ')})`,
    '≤ 1500 ms',
    median(times) <= 1500,
  );
}

/** (e) A publish on one server, until a second server on the same embedded store serves it. */
async function publishReachesSecondServer(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wkb-bench-'));
  const first = await startServer({ dataDir });
  const second = await startServer({ dataDir });
  const store = await openStore({ dataDir });
  try {
    const user = await store.createUser({
      email: 'bench@woonkans.test',
      role: 'beheerder',
      passwordHash: null,
    });
    const token = newToken();
    await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'bench' });
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const draftUrl = `${first.url}/api/v1/admin/trees/hulpverlening/draft`;
    const times: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const draft = (await (await fetch(draftUrl, { headers })).json()) as Record<string, unknown>;
      const marker = `(benchmark ${run})`;
      const nodes = draft.nodes as { id: string; text: string }[];
      const question = nodes.find((node) => node.id === 'ontruimd');
      if (!question) throw new Error('no question ontruimd');
      question.text = `${question.text.replace(/ \(benchmark \d+\)$/, '')} ${marker}`;
      const { check: _check, updatedAt: _at, updatedBy: _by, ...body } = draft;
      const saved = await fetch(draftUrl, { method: 'PUT', headers, body: JSON.stringify(body) });
      if (!saved.ok) throw new Error(`saving the draft answered ${saved.status}`);
      const published = await fetch(`${first.url}/api/v1/admin/trees/hulpverlening/publish`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ note: `benchmark ${run}` }),
      });
      if (published.status !== 201) throw new Error(`publish answered ${published.status}`);
      const start = performance.now();
      for (;;) {
        const page = await (await fetch(`${second.url}/boom/hulpverlening`)).text();
        if (page.includes(marker)) break;
        if (performance.now() - start > 10_000) throw new Error('the publish never arrived');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      times.push(performance.now() - start);
    }
    raw.publishToSecondServerMs = times;
    report(
      'publish on one server → served by a second (SQLite, median of 3)',
      `${Math.round(median(times))} ms (${times.map((time) => Math.round(time)).join(', ')})`,
      '≤ 2000 ms',
      median(times) <= 2000,
    );
  } finally {
    await store.close();
    await first.stop();
    await second.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** (f) The SurveyJS peer: the same tree, walked in turns with ours in one Chromium. */
async function surveyJsPeer(server: RunningServer): Promise<void> {
  const ourWalk = `${server.url}/boom/hulpverlening?peildatum=${peildatum}`;
  const peer = await comparePeer('hulpverlening', ourWalk, fullAnswers, peildatum);
  for (const row of peer.rows) report(row.measure, row.value, row.budget, row.pass);
  afterTable.push(...peer.notes);
  raw.surveyJsPeer = peer.raw;
}

/** (g) A diagram with a 10,000-character word: the render and a request waiting meanwhile. */
async function longWord(): Promise<void> {
  const result = await longWordDiagram();
  report(
    'diagram with a 10,000-character word (fresh app)',
    `${result.diagramMs.toFixed(0)} ms`,
    '≤ 1000 ms',
    result.diagramMs <= 1000,
  );
  report('/health while that diagram is drawn', `${result.healthMs.toFixed(0)} ms`);
  raw.longWord = result;
}

function printTable(): void {
  const width = (key: keyof Row) => Math.max(...rows.map((row) => String(row[key] ?? '').length));
  const [measure, value, budget] = [width('measure'), width('value'), width('budget')];
  for (const row of rows) {
    const result = row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL';
    console.log(
      `${row.measure.padEnd(measure)}  ${row.value.padStart(value)}  ${row.budget.padEnd(budget)}  ${result}`.trimEnd(),
    );
  }
  if (afterTable.length > 0) console.log(`\n${afterTable.join('\n')}`);
}

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGB: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
};
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.os}`,
);
console.log(
  `Sizes: bytes read from the socket (headers and body as sent) for a GET with Accept-Encoding: ${acceptEncoding}, one connection each (1 KB = ${kB} bytes).`,
);
console.log(
  `Load: autocannon, ${connections} connections, ${loadSeconds} s per route after a 1 s warm-up (bare/evaluate: ${throughputRounds} pairs of ${pairedSeconds} s runs), server on 127.0.0.1 in its own process.\n`,
);

// The store has a version of every tree and of the shared rules scheduled
// ahead, as after a beheerder planned a change: the walk works out the version
// in force per request.
if (!regionsOnly) {
  const benchDataDir = mkdtempSync(join(tmpdir(), 'wkb-bench-scheduled-'));
  const scheduled = await scheduleVersions(benchDataDir);
  console.log(`Scheduled versions in the bench store: ${scheduled.join(', ')}.\n`);
  const server = await startServer({ dataDir: benchDataDir, env: { RATE_LIMITS: 'off' } });
  try {
    if (everything || transferOnly) await transferSizes(server);
    if (everything || throughputOnly) await throughput(server);
    if (everything || pdfOnly) await pdfLoad(server, outcomePath, { load, report, raw });
    if (everything) await answerToQuestion(server);
    if (everything || peerOnly) await surveyJsPeer(server);
  } finally {
    await server.stop();
    rmSync(benchDataDir, { recursive: true, force: true });
  }
}
if (everything) {
  await longWord();
  await evaluationAnswersPerSecond();
  await coldStart();
  await publishReachesSecondServer();
}
if (everything || regionsOnly)
  await regionsOnPostgres({ report, raw, afterTable }, fullAnswers, peildatum);

printTable();
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('results/latest.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, acceptEncoding, kB, rows, raw }, null, 2)}\n`,
);
console.log('\nWritten to bench/results/latest.json');
if (rows.some((row) => row.pass === false)) process.exitCode = 1;
