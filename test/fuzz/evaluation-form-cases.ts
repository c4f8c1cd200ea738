// The model behind evaluation-answers-fuzz.test.ts: random filled-in forms
// for POST /evaluatie/:slug (scores, texts at and past their limits, keys,
// strange fields, encodings, rounds) with what each must lead to, and how to
// send one. endpoint-fuzz.ts builds JSON bodies only, so form bodies are made here.
import fc from 'fast-check';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import { allStatements } from '../../src/core/evaluation/evaluation-form.ts';
import { responseFields, responseLimits } from '../../src/core/evaluation/evaluation-response.ts';
import type { FuzzRequest } from './endpoint-fuzz.ts';

export const statements = allStatements(defaultEvaluationForm).map((statement) => statement.id);
const parts = defaultEvaluationForm.parts.map((part) => part.id);

// ---- the model of one request ----

/** stored: the model knows the form is complete; refused: it knows it is not; either: lenient parsing may go both ways. */
export type Expectation = 'stored' | 'refused' | 'either';
type Value = string | { file: string };
type Round = 'open' | 'planned' | 'closed' | 'unknown';
type Encoding = 'urlencoded' | 'multipart' | 'wrong-type' | 'junk';

export interface FormCase {
  round: Round;
  /** The path segment for an unknown round; the slug of the round otherwise. */
  unknownSlug: string;
  encoding: Encoding;
  contentType: string;
  entries: [string, Value][];
  /** The key the route will use: the last `sleutel` when it is valid; undefined means a new random one. */
  key: string | undefined;
  keyKind: string;
  expect: Expectation;
  junk: string;
}

interface Choice {
  value: Value | undefined;
  valid: boolean | undefined;
}

const both = (valid: boolean | undefined) => (value: Value | undefined) => ({ value, valid });

const validScore = fc.constantFrom('1', '2', '3', '4', '5').map(both(true));

/** A score: always valid in a clean form, now and then wrong or odd in a faulty one. */
const scoreChoice = (faulty: boolean): fc.Arbitrary<Choice> =>
  !faulty
    ? validScore
    : fc.oneof(
        { weight: 10, arbitrary: validScore },
        { weight: 1, arbitrary: fc.constant(undefined).map(both(false)) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(
              '',
              ' ',
              '0',
              '6',
              '-1',
              '1.5',
              '10',
              '1e1',
              'abc',
              'NaN',
              'Infinity',
              '٤',
              '４',
              '5 5',
              '\u0000',
              '99999999999999999999',
            )
            .map(both(false)),
        },
        // Number() accepts these as a score; the model does not say whether the route should.
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(' 4', '4.0', '+4', '0x4', '4e0', '04', '4\n')
            .map(both(undefined)),
        },
        // A file where a score belongs: formFields ignores files, so the score is missing.
        { weight: 1, arbitrary: fc.constantFrom('4', '').map((file) => both(false)({ file })) },
      );

/** A text: within its limit in a clean form, now and then too long in a faulty one. */
function textChoice(limit: number, faulty: boolean): fc.Arbitrary<Choice> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined).map(both(true)) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }).map(both(true)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 15 }).map(both(true)) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          '<script>alert(1)</script>',
          '😀👩‍👩‍👧 ｊａ',
          'Anna\u0000B',
          '\u0000',
          '{{naam}}',
          '\uFEFF',
          '\ud800',
          ' \r\n\t ',
          '&amp;&lt;',
          "'; drop table evaluation_responses; --",
          'a'.repeat(limit),
          ` ${'b'.repeat(limit)}\r\n`,
          '😀'.repeat(limit / 2),
        )
        .map(both(true)),
    },
    {
      weight: faulty ? 2 : 0,
      arbitrary: fc
        .constantFrom('c'.repeat(limit + 1), `${'😀'.repeat(limit / 2)}d`)
        .map(both(false)),
    },
  );
}

const textFields = [
  ...statements.map(responseFields.note),
  ...parts.map(responseFields.advice),
  responseFields.name,
  responseFields.function,
];
const hugeText = 'e'.repeat(1_000_000);

