// Fuzzes the public evaluation form, POST /evaluatie/:slug
// with the rate limit off, on SQLite and (when it answers) on
// PostgreSQL: filled-in forms with scores out of range, texts at and past their
// limits, unicode, NUL characters, `__proto__` keys, missing, invalid and
// repeated idempotency keys, unknown statement ids, duplicated fields, files
// instead of values, multipart and wrong content types, and links of rounds
// that are not open or do not exist.
//
// A small model predicts every answer: 303 and one stored response per new
// key for a form the model knows is complete, the thank-you page without a new
// row for a repeated key, 422 with an error summary for an incomplete one,
// 404/409/410 for the other rounds. The harness (endpoint-fuzz.ts) adds: zero
// 5xx, every refusal a Dutch HTML page, a refusal leaves the count as it was.
// endpoint-fuzz.ts has JSON bodies only, so the form bodies are built here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import {
  parseEvaluationAnswers,
  responseFields,
  responseLimits,
} from '../../src/core/evaluation/evaluation-response.ts';
import { TreeAdmin } from '../../src/services/tree-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createApp } from '../../src/web/app.ts';
import type { RateLimits } from '../../src/web/rate-limit.ts';
import { storeCatalog } from '../../src/web/store-catalog.ts';
import { postgresTestDatabase, postgresUnavailable } from '../store/test-databases.ts';
import { testAssets, testNow } from '../support/test-app.ts';
import { type FuzzRequest, fuzzEndpoint } from './endpoint-fuzz.ts';
import { bodyOf, type FormCase, formCase, statements, summaryOf } from './evaluation-form-cases.ts';

const noLimits: RateLimits = {
  evaluate: { limit: 0, windowMs: 60_000 },
  evaluationAnswers: { limit: 0, windowMs: 60_000 },
  usageEvents: { limit: 0, windowMs: 60_000 },
};

// ---- the app ----

type Database = 'sqlite' | 'postgres';

async function openTestStore(database: Database) {
  if (database === 'sqlite') {
    const store = await openStore({ dataDir: ':memory:' });
    return { store, dispose: async () => {} };
  }
  const postgres = await postgresTestDatabase();
  return { store: await postgres.open(), dispose: () => postgres.dispose() };
}

async function fuzzApp(database: Database) {
  const { store, dispose } = await openTestStore(database);
  const catalog = await storeCatalog(store);
  const admin = new TreeAdmin(store, () => catalog.refresh());
  const app = createApp({
    catalog,
    assets: testAssets,
    now: () => testNow,
    store,
    admin,
    rateLimits: noLimits,
  });
  const form = await store.saveEvaluationForm(defaultEvaluationForm, null);
  const round = (title: string, slug: string, opensOn: string, closesOn: string) =>
    store.createEvaluationRound({
      title,
      slug,
      formId: form.id,
      opensOn,
      closesOn,
      // The fuzzer's oracle says a response is complete when every statement has a score.
      openAnswersAllowed: false,
      createdBy: null,
    });
  // testNow is 28 November 2026.
  const rounds = {
    open: await round('Najaar 2026', 'open-ronde-0000000000000', '2026-11-01', '2026-12-31'),
    planned: await round('Voorjaar 2027', 'geplande-ronde-000000000', '2027-03-01', '2027-03-31'),
    closed: await round('Zomer 2026', 'gesloten-ronde-000000000', '2026-11-01', '2026-12-31'),
  };
  await store.closeEvaluationRound(rounds.closed.id);
  return {
    app,
    store,
    rounds,
    async close() {
      catalog.close();
      await store.close();
      await dispose();
    },
  };
}

async function responsesOf(store: Store, roundId: number): Promise<number> {
  return (await store.evaluationRound(roundId))?.responses ?? -1;
}

function validFields(key: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    sleutel: key,
    ...Object.fromEntries(statements.map((id) => [responseFields.score(id), '4'])),
    ...extra,
  };
}

const postgresSkip = await postgresUnavailable();
/** Fewer on PostgreSQL, whose round trips are slower, to stay within 15 s on two cores. */
const runs = { sqlite: 400, postgres: 300 };

