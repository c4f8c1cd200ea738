// The API description tells the truth. Every documented
// operation gets a valid and an invalid request; each answer's status must be
// documented for that operation, its Content-Type must be a documented media
// type, and its JSON body must validate against the documented JSON Schema
// (Ajv, draft 2020-12 as OpenAPI 3.1 uses it) — no hand-written checks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { testAssets, testNow } from '../../../test/support/test-app.ts';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { bearerFor } from '../../../test/support/test-sign-in.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { createApp } from '../app.ts';
import { inMemoryCatalog } from '../published-tree.ts';
import { openApiDocument } from './openapi.ts';

type Json = Record<string, unknown>;
type Operation = { operationId: string; responses: Record<string, Json> };

const document = JSON.parse(JSON.stringify(openApiDocument)) as {
  paths: Record<string, Record<string, Operation>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi.json');

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** The documented operation for a concrete method and path, with its template. */
function operationFor(method: string, path: string): { template: string; operation: Operation } {
  const bare = path.split('?')[0] ?? path;
  for (const [template, item] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (pattern.test(bare) && operation) return { template, operation };
  }
  throw new Error(`${method} ${bare} is not documented`);
}

const exercised = new Map<string, Set<'valid' | 'invalid'>>();

/** Checks one real answer against the document; returns its parsed body. */
async function conforms(
  method: string,
  path: string,
  response: Response,
  kind: 'valid' | 'invalid',
): Promise<unknown> {
  const { template, operation } = operationFor(method, path);
  const where = `${method} ${path} → ${response.status}`;
  const documented = operation.responses[String(response.status)] ?? operation.responses.default;
  assert.ok(documented, `${where}: status not documented for ${operation.operationId}`);
  exercised.set(
    operation.operationId,
    (exercised.get(operation.operationId) ?? new Set()).add(kind),
  );
  const text = await response.text();
  const content = documented.content as Record<string, Json> | undefined;
  if (!content) {
    assert.equal(text, '', `${where}: a body where the document declares none`);
    return undefined;
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  assert.ok(type in content, `${where}: Content-Type ${type} not among ${Object.keys(content)}`);
  const body = JSON.parse(text) as unknown;
  const ref = `openapi.json#/${pointer('paths', template, method.toLowerCase(), 'responses', String(response.status), 'content', type, 'schema')}`;
  const validate = ajv.getSchema(ref);
  assert.ok(validate, `${where}: no schema at ${ref}`);
  assert.ok(validate(body), `${where}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`);
  return body;
}

describe('the API answers as its OpenAPI description says', () => {
  let harness: Awaited<ReturnType<typeof testBeheerApp>>;
  let beheerder: string;
  let redacteur: string;
  before(async () => {
    harness = await testBeheerApp({ sharedRules: false });
    beheerder = await bearerFor(harness.store, 'beheerder');
    redacteur = await bearerFor(harness.store, 'redacteur');
  });
  after(() => harness.close());

  const call = async (
    kind: 'valid' | 'invalid',
    method: string,
    path: string,
    init: { headers?: Record<string, string>; json?: unknown; body?: string } = {},
    expected?: number,
  ) => {
    const headers = {
      ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    };
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    const response = await harness.app.request(path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    if (expected !== undefined) assert.equal(response.status, expected, `${method} ${path}`);
    return conforms(method, path, response, kind);
  };

  it('documents every public answer', async () => {
    await call('valid', 'GET', '/api/v1/trees', {}, 200);
    await call('invalid', 'GET', '/api/v1/trees?versie=abc', {}, 200);
    await call('valid', 'GET', '/api/v1/trees/hulpverlening?versie=1', {}, 200);
    await call('invalid', 'GET', '/api/v1/trees/hulpverlening?versie=abc', {}, 400);
    await call('invalid', 'GET', '/api/v1/trees/hulpverlening?versie=0', {}, 400);
    await call('invalid', 'GET', '/api/v1/trees/bestaat-niet', {}, 404);

    const evaluate = '/api/v1/trees/hulpverlening/evaluate';
    await call('valid', 'POST', evaluate, { json: { answers: { ontruimd: 'ja' } } }, 200);
    await call(
      'valid',
      'POST',
      evaluate,
      {
        json: {
          answers: {
            ontruimd: 'ja',
            reden: 'huurachterstand',
            datum_ontruiming: '2022-03-15',
            huurschuld: 'nee',
            hulpverlening: 'ja',
          },
        },
      },
      200,
    );
    await call('invalid', 'POST', evaluate, { json: { antwoorden: {} } }, 400);
    await call('invalid', 'POST', evaluate, { json: { peildatum: '2027-02-30' } }, 422);
    await call('invalid', 'POST', evaluate, { json: { answers: { ontruimd: 'misschien' } } }, 422);
    await call('invalid', 'POST', evaluate, { json: { versie: 99 } }, 404);
    await call(
      'invalid',
      'POST',
      evaluate,
      { body: '{}', headers: { 'Content-Type': 'text/plain' } },
      415,
    );
    await call(
      'invalid',
      'POST',
      evaluate,
      {
        body: `{"start":"${'x'.repeat(70_000)}"}`,
        headers: { 'Content-Type': 'application/json' },
      },
      413,
    );

    const walkData = '/api/v1/trees/hulpverlening/versions/1/walk-data';
    const first = await harness.app.request(walkData);
    const etag = first.headers.get('ETag') ?? '';
    await conforms('GET', walkData, first, 'valid');
    await call('valid', 'GET', walkData, { headers: { 'If-None-Match': etag } }, 304);
    await call('invalid', 'GET', '/api/v1/trees/hulpverlening/versions/abc/walk-data', {}, 400);
    await call('invalid', 'GET', '/api/v1/trees/hulpverlening/versions/99/walk-data', {}, 404);

    const beacon = {
      tree: 'hulpverlening',
      version: 1,
      events: [{ kind: 'question-shown', node: 'ontruimd' }],
    };
    await call('valid', 'POST', '/api/v1/gebruik', { json: beacon }, 204);
    await call('invalid', 'POST', '/api/v1/gebruik', { json: { ...beacon, extra: 1 } }, 400);
    await call('invalid', 'POST', '/api/v1/gebruik', { json: { ...beacon, version: 99 } }, 422);
    await call(
      'invalid',
      'POST',
      '/api/v1/gebruik',
      { json: { ...beacon, events: [{ kind: 'question-shown', node: 'geen-vraag' }] } },
      422,
    );
    await call(
      'invalid',
      'POST',
      '/api/v1/gebruik',
      { body: '{}', headers: { 'Content-Type': 'application/xml' } },
      415,
    );
    await call(
      'invalid',
      'POST',
      '/api/v1/gebruik',
      { json: beacon, headers: { 'Sec-Fetch-Site': 'cross-site' } },
      403,
    );
    await call(
      'invalid',
      'POST',
      '/api/v1/gebruik',
      { body: 'x'.repeat(9000), headers: { 'Content-Type': 'text/plain' } },
      413,
    );

    const description = (await call('valid', 'GET', '/api/v1/openapi.json', {}, 200)) as Json;
    assert.equal(description.openapi, '3.1.0');
    await call('invalid', 'GET', '/api/v1/openapi.json?formaat=yaml', {}, 200);
    await call('valid', 'GET', '/health', {}, 200);
    await call('invalid', 'GET', '/health?x=1', {}, 200);
  });

  it('documents the 429 of the rate-limited public operations', async () => {
    const limited = createApp({
      catalog: inMemoryCatalog(loadDefaultTrees()),
      assets: testAssets,
      now: () => testNow,
      rateLimits: {
        evaluate: { limit: 1, windowMs: 60_000 },
        evaluationAnswers: { limit: 0, windowMs: 60_000 },
        usageEvents: { limit: 1, windowMs: 60_000 },
      },
    });
    for (const [path, body] of [
      ['/api/v1/trees/hulpverlening/evaluate', {}],
      ['/api/v1/gebruik', { tree: 'hulpverlening', version: 1, events: [] }],
    ] as const) {
      const init = {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      };
      await limited.request(path, init);
      const refused = await limited.request(path, init);
      assert.equal(refused.status, 429);
      await conforms('POST', path, refused, 'invalid');
    }
  });

  it('documents every admin answer', async () => {
    const base = '/api/v1/admin/trees/hulpverlening';
    const as = (token: string) => ({ Authorization: token });
    await call('valid', 'GET', '/api/v1/admin/trees', { headers: as(redacteur) }, 200);
    await call('invalid', 'GET', '/api/v1/admin/trees', {}, 401);
    const draft = (await call(
      'valid',
      'GET',
      `${base}/draft`,
      { headers: as(redacteur) },
      200,
    )) as Json;
    await call('invalid', 'GET', `${base}/draft`, {}, 401);
    await call(
      'invalid',
      'GET',
      '/api/v1/admin/trees/bestaat-niet/draft',
      { headers: as(redacteur) },
      404,
    );

    const { check: _check, updatedAt: _at, updatedBy: _by, ...editable } = draft;
    await call('valid', 'PUT', `${base}/draft`, { headers: as(redacteur), json: editable }, 200);
    await call('invalid', 'PUT', `${base}/draft`, { headers: as(redacteur), json: editable }, 409);
    await call(
      'invalid',
      'PUT',
      `${base}/draft`,
      { headers: as(redacteur), json: { revision: 'een' } },
      400,
    );
    await call(
      'invalid',
      'PUT',
      `${base}/draft`,
      { headers: { ...as(redacteur), 'Content-Type': 'text/plain' }, body: '{}' },
      415,
    );

    await call(
      'valid',
      'POST',
      `${base}/publish`,
      { headers: as(beheerder), json: { note: 'Zonder wijziging' } },
      201,
    );
    await call(
      'invalid',
      'POST',
      `${base}/publish`,
      { headers: as(redacteur), json: { note: 'x' } },
      403,
    );
    await call(
      'invalid',
      'POST',
      `${base}/publish`,
      { headers: { ...as(beheerder), 'Content-Type': 'text/plain' }, body: '{}' },
      415,
    );
    await call('invalid', 'POST', `${base}/publish`, { headers: as(beheerder), json: {} }, 400);
    await call(
      'invalid',
      'POST',
      `${base}/publish`,
      { headers: as(beheerder), json: { note: 'Te vroeg', geldigVanaf: '2001-01-01' } },
      422,
    );
    const scheduled = (await call(
      'valid',
      'POST',
      `${base}/publish`,
      { headers: as(beheerder), json: { note: 'Later', geldigVanaf: '2999-01-01' } },
      201,
    )) as Json;
    const cancelPath = `${base}/versions/${String(scheduled.version)}/cancel`;
    await call('valid', 'POST', cancelPath, { headers: as(beheerder) }, 200);
    await call('invalid', 'POST', cancelPath, { headers: as(beheerder) }, 409);
    await call('invalid', 'POST', `${base}/versions/abc/cancel`, { headers: as(beheerder) }, 400);

    await call('valid', 'GET', `${base}/versions`, { headers: as(redacteur) }, 200);
    await call(
      'invalid',
      'GET',
      '/api/v1/admin/trees/bestaat-niet/versions',
      { headers: as(redacteur) },
      404,
    );
    await call('valid', 'GET', `${base}/versions/1`, { headers: as(redacteur) }, 200);
    await call('invalid', 'GET', `${base}/versions/abc`, { headers: as(redacteur) }, 400);
    await call('invalid', 'GET', `${base}/versions/99`, { headers: as(redacteur) }, 404);

    await call(
      'valid',
      'POST',
      `${base}/rollback`,
      { headers: as(beheerder), json: { version: 1 } },
      201,
    );
    await call(
      'invalid',
      'POST',
      `${base}/rollback`,
      { headers: { ...as(beheerder), 'Content-Type': 'text/plain' }, body: '{}' },
      415,
    );
    await call(
      'invalid',
      'POST',
      `${base}/rollback`,
      { headers: as(beheerder), json: { version: 0 } },
      400,
    );
    await call(
      'invalid',
      'POST',
      `${base}/rollback`,
      { headers: as(beheerder), json: { version: 99 } },
      404,
    );
  });

  it('declares security on every operation and exercised each one both ways', () => {
    for (const [template, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        assert.ok(
          'security' in operation,
          `${method.toUpperCase()} ${template} declares no security`,
        );
        assert.deepEqual(
          [...(exercised.get(operation.operationId) ?? [])].sort(),
          ['invalid', 'valid'],
          `${operation.operationId} was not sent a valid and an invalid request`,
        );
      }
    }
  });
});
