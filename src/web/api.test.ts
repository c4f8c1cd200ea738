import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { testApp } from '../../test/support/test-app.ts';
import type { openApiDocument } from './api/openapi.ts';

const app = testApp();

function evaluate(body: unknown, tree = 'hulpverlening', contentType = 'application/json') {
  return app.request(`/api/v1/trees/${tree}/evaluate`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function problem(response: Response) {
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return (await response.json()) as {
    status: number;
    detail: string;
    errors?: { field: string; code: string }[];
  };
}

describe('JSON API', () => {
  it('asks the root-path questions after a start mid-tree instead of answering past (SPEC §4)', async () => {
    const response = await evaluate({ start: 'hulpverlening', answers: { hulpverlening: 'ja' } });
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      status: string;
      verdict?: string;
      question?: { id: string };
      links: { walk: string };
    };
    assert.equal(body.status, 'question');
    assert.equal(body.verdict, undefined);
    assert.equal(body.question?.id, 'ontruimd');
    assert.match(body.links.walk, /start=hulpverlening/);
  });

  it('accepts "onbekend" for a date with "Ik weet de datum niet precies" and ends at datum-onbekend', async () => {
    const response = await evaluate({
      peildatum: '2026-11-28',
      answers: { ontruimd: 'ja', reden: 'overlast', datum_ontruiming: 'onbekend' },
    });
    const body = (await response.json()) as { status: string; outcome?: { id: string } };
    assert.equal(body.status, 'outcome');
    assert.equal(body.outcome?.id, 'datum-onbekend');
  });

  it('lists the published trees with their version', async () => {
    const response = await app.request('/api/v1/trees');
    const body = (await response.json()) as { trees: { id: string; version: number }[] };
    assert.deepEqual(
      body.trees.map((tree) => [tree.id, tree.version]),
      [
        ['hulpverlening', 1],
        ['corporaties', 1],
      ],
    );
  });

  it('serves a tree as data and answers an unknown tree with a Dutch 404 problem', async () => {
    const response = await app.request('/api/v1/trees/corporaties');
    const body = (await response.json()) as { tree: { start: string } };
    assert.equal(body.tree.start, 'al_ontruimd');
    const missing = await app.request('/api/v1/trees/onbekend');
    assert.equal(missing.status, 404);
    assert.match((await problem(missing)).detail, /Er is geen Woonkansboom met het id "onbekend"/);
  });

  it('returns the next question with its options', async () => {
    const response = await evaluate({ answers: { ontruimd: 'ja' }, peildatum: '2026-11-28' });
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      status: string;
      question: { id: string; options: { id: string }[] };
    };
    assert.equal(body.status, 'question');
    assert.equal(body.question.id, 'reden');
    assert.deepEqual(
      body.question.options.map((option) => option.id),
      ['huurachterstand', 'overlast', 'beide', 'opiumwet', 'anders'],
    );
  });

  it('returns the outcome with the dates of SPEC §5 and the version used', async () => {
    const response = await evaluate({
      answers: {
        ontruimd: 'ja',
        reden: 'huurachterstand',
        datum_ontruiming: '2022-03-15',
        huurschuld: 'ja',
        regeling: 'ja',
        datum_regeling: '2024-08-31',
        bewind: 'nee',
        hulpverlening: 'ja',
        ingeschreven: 'ja',
      },
      peildatum: '2025-03-01',
    });
    const body = (await response.json()) as Record<string, unknown> & {
      outcome: { id: string; verdict: string };
    };
    assert.equal(body.status, 'outcome');
    assert.equal(body.outcome.id, 'tweedekans');
    assert.equal(body.outcome.verdict, 'past');
    assert.deepEqual(body.dates, {
      uiterste_aanmelddatum: '2027-03-14',
      aanmelden_vanaf: '2025-02-28',
      ontruimingsdatum: '2022-03-15',
      spoed_vanaf: '2027-01-17',
    });
    assert.deepEqual(body.tree, { id: 'hulpverlening', version: 1 });
    assert.equal(
      (body.answers as Record<string, string>).ingeschreven,
      undefined,
      'answers off the path are dropped',
    );
  });

  it('uses today in Amsterdam as the default peildatum', async () => {
    const lateEvening = testApp({ now: new Date('2026-11-28T23:30:00Z') });
    const response = await lateEvening.request('/api/v1/trees/hulpverlening/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: {} }),
    });
    assert.equal(((await response.json()) as { peildatum: string }).peildatum, '2026-11-29');
  });

  it('refuses bad answers with a 422 problem that names the field', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ ontruimd: 'misschien' }, 'ontruimd', 'unknown-option'],
      [
        { ontruimd: 'ja', reden: 'beide', datum_ontruiming: '2022-02-30' },
        'datum_ontruiming',
        'invalid-date',
      ],
      [
        { ontruimd: 'ja', reden: 'beide', datum_ontruiming: '2030-01-01' },
        'datum_ontruiming',
        'date-after-peildatum',
      ],
    ];
    for (const [answers, field, code] of cases) {
      const response = await evaluate({ answers, peildatum: '2026-11-28' });
      assert.equal(response.status, 422, field);
      const body = await problem(response);
      assert.deepEqual(
        body.errors?.map((error) => [error.field, error.code]),
        [[field, code]],
      );
      assert.match(body.detail, new RegExp(field));
    }
  });

  it('refuses malformed requests with a 4xx problem in Dutch', async () => {
    assert.equal((await evaluate('{"answers":', 'hulpverlening')).status, 400);
    assert.equal((await evaluate({ answers: { ontruimd: 1 } })).status, 400);
    assert.equal((await evaluate({ answers: [], extra: true })).status, 400);
    assert.equal((await evaluate({ answers: {} }, 'hulpverlening', 'text/plain')).status, 415);
    const peildatum = await evaluate({ answers: {}, peildatum: '31-02-2026' });
    assert.equal(peildatum.status, 422);
    assert.equal((await problem(peildatum)).errors?.[0]?.field, 'peildatum');
    const start = await evaluate({ answers: {}, start: 'nergens' });
    assert.equal((await problem(start)).errors?.[0]?.field, 'start');
    assert.equal((await evaluate({ answers: {} }, 'onbekend')).status, 404);
  });

  it('refuses a body over 64 KB with 413 in Dutch', async () => {
    const huge = await evaluate({ answers: { ontruimd: 'ja' }, ballast: 'x'.repeat(70_000) });
    assert.equal(huge.status, 413);
    assert.equal(huge.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
    assert.match((await problem(huge)).detail, /hoogstens 65536 bytes/);
  });

  it('never answers random request bodies with a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.record({
            answers: fc.dictionary(
              fc.constantFrom(
                'ontruimd',
                'reden',
                'datum_ontruiming',
                'huurschuld',
                'regeling',
                'datum_regeling',
                'bewind',
                'x',
              ),
              fc.oneof(
                fc.constantFrom('ja', 'nee', 'beide', '2022-03-15', '15-3-2022', '2099-01-01'),
                fc.string(),
              ),
            ),
            peildatum: fc.option(fc.oneof(fc.constant('2026-11-28'), fc.string()), {
              nil: undefined,
            }),
          }),
        ),
        async (body) => {
          const response = await evaluate(typeof body === 'string' ? body : body);
          assert.ok(response.status < 500, `status ${response.status} for ${JSON.stringify(body)}`);
          if (response.status >= 400) assert.ok((await problem(response)).detail.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('serves the walk data of a version with an ETag and caches it for good', async () => {
    const response = await app.request('/api/v1/trees/hulpverlening/versions/1/walk-data');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control') ?? '', /immutable/);
    const etag = response.headers.get('etag') ?? '';
    const again = await app.request('/api/v1/trees/hulpverlening/versions/1/walk-data', {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);
  });

  it('documents every route in OpenAPI 3.1, and every documented path answers', async () => {
    const response = await app.request('/api/v1/openapi.json');
    const document = (await response.json()) as typeof openApiDocument;
    assert.equal(document.openapi, '3.1.0');
    for (const [path, operations] of Object.entries(document.paths)) {
      if (path.startsWith('/api/v1/admin/')) continue; // needs sign-in: see admin-api.test.ts
      if (path === '/api/v1/gebruik') continue; // needs the store: see usage/usage-beacon.test.ts
      const concrete = path.replace('{treeId}', 'hulpverlening').replace('{version}', '1');
      for (const method of Object.keys(operations)) {
        const answer = await app.request(concrete, {
          method: method.toUpperCase(),
          ...(method === 'post'
            ? { headers: { 'Content-Type': 'application/json' }, body: '{}' }
            : {}),
        });
        assert.equal(answer.status, 200, `${method} ${path}`);
      }
    }
    const documented = new Set(Object.keys(document.paths));
    for (const route of app.routes.filter((candidate) => candidate.path.startsWith('/api/'))) {
      const asOpenApi = route.path.replace(/:(\w+)/g, '{$1}');
      assert.ok(documented.has(asOpenApi), `${route.method} ${route.path} is not documented`);
    }
  });
});