const keyPool = Array.from({ length: 8 }, (_, index) => `pool-sleutel-${index}-0000000000`);

const keyChoice: fc.Arbitrary<{ values: string[]; kind: string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...keyPool).map((key) => ({ values: [key], kind: key })),
  },
  {
    weight: 3,
    arbitrary: fc
      .stringMatching(/^[A-Za-z0-9_-]{16,64}$/)
      .map((key) => ({ values: [key], kind: 'new' })),
  },
  { weight: 1, arbitrary: fc.constant({ values: [] as string[], kind: 'missing' }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '',
        'kort',
        'a'.repeat(15),
        'x'.repeat(65),
        'sleutel met spaties!',
        '😀'.repeat(16),
        '\u0000'.repeat(16),
        '../../../../etc/passwd',
      )
      .map((key) => ({ values: [key], kind: 'invalid' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...keyPool), fc.constantFrom(...keyPool))
      .map(([first, last]) => ({ values: [first, last], kind: `twice, last ${last}` })),
  },
);

const keyPattern = /^[A-Za-z0-9_-]{16,64}$/;

/** Fields the form does not have; none of them may change what is stored. */
const strangeField = fc.constantFrom<[string, string]>(
  ['__proto__', '1'],
  ['constructor', 'x'],
  ['toString', ''],
  ['hasOwnProperty', '1'],
  ['', 'leeg'],
  ['score-bestaat-niet', '9'],
  ['score-__proto__', '4'],
  ['toelichting-constructor', 'x'],
  ['advies-bestaat-niet', 'x'],
  ['score-tkb-weet-wat[]', '1'],
  ['sleutel[]', 'pool-sleutel-0-0000000000'],
  ['naam.__proto__.polluted', '1'],
  ['__proto__[polluted]', '1'],
);

const rightTypes = {
  urlencoded: fc.constantFrom(
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=UTF-8',
    'APPLICATION/X-WWW-FORM-URLENCODED',
  ),
  multipart: fc.constant('(set by FormData)'),
  'wrong-type': fc.constantFrom(
    'text/plain',
    'application/json',
    '',
    'multipart/form-data',
    'multipart/form-data; boundary=x',
    'application/xml',
  ),
  junk: fc.constant('application/x-www-form-urlencoded'),
} as const;

const encodingAndType = fc
  .constantFrom<Encoding>(
    ...(['urlencoded', 'urlencoded', 'urlencoded', 'multipart', 'multipart'] as const),
    'wrong-type',
    'junk',
  )
  .chain((encoding) => rightTypes[encoding].map((contentType) => ({ encoding, contentType })));

const unknownSlugs = fc.constantFrom(
  'bestaat-niet',
  '%00',
  '__proto__',
  'constructor',
  'x'.repeat(3_000),
  '%E2%82',
  '..%2F..%2Fbeheer',
  '%F0%9F%98%80',
);

