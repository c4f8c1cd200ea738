// Random answers for a tree: valid and invalid option
// ids, dates as people and programs send them, keys no tree uses, and
// peildatums across the supported years. Test-only.
import fc from 'fast-check';
import type { Tree } from '../../src/core/tree/tree.ts';

const dayMs = 86_400_000;

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An existing day within the years people may enter (1900–2999). */
export const plainDateArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: Date.UTC(1900, 0, 1) / dayMs, max: Date.UTC(2999, 11, 31) / dayMs })
  .map((day) => isoOf(day * dayMs));

/** Dates as people and programs send them: valid, at the edges, Dutch, broken. */
export const dateAnswerArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: plainDateArbitrary },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '1900-01-01',
      '2999-12-31',
      '0001-01-01',
      '9999-12-31',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '',
      '   ',
      '29-2-2024',
      '31/12/1999',
      '1.1.2000',
      '15 maart 2022',
      '2022-3-15',
      '+002022-03-15',
      '２０２２-03-15',
      'onbekend',
    ),
  },
  {
    weight: 1,
    arbitrary: plainDateArbitrary.map((iso) => {
      const [year, month, day] = iso.split('-');
      return `${Number(day)}-${Number(month)}-${year}`;
    }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Keys no tree uses, including names JavaScript objects carry themselves. */
export const strangeKeyArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'peildatum',
    'start',
    'bestaat_niet',
    '',
    'ONTRUIMD',
  ),
  fc.string({ maxLength: 10 }),
);

function answerFor(tree: Tree, id: string): fc.Arbitrary<string> {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (node?.kind === 'date') return dateAnswerArbitrary;
  const own = node?.kind === 'choice' ? node.options.map((option) => option.id) : [];
  const foreign = tree.nodes.flatMap((other) =>
    other.kind === 'choice' ? other.options.map((option) => option.id) : [],
  );
  return fc.oneof(
    { weight: own.length > 0 ? 6 : 0, arbitrary: fc.constantFrom(...(own.length ? own : ['ja'])) },
    { weight: 1, arbitrary: fc.constantFrom(...foreign, 'JA', ' ja ', '', 'bestaat_niet') },
    { weight: 1, arbitrary: dateAnswerArbitrary },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
}

/**
 * Answers to some of the tree's questions (and checks), valid or not, plus
 * keys the tree does not know. Built with Object.fromEntries, so `__proto__`
 * is an own key, as after JSON.parse.
 */
export function answersArbitrary(tree: Tree): fc.Arbitrary<Record<string, string>> {
  const ids = tree.nodes.map((node) => node.id);
  const known = fc.array(
    fc.constantFrom(...ids).chain((id) => answerFor(tree, id).map((value) => [id, value] as const)),
    { maxLength: ids.length + 2 },
  );
  const strange = fc.array(fc.tuple(strangeKeyArbitrary, fc.string({ maxLength: 8 })), {
    maxLength: 2,
  });
  return fc.tuple(known, strange).map(([own, other]) => Object.fromEntries([...other, ...own]));
}

/** A peildatum: any supported day, the edges of the range, or close to today. */
export const peildatumArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: plainDateArbitrary },
  { weight: 1, arbitrary: fc.constantFrom('1900-01-01', '2999-12-31', '2024-02-29', '2026-11-28') },
);
