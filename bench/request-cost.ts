// The app's own work per walk request, in one process without a socket:
// after a warm-up, the mean time of a round of an outcome page, a question
// page and an evaluate call. `bench/compare-checkouts.ts` runs it for two
// checkouts of the project in turns, so that the drift of this shared VM
// falls on both alike. Prints one JSON line: {root, rounds, msPerRound}.
//
//   node --import tsx bench/request-cost.ts <checkout> <rounds>
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootArgument = '.', countArgument = '0'] = process.argv.slice(2);
const root = resolve(rootArgument);
const requests = Number(countArgument);

// The test app moved from src/web to test/support in the reorganisation.
const testAppModule = [
  join(root, 'test/support/test-app.ts'),
  join(root, 'src/web/test-app.ts'),
].find((path) => existsSync(path));
if (!testAppModule) throw new Error(`no test app in ${root}`);
const { testApp } = (await import(pathToFileURL(testAppModule).href)) as {
  testApp: () => { request: (path: string, init?: RequestInit) => Promise<Response> };
};
const app = testApp();

const answers = {
  ontruimd: 'ja',
  reden: 'beide',
  datum_ontruiming: '2022-03-15',
  huurschuld: 'ja',
  regeling: 'ja',
  datum_regeling: '2026-05-01',
  bewind: 'nee',
  hulpverlening: 'ja',
};
const peildatum = '2026-11-27';
const outcomePage = `/boom/hulpverlening?${new URLSearchParams({ peildatum, ...answers })}`;
const questionPage = `/boom/hulpverlening?${new URLSearchParams({ peildatum, ontruimd: 'ja', reden: 'beide' })}`;

async function round(index: number): Promise<void> {
  for (const path of [outcomePage, questionPage]) {
    const response = await app.request(path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    await response.text();
  }
  // A different date each time, so no cache answers for the engine.
  const day = String(1 + (index % 28)).padStart(2, '0');
  const evaluate = await app.request('/api/v1/trees/hulpverlening/evaluate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ answers: { ...answers, datum_regeling: `2026-05-${day}` }, peildatum }),
  });
  if (evaluate.status !== 200) throw new Error(`evaluate: ${evaluate.status}`);
  await evaluate.text();
}

// Warm-up: every module loaded, every cache filled and the JIT settled first.
for (let index = 0; index < 200; index += 1) await round(index);
const started = performance.now();
for (let index = 0; index < requests; index += 1) await round(index);
const msPerRound = (performance.now() - started) / requests;
console.log(JSON.stringify({ root, rounds: requests, msPerRound }));
