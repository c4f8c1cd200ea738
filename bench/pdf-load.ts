// PDFs under load: advies.pdf with one URL repeated and with a
// new URL per request (another peildatum, so nothing can be cached), the
// diagram PDF, and the walk page's latency while another client floods the
// server with distinct advies.pdf URLs. Called by bench/run.ts with its own
// load() and report(), so every line has the same connections and durations.
import type autocannon from 'autocannon';
import type { RunningServer } from '../test/support/start-server.ts';

export interface BenchTools {
  load(
    url: string,
    options?: Partial<autocannon.Options>,
    run?: { seconds?: number; warmUp?: boolean },
  ): Promise<autocannon.Result>;
  report(measure: string, value: string, budget?: string, pass?: boolean): void;
  raw: Record<string, unknown>;
}

const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
const advicePath = (peildatum: string) =>
  `/boom/hulpverlening/advies.pdf?peildatum=${peildatum}&${answers}`;

/** A new peildatum for every request, from 2 May 2026 on (every one of them has an outcome). */
function distinctAdviceRequests(): Partial<autocannon.Options> {
  let request = 0;
  return {
    requests: [
      {
        setupRequest: (req) => {
          request += 1;
          const day = new Date(Date.UTC(2026, 4, 2) + (request % 3650) * 86_400_000);
          return { ...req, path: advicePath(day.toISOString().slice(0, 10)) };
        },
      },
    ],
  };
}

/**
 * One request before the load: the first PDF starts the worker thread and the
 * cache keeps it, which on a busy machine can take longer than the warm-up.
 */
async function once(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

const line = (result: autocannon.Result) =>
  `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`;

export async function pdfLoad(
  server: RunningServer,
  walkPath: string,
  { load, report, raw }: BenchTools,
): Promise<void> {
  const repeatedUrl = server.url + advicePath('2026-11-27');
  await once(repeatedUrl);
  const repeated = await load(repeatedUrl);
  const distinct = await load(server.url, distinctAdviceRequests());
  // The diagram depends on the tree, its version and the paper only: there are no distinct URLs to ask for.
  const diagramUrl = `${server.url}/boom/hulpverlening/overzicht.pdf?formaat=a4`;
  await once(diagramUrl);
  const diagram = await load(diagramUrl);
  const walkAlone = await load(server.url + walkPath);
  const [walkDuringFlood, flood] = await Promise.all([
    load(server.url + walkPath),
    load(server.url, distinctAdviceRequests()),
  ]);
  report('GET advies.pdf, one URL repeated', line(repeated));
  report('GET advies.pdf, another peildatum per request (distinct URLs)', line(distinct));
  report('GET overzicht.pdf (diagram, A4), one URL repeated', line(diagram));
  report(
    'GET walk page, alone (p99 / max)',
    `${Math.round(walkAlone.requests.average)} req/s, ${walkAlone.latency.p99} / ${walkAlone.latency.max} ms`,
  );
  report(
    'GET walk page while distinct advies.pdf URLs flood the server (p99 / max)',
    `${Math.round(walkDuringFlood.requests.average)} req/s, ${walkDuringFlood.latency.p99} / ${walkDuringFlood.latency.max} ms`,
  );
  report('  … meanwhile advies.pdf, distinct URLs', line(flood));
  for (const [name, result] of Object.entries({
    repeated,
    distinct,
    diagram,
    walkAlone,
    walkDuringFlood,
    flood,
  }))
    raw[`pdf-${name}`] = {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      total: result.requests.total,
    };
}
