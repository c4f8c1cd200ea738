// Fuzzing HTTP endpoints with random and malformed bodies
// zero 5xx, every 4xx in Dutch (problem+json for the API, an
// HTML page for forms), nothing polluted, and what a refused request must not
// touch left untouched.
//
// To fuzz another endpoint (e.g. POST /evaluatie/:slug or POST /api/v1/gebruik):
//   1. build an app (see evaluate-fuzz.test.ts for one without rate limits),
//   2. describe the endpoint and call fuzzEndpoint in a test:
//        await fuzzEndpoint({
//          name: 'POST /api/v1/gebruik',
//          refusals: 'problem+json',            // or 'html' for a form
//          requests: jsonRequests(validBodyArbitrary, headers),  // forms: see evaluation-answers-fuzz.test.ts
//          send: (request) => app.request('/api/v1/gebruik', { method: 'POST', ...request }),
//          unchanged: async () => store.someSnapshot(),         // optional
//        }, 500);
//   `validBodyArbitrary` yields bodies the endpoint accepts; jsonRequests mangles
//   them (wrong types, strange keys, huge and deep values, broken JSON, wrong
//   content types) and mixes in bodies of no shape at all.
import assert from 'node:assert/strict';
import fc from 'fast-check';

export interface FuzzRequest {
  body: string | FormData | null;
  headers: Record<string, string>;
  /** The address, for endpoints fuzzed over several (e.g. one per tree); send decides. */
  path?: string;
  /** What was sent, short, for the report when a check fails. */
  summary: string;
}

export interface FuzzedEndpoint {
  name: string;
  /** How this endpoint refuses: a problem+json body (API) or an HTML page (form). */
  refusals: 'problem+json' | 'html';
  requests: fc.Arbitrary<FuzzRequest>;
  send(request: FuzzRequest): Promise<Response> | Response;
  /** A snapshot of what a refused (4xx) request must leave as it was. */
  unchanged?: () => Promise<unknown>;
  /** Further checks on every response. */
  check?: (response: Response, text: string) => void;
}

/** Words of the default English messages of zod, Hono and Node that must never reach a user. */
const english =
  /\b(Invalid input|Invalid (string|type|value|option|key)|expected \w+, received|Unrecognized key|Required|Too (small|big)|must (match|be|contain)|Bad Request|Internal Server Error|Unexpected token|is not a function|Cannot read|undefined|\[object Object\])/;
/** Small words every Dutch sentence here has at least one of. */
const dutch = /\b(de|het|een|is|geen|niet|van|met|voor|bij|in|op|of|en)\b/i;

export function assertDutch(text: string, where: string): void {
  assert.match(text, dutch, `${where} is not Dutch: ${text.slice(0, 300)}`);
  assert.doesNotMatch(text, english, `${where} has English in it: ${text.slice(0, 300)}`);
}

/** The words a person reads on an HTML page: the main content, without tags. */
function visibleText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function checkResponse(endpoint: FuzzedEndpoint, response: Response, text: string): void {
  const { status } = response;
  assert.ok(status < 500, `${endpoint.name} answered ${status}: ${text.slice(0, 500)}`);
  const type = response.headers.get('content-type') ?? '';
  if (status >= 400) {
    if (endpoint.refusals === 'problem+json') {
      assert.match(type, /^application\/problem\+json/, `a ${status} as ${type}`);
      const problem = JSON.parse(text) as {
        title?: unknown;
        detail?: unknown;
        status?: unknown;
        errors?: { message?: unknown }[];
      };
      assert.equal(problem.status, status);
      assert.equal(typeof problem.title, 'string');
      assert.equal(typeof problem.detail, 'string');
      assert.doesNotMatch(String(problem.title), english, `the title: ${problem.title}`);
      assertDutch(String(problem.detail), 'the detail');
      for (const error of problem.errors ?? [])
        assertDutch(String(error.message), 'a field message');
    } else {
      assert.match(type, /^text\/html/, `a ${status} as ${type}`);
      assertDutch(visibleText(text), 'the page');
    }
  }
  endpoint.check?.(response, text);
}

/** A failure message with its specifics (quoted values, numbers) blanked: one line per kind. */
function kindOf(message: string): string {
  return (
    message
      .split('\n')[0]
      ?.replace(/"[^"]*"/g, '"…"')
      .replace(/\d+/g, 'N')
      .slice(0, 60) ?? ''
  );
}

/**
 * Sends numRuns random requests and checks every response. Runs them all and
 * then fails with one example request per kind of failure, so one known bug
 * does not hide the others.
 */
