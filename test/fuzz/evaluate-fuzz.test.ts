// Fuzzes POST /api/v1/trees/:treeId/evaluate: random
// and malformed bodies against the default trees, with the rate limit off.
// Zero 5xx, every refusal a Dutch problem+json, and the API still answers a
// normal request afterwards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadDefaultTrees } from '../../src/content/default-content.ts';
import { createApp } from '../../src/web/app.ts';
import { inMemoryCatalog } from '../../src/web/published-tree.ts';
import type { RateLimits } from '../../src/web/rate-limit.ts';
import {
  answersArbitrary,
  dateAnswerArbitrary,
  peildatumArbitrary,
} from '../support/answer-arbitrary.ts';
import { testAssets, testNow } from '../support/test-app.ts';
import { assertDutch, type FuzzRequest, fuzzEndpoint, jsonRequests } from './endpoint-fuzz.ts';

const noLimits: RateLimits = {
  evaluate: { limit: 0, windowMs: 60_000 },
  evaluationAnswers: { limit: 0, windowMs: 60_000 },
  usageEvents: { limit: 0, windowMs: 60_000 },
};

const trees = loadDefaultTrees();
const app = createApp({
  catalog: inMemoryCatalog(trees),
  assets: testAssets,
  now: () => testNow,
  rateLimits: noLimits,
});

/** Bodies the endpoint accepts: answers (valid or not) for one of the trees, and the options. */
function validBody(treeIndex: number): fc.Arbitrary<unknown> {
  const tree = trees[treeIndex];
  assert.ok(tree);
  const questions = tree.nodes.filter((node) => node.kind !== 'check').map((node) => node.id);
  return fc.record(
    {
      answers: answersArbitrary(tree),
      peildatum: fc.oneof(peildatumArbitrary, dateAnswerArbitrary),
      start: fc.oneof(fc.constantFrom(...questions), fc.constantFrom('bestaat_niet', tree.start)),
      versie: fc.constantFrom(1, 2, 999_999),
    },
    { requiredKeys: ['answers'] },
  );
}

const treeIds = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: trees.length - 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'bestaat-niet',
      '__proto__',
      'constructor',
      '%00',
      'x'.repeat(5_000),
    ),
  },
);

const requests = treeIds.chain((tree) =>
  typeof tree === 'number'
    ? jsonRequests(validBody(tree)).map((request) => ({ tree: trees[tree]?.id ?? '', request }))
    : jsonRequests(validBody(0)).map((request) => ({ tree, request })),
);

function evaluate(tree: string, request: Pick<FuzzRequest, 'body' | 'headers'>) {
  return app.request(`/api/v1/trees/${encodeURIComponent(tree)}/evaluate`, {
    method: 'POST',
    body: request.body,
    headers: request.headers,
  });
}

describe('POST /api/v1/trees/:treeId/evaluate under fuzzing', () => {
  it('answers 800 random and malformed bodies without a 5xx, refusing in Dutch problem+json', async () => {
    await fuzzEndpoint(
      {
        name: 'POST /api/v1/trees/:treeId/evaluate',
        refusals: 'problem+json',
        requests: requests.map(({ tree, request }) => ({
          ...request,
          path: tree,
          summary: `tree ${tree.slice(0, 40)}: ${request.summary}`,
        })),
        send: (request) => evaluate(request.path ?? '', request),
        check(response, text) {
          if (response.status !== 200) return;
          const body = JSON.parse(text) as { status?: string };
          assert.ok(body.status === 'question' || body.status === 'outcome', text.slice(0, 200));
        },
      },
      800,
    );
  });

  it('refuses the malformed bodies people and programs send most, in Dutch', async () => {
    // Found by this file: zod's English defaults reach the detail, e.g.
    // 'De inhoud: Unrecognized key: "foo"' and 'Invalid input: expected object, received array'.
    for (const body of [
      '{"answers":{},"foo":1}',
      '[]',
      'null',
      '{"answers":[]}',
      '{"answers":"ja"}',
    ]) {
      const response = await evaluate('hulpverlening', {
        body,
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(response.status, 400, body);
      const problem = (await response.json()) as { detail: string };
      assertDutch(problem.detail, `the detail for ${body}`);
    }
  });

  it('still evaluates a normal walk after the fuzzing', async () => {
    const response = await evaluate('hulpverlening', {
      body: JSON.stringify({
        answers: {
          ontruimd: 'ja',
          reden: 'beide',
          datum_ontruiming: '2022-03-15',
          huurschuld: 'nee',
          hulpverlening: 'ja',
        },
        peildatum: '2026-11-28',
      }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; dates: Record<string, string> };
    assert.equal(body.status, 'outcome');
    assert.equal(body.dates.uiterste_aanmelddatum, '2027-03-14');
  });
});