export const formCase: fc.Arbitrary<FormCase> = fc
  .boolean()
  .chain((faulty) =>
    fc.record({
      round: fc.constantFrom<Round>(
        ...Array<Round>(12).fill('open'),
        'planned',
        'closed',
        'unknown',
      ),
      unknownSlug: unknownSlugs,
      type: encodingAndType,
      scores: fc.array(scoreChoice(faulty), {
        minLength: statements.length,
        maxLength: statements.length,
      }),
      notes: fc.array(textChoice(responseLimits.note, faulty), {
        minLength: statements.length,
        maxLength: statements.length,
      }),
      advice: fc.array(textChoice(responseLimits.advice, faulty), {
        minLength: parts.length,
        maxLength: parts.length,
      }),
      name: textChoice(responseLimits.name, faulty),
      role: textChoice(responseLimits.function, faulty),
      key: keyChoice,
      strange: fc.array(strangeField, { maxLength: 3 }),
      duplicate: fc.option(fc.nat(), { nil: undefined }),
      junk: fc.constantFrom('', '%', '&&&=', '=%E0%A4%A', 'score-tkb-weet-wat', '%00=%00'),
      // One text of a megabyte now and then: enough to show it is refused, not so often that it is slow.
      huge: fc.oneof(
        { weight: 39, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...textFields) },
      ),
    }),
  )
  .map((drawn): FormCase => {
    const entries: [string, Value][] = [];
    const choices: Choice[] = [];
    const add = (field: string, drawnChoice: Choice) => {
      const choice = field === drawn.huge ? { value: hugeText, valid: false } : drawnChoice;
      choices.push(choice);
      if (choice.value !== undefined) entries.push([field, choice.value]);
    };
    statements.forEach((id, index) => {
      add(responseFields.score(id), drawn.scores[index] as Choice);
      add(responseFields.note(id), drawn.notes[index] as Choice);
    });
    parts.forEach((id, index) => {
      add(responseFields.advice(id), drawn.advice[index] as Choice);
    });
    add(responseFields.name, drawn.name);
    add(responseFields.function, drawn.role);
    for (const key of drawn.key.values) entries.push(['sleutel', key]);
    entries.push(...drawn.strange);
    // An exact copy of a field changes nothing: the route takes the last of the same value.
    const copied =
      drawn.duplicate === undefined ? undefined : entries[drawn.duplicate % entries.length];
    if (copied) entries.push(copied);

    const { encoding, contentType } = drawn.type;
    const parsed = encoding === 'urlencoded' || encoding === 'multipart';
    const last = entries.filter(([field]) => field === 'sleutel').at(-1)?.[1];
    const key = parsed && typeof last === 'string' && keyPattern.test(last) ? last : undefined;
    const valid = choices.map((choice) => choice.valid);
    const expect: Expectation = !parsed
      ? 'refused'
      : valid.includes(false)
        ? 'refused'
        : valid.includes(undefined)
          ? 'either'
          : 'stored';
    return {
      round: drawn.round,
      unknownSlug: drawn.unknownSlug,
      encoding,
      contentType,
      entries,
      key,
      keyKind: drawn.key.kind,
      expect,
      junk: drawn.junk,
    };
  });

function shown(value: Value): string {
  const text = typeof value === 'string' ? value : `file ${value.file}`;
  return text.length > 40
    ? `${JSON.stringify(text.slice(0, 40))}… (${text.length})`
    : JSON.stringify(text);
}

/** The fields a reader of a failure needs: everything but the plain scores 1–5. */
export function summaryOf(form: FormCase): string {
  const unusual = form.entries
    .filter(([field, value]) => !(field.startsWith('score-') && /^[1-5]$/.test(String(value))))
    .map(([field, value]) => `${field}=${shown(value)}`);
  const scores = form.entries.filter(([field]) => field.startsWith('score-')).length;
  return `${form.round}${form.round === 'unknown' ? ` /evaluatie/${form.unknownSlug.slice(0, 40)}` : ''}, ${form.encoding} (${form.contentType || 'no type'}), key ${form.keyKind}, model: ${form.expect}, ${scores} score fields; ${form.encoding === 'junk' ? `body ${JSON.stringify(form.junk)}` : unusual.join(' ')}`;
}

export function bodyOf(form: FormCase): Pick<FuzzRequest, 'body' | 'headers'> {
  const headers: Record<string, string> = {};
  if (form.contentType && form.encoding !== 'multipart') headers['Content-Type'] = form.contentType;
  if (form.encoding === 'multipart') {
    const data = new FormData();
    for (const [field, value] of form.entries) {
      if (typeof value === 'string') data.append(field, value);
      else data.append(field, new Blob([value.file], { type: 'text/plain' }), 'score.txt');
    }
    return { body: data, headers };
  }
  if (form.encoding === 'junk') return { body: form.junk, headers };
  const strings = form.entries.filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  if (form.contentType === 'application/json') {
    return { body: JSON.stringify(Object.fromEntries(strings)), headers };
  }
  return { body: new URLSearchParams(strings).toString(), headers };
}