for (const database of ['sqlite', 'postgres'] as const) {
  describe(`POST /evaluatie/:slug under fuzzing on ${database}`, {
    skip: database === 'postgres' && postgresSkip,
  }, () => {
    let setup: Awaited<ReturnType<typeof fuzzApp>>;
    /** Keys the model knows are stored for the open round. */
    const storedKeys = new Set<string>();
    let expectedResponses = 0;
    /** How often each status was answered, so a generator that drifts off is noticed. */
    const statuses = new Map<number, number>();

    before(async () => {
      setup = await fuzzApp(database);
    });
    after(() => setup?.close());

    const post = (path: string, request: Pick<FuzzRequest, 'body' | 'headers'>) =>
      setup.app.request(path, { method: 'POST', body: request.body, headers: request.headers });

    /** Sends one case and checks the answer and the count against the model. */
    async function sendCase(form: FormCase): Promise<Response> {
      const { rounds, store } = setup;
      const slug = form.round === 'unknown' ? form.unknownSlug : rounds[form.round].slug;
      const response = await post(`/evaluatie/${slug}`, bodyOf(form));
      const status = response.status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) return response;
      const page = await response.clone().text();
      const expected =
        form.round === 'unknown'
          ? [404]
          : form.round === 'planned'
            ? [409]
            : form.round === 'closed'
              ? [410]
              : form.key !== undefined && storedKeys.has(form.key)
                ? [303]
                : { stored: [303], refused: [422], either: [303, 422] }[form.expect];
      assert.ok(
        expected.includes(status),
        `answered ${status}, the model expected ${expected.join(' or ')}`,
      );
      if (status === 303) {
        assert.equal(response.headers.get('location'), `/evaluatie/${rounds.open.slug}/bedankt`);
        const repeat = form.key !== undefined && storedKeys.has(form.key);
        if (!repeat) {
          expectedResponses += 1;
          if (form.key !== undefined) storedKeys.add(form.key);
        }
      }
      if (status === 422) {
        assert.match(page, /id="foutmelding"[\s\S]*Er is een probleem[\s\S]*<a [^>]*href="#[a-z]/);
        assert.match(page, /<title>Fout: Najaar 2026/);
      }
      assert.equal(response.headers.get('set-cookie'), null, 'the public form sets no cookie');
      const stored = await responsesOf(store, rounds.open.id);
      if (stored !== expectedResponses) {
        // Follow the store from here, so one wrong insert is reported once, not for every later request.
        const modelled = expectedResponses;
        expectedResponses = stored;
        assert.fail(`${stored} responses are stored, the model expected ${modelled}`);
      }
      return response;
    }

    it(`answers ${runs[database]} random and malformed forms without a 5xx, refusing in Dutch and storing only complete ones`, async () => {
      await fuzzEndpoint(
        {
          name: `POST /evaluatie/:slug (${database})`,
          refusals: 'html',
          requests: formCase.map((form) => ({
            ...bodyOf(form),
            summary: summaryOf(form),
            form,
          })),
          send: (request) => sendCase((request as FuzzRequest & { form: FormCase }).form),
          unchanged: () => responsesOf(setup.store, setup.rounds.open.id),
        },
        runs[database],
      );
    });

    it('stored one well-formed response per idempotency key, and nothing for rounds that are not open', async () => {
      const { store, rounds } = setup;
      const stored = await store.evaluationResponses(rounds.open.id);
      assert.equal(stored.length, expectedResponses);
      for (const status of [303, 404, 409, 410, 422]) {
        assert.ok((statuses.get(status) ?? 0) > 0, `no request was answered ${status}`);
      }
      assert.ok(
        expectedResponses > 20,
        `only ${expectedResponses} forms were stored: the generator is off`,
      );
      for (const key of storedKeys)
        assert.ok(await store.hasEvaluationResponse(rounds.open.id, key), key);
      for (const response of stored) {
        const answers = parseEvaluationAnswers(response.answers);
        assert.deepEqual(Object.keys(answers.scores).sort(), [...statements].sort());
        for (const note of Object.values(answers.notes))
          assert.ok(note.length <= responseLimits.note);
        for (const advice of Object.values(answers.advice))
          assert.ok(advice.length <= responseLimits.advice);
        assert.ok((response.name ?? '').length <= responseLimits.name);
        assert.ok((response.function ?? '').length <= responseLimits.function);
        assert.equal(response.submittedOn, '2026-11-28');
      }
      assert.equal(await responsesOf(store, rounds.planned.id), 0);
      assert.equal(await responsesOf(store, rounds.closed.id), 0);
    });

    it('does not fail on a NUL character in the link, the name or the function', async () => {
      // Found by this file on PostgreSQL: text columns refuse U+0000 ("invalid
      // byte sequence for encoding UTF8: 0x00"), so the slug lookup and the
      // insert throw and the participant gets the 500 page.
      const { rounds, store } = setup;
      const before = await responsesOf(store, rounds.open.id);
      const answers: [string, Response][] = [
        ['GET /evaluatie/%00', await setup.app.request('/evaluatie/%00')],
        [
          'POST /evaluatie/a%00b',
          await post('/evaluatie/a%00b', urlencoded(validFields('nul-in-het-adres-000000'))),
        ],
        [
          'naam "Anna\\u0000B"',
          await post(
            `/evaluatie/${rounds.open.slug}`,
            urlencoded(validFields('nul-in-de-naam-00000000', { naam: 'Anna\u0000B' })),
          ),
        ],
        [
          'functie "\\u0000"',
          await post(
            `/evaluatie/${rounds.open.slug}`,
            urlencoded(validFields('nul-in-de-functie-00000', { functie: '\u0000' })),
          ),
        ],
      ];
      const failed = answers
        .filter(([, response]) => response.status >= 500)
        .map(([what, response]) => `${what}: ${response.status}`);
      assert.deepEqual(failed, []);
      assert.ok((await responsesOf(store, rounds.open.id)) - before <= 2);
    });

    it('still shows the form and stores a normal answer afterwards', async () => {
      const { app, rounds, store } = setup;
      const page = await app.request(`/evaluatie/${rounds.open.slug}`);
      assert.equal(page.status, 200);
      assert.equal((await page.text()).match(/<fieldset/g)?.length, statements.length);
      const before = await responsesOf(store, rounds.open.id);
      const fields = validFields('na-het-fuzzen-000000000', { naam: 'Na het fuzzen' });
      const response = await post(`/evaluatie/${rounds.open.slug}`, urlencoded(fields));
      assert.equal(response.status, 303);
      assert.equal(await responsesOf(store, rounds.open.id), before + 1);
      const again = await post(`/evaluatie/${rounds.open.slug}`, urlencoded(fields));
      assert.equal(again.status, 303);
      assert.equal(await responsesOf(store, rounds.open.id), before + 1, 'a repeat is stored once');
      assert.equal((await app.request('/health')).status, 200);
    });
  });
}

function urlencoded(fields: Record<string, string>): Pick<FuzzRequest, 'body' | 'headers'> {
  return {
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  };
}