export async function fuzzEndpoint(endpoint: FuzzedEndpoint, numRuns: number): Promise<void> {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  const failures = new Map<string, { count: number; example: string }>();
  await fc.assert(
    fc.asyncProperty(endpoint.requests, async (request) => {
      try {
        const before = endpoint.unchanged ? await endpoint.unchanged() : undefined;
        const response = await endpoint.send(request);
        const text = await response.text();
        checkResponse(endpoint, response, text);
        if (endpoint.unchanged && response.status >= 400) {
          assert.deepEqual(await endpoint.unchanged(), before, 'a refused request changed state');
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const kind = kindOf(message);
        const known = failures.get(kind);
        if (known) known.count += 1;
        else
          failures.set(kind, {
            count: 1,
            example: `${message.slice(0, 600)}\n  sent: ${request.summary.slice(0, 600)}`,
          });
      }
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
      assert.equal(
        ({} as Record<string, unknown>).polluted,
        undefined,
        'Object.prototype polluted',
      );
    }),
    { numRuns },
  );
  if (failures.size === 0) return;
  const report = [...failures.values()].map(
    ({ count, example }, index) => `${index + 1}. (${count}×) ${example}`,
  );
  assert.fail(
    `${endpoint.name}: ${failures.size} kind(s) of failure in ${numRuns} requests\n${report.join('\n')}`,
  );
}

// ---- bodies ----

const hugeString = 'a'.repeat(1_000_000);
const deepArray = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
const deepObject = `${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`;

/** Values that break naive code: wrong types, edge numbers, strange strings, prototype keys. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    '\u0000',
    '😀👩‍👩‍👧',
    'ｊａ',
    '<script>alert(1)</script>',
    '{{peildatum}}',
    '../../etc/passwd',
    '2024-02-30',
    '0001-01-01',
    '9999-12-31',
    '2024-13-01',
    [],
    {},
    { toString: 1 },
    { toString: 1, valueOf: 1 },
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    { constructor: { prototype: { polluted: 1 } } },
    [[[[[[[[[[1]]]]]]]]]],
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

type JsonPath = (string | number)[];

function pathsOf(value: unknown, prefix: JsonPath = [], depth = 0): JsonPath[] {
  if (depth > 6 || typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key], depth + 1))];
}

function replaceAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === key ? replaceAt(item, rest, replacement) : item));
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [own, item] of Object.entries(value))
      Object.defineProperty(copy, own, {
        value: own === key ? replaceAt(item, rest, replacement) : item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  }
  return value;
}

/** A valid body with one to three places replaced by nasty values, or a strange key added. */
export function mangled(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.gen().chain((g) => {
    let value = g(() => valid);
    const edits = g(fc.integer, { min: 1, max: 3 });
    for (let edit = 0; edit < edits; edit++) {
      const paths = pathsOf(value);
      const path = paths[g(fc.nat, { max: paths.length - 1 })] ?? [];
      if (g(fc.boolean)) {
        value = replaceAt(
          value,
          path,
          g(() => nastyValue),
        );
      } else {
        const key = g(
          fc.constantFrom,
          '__proto__',
          'constructor',
          'toString',
          'prototype',
          'extra',
          '',
        );
        value = replaceAt(
          value,
          [...path, key],
          g(() => nastyValue),
        );
      }
    }
    return fc.constant(value);
  });
}

/** Text that is not JSON, or JSON that goes too far. */
const brokenJson = fc.constantFrom(
  '',
  ' ',
  '{',
  '{"answers":',
  "{'answers': {}}",
  '{"a":1,}',
  'NaN',
  'undefined',
  '\uFEFF{}',
  '{"a":"\\ud800"}',
  'null',
  '[]',
  '"tekst"',
  '42',
  deepArray,
  deepObject,
  `{"a":"${hugeString}"}`,
  `{"${hugeString.slice(0, 100_000)}":1}`,
  '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
);

const jsonTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'APPLICATION/JSON',
);
const otherTypes = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'application/xml',
  '',
);

function json(body: string, type: string, headers: Record<string, string>): FuzzRequest {
  return {
    body,
    headers: { ...headers, ...(type ? { 'Content-Type': type } : {}) },
    summary: `${type || '(no type)'} ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body}`,
  };
}

/**
 * JSON requests for an endpoint: valid bodies, mangled ones, any JSON, broken
 * JSON, and the right body with the wrong Content-Type. `headers` go on each
 * (e.g. an Authorization header).
 */
export function jsonRequests(
  valid: fc.Arbitrary<unknown>,
  headers: Record<string, string> = {},
): fc.Arbitrary<FuzzRequest> {
  const text = (value: unknown) => JSON.stringify(value) ?? 'null';
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.tuple(valid.map(text), jsonTypes) },
      { weight: 5, arbitrary: fc.tuple(mangled(valid).map(text), jsonTypes) },
      { weight: 1, arbitrary: fc.tuple(fc.jsonValue().map(text), jsonTypes) },
      { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'grapheme' }), jsonTypes) },
      { weight: 2, arbitrary: fc.tuple(brokenJson, jsonTypes) },
      { weight: 1, arbitrary: fc.tuple(valid.map(text), otherTypes) },
    )
    .map(([body, type]) => json(body, type, headers));
}
