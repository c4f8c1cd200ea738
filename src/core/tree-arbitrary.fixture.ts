// fast-check arbitraries for property tests and fuzzing (issue 6, Robustness):
// random trees that pass the schema and almost always the validator (every
// route goes forward, every node has a parent, every condition reads a
// question or date that exists), random mutations of a tree as plain JSON,
// and random answers for a tree. Test-only, like proef-tree.fixture.ts.
import fc from 'fast-check';
import {
  type Amount,
  type CalendarUnit,
  type ComparisonOperator,
  type Condition,
  calendarUnits,
  comparisonOperators,
  parameterUnits,
  type Tree,
  type TreeInput,
  verdicts,
} from './tree.ts';

type Gen = fc.GeneratorValue;

/** Largest amount per step: nine chained steps stay within years 1000–3899. */
const maxAmount: Record<CalendarUnit | 'count', number> = {
  years: 100,
  months: 1_200,
  weeks: 5_200,
  days: 36_500,
  count: 10,
};

const optionPool = ['ja', 'nee', 'beide', 'anders', 'weet-niet'] as const;

function pick<T>(g: Gen, items: readonly T[]): T {
  const item = items[g(fc.nat, { max: items.length - 1 })];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

interface Scope {
  choices: { id: string; options: string[] }[];
  dateRefs: string[];
}

function randomCondition(g: Gen, scope: Scope, depth: number): Condition {
  const kinds = ['compare', ...(scope.choices.length > 0 ? ['answer'] : [])];
  const kind = depth > 0 && g(fc.nat, { max: 3 }) === 0 ? pick(g, ['all', 'any', 'not']) : null;
  if (kind === 'not') return { not: randomCondition(g, scope, depth - 1) };
  if (kind === 'all' || kind === 'any') {
    const parts = range(g(fc.integer, { min: 1, max: 3 })).map(() =>
      randomCondition(g, scope, depth - 1),
    );
    return kind === 'all' ? { all: parts } : { any: parts };
  }
  if (pick(g, kinds) === 'answer') {
    const question = pick(g, scope.choices);
    if (g(fc.boolean)) return { answer: question.id, is: pick(g, question.options) };
    const values = question.options.filter(() => g(fc.boolean));
    return { answer: question.id, in: values.length > 0 ? values : [pick(g, question.options)] };
  }
  const op: ComparisonOperator = pick(g, comparisonOperators);
  return { compare: pick(g, scope.dateRefs), op, to: pick(g, scope.dateRefs) };
}

/** Parameter ids by unit: a rule only uses a parameter in its own unit, as the validator asks. */
type ParamsByUnit = Record<string, (typeof parameterUnits)[number]>;

function randomAmount(g: Gen, unit: CalendarUnit, params: ParamsByUnit, scope: Scope): Amount {
  const form = g(fc.nat, { max: 5 });
  const fitting = Object.keys(params).filter((id) => params[id] === unit);
  if (form === 0 && fitting.length > 0) return { param: pick(g, fitting) };
  if (form === 1) {
    return {
      when: randomCondition(g, scope, 1),
      // biome-ignore lint/suspicious/noThenProperty: an amount's then-branch, not a thenable
      then: randomAmount(g, unit, params, scope),
      else: randomAmount(g, unit, params, scope),
    };
  }
  return g(fc.integer, { min: -maxAmount[unit], max: maxAmount[unit] });
}

/**
 * Builds a tree: questions of both kinds and checks in a random order, each
 * reached from an earlier one (so nothing is unreachable), every route
 * pointing forward (so there is no cycle), conditions over existing answers
 * and dates, derived dates over earlier dates, parameters and requirements.
 */
export function randomTree(g: Gen): TreeInput {
  const nodeCount = g(fc.integer, { min: 1, max: 7 });
  const nodeIds = range(nodeCount).map((index) => `v${index}`);
  const outcomeIds = range(g(fc.integer, { min: 1, max: 4 })).map((index) => `u${index}`);
  const targets = [...nodeIds, ...outcomeIds];
  const children: number[][] = nodeIds.map(() => []);
  for (let item = 1; item < targets.length; item++) {
    children[g(fc.nat, { max: Math.min(item, nodeCount) - 1 })]?.push(item);
  }
  const forward = (from: number): string =>
    targets[g(fc.integer, { min: from + 1, max: targets.length - 1 })] ?? '';
  const kinds = nodeIds.map((_, index) =>
    (children[index]?.length ?? 0) >= 2
      ? pick(g, ['choice', 'check'] as const)
      : pick(g, ['choice', 'date', 'check'] as const),
  );
  const choices = nodeIds
    .map((id, index) => ({
      id,
      index,
      options: optionPool.slice(
        0,
        Math.max(children[index]?.length ?? 0, g(fc.integer, { min: 1, max: 3 })),
      ),
    }))
    .filter(({ index }) => kinds[index] === 'choice');
  const dateQuestions = nodeIds.filter((_, index) => kinds[index] === 'date');

  const params: ParamsByUnit = Object.fromEntries(
    range(g(fc.nat, { max: 3 })).map((index) => [`p${index}`, pick(g, parameterUnits)]),
  );
  const parameters = Object.fromEntries(
    Object.entries(params).map(([id, unit]) => {
      // The schema allows parameters up to 1000 (tree.ts).
      const value = g(fc.integer, { min: 0, max: Math.min(maxAmount[unit], 1000) });
      return [id, { label: `Parameter ${id}`, value, unit, source: 'SPEC §5' }];
    }),
  );
  const dateIds: string[] = [];
  const dates = range(g(fc.nat, { max: 3 })).map((index) => {
    // Only earlier derived dates: a date rule never depends on itself.
    const scope: Scope = { choices, dateRefs: ['peildatum', ...dateQuestions, ...dateIds] };
    const rule = {
      id: `d${index}`,
      label: `Datum ${index}`,
      from: pick(g, scope.dateRefs),
      add: range(g(fc.integer, { min: 1, max: 3 })).map(() => {
        const unit = pick(g, calendarUnits);
        return { amount: randomAmount(g, unit, params, scope), unit };
      }),
    };
    dateIds.push(rule.id);
    return rule;
  });
  const scope: Scope = { choices, dateRefs: ['peildatum', ...dateQuestions, ...dateIds] };
  const requirements = range(g(fc.nat, { max: 3 })).map((index) => ({
    id: `r${index}`,
    label: `Voorwaarde ${index}`,
    test: randomCondition(g, scope, 2),
  }));

  const nodes = nodeIds.map((id, index) => {
    const own = (children[index] ?? []).map((item) => targets[item] ?? '');
    const route = (position: number) => own[position] ?? forward(index);
    const texts = { text: `Vraag ${id}?`, help: 'Uitleg bij de vraag.' };
    switch (kinds[index]) {
      case 'date':
        return { id, kind: 'date' as const, ...texts, next: route(0) };
      case 'choice': {
        const options = choices.find((choice) => choice.id === id)?.options ?? [];
        return {
          id,
          kind: 'choice' as const,
          ...texts,
          options: options.map((option, position) => ({
            id: option,
            label: `Antwoord ${option}`,
            next: route(position),
          })),
        };
      }
      default: {
        const branchCount = Math.max(own.length - 1, g(fc.integer, { min: 1, max: 2 }));
        return {
          id,
          kind: 'check' as const,
          text: `Controle ${id}`,
          branches: range(branchCount).map((position) => ({
            if: randomCondition(g, scope, 2),
            next: route(position + 1),
          })),
          else: route(0),
        };
      }
    }
  });
  const outcomes = outcomeIds.map((id) => ({
    id,
    verdict: pick(g, verdicts),
    title: `Uitkomst ${id}`,
    explanation: 'Waarom deze uitkomst.',
    nextSteps: 'Wat u nu doet.',
    requirements: requirements.filter(() => g(fc.boolean)).map((requirement) => requirement.id),
  }));
  return {
    id: 'proef',
    title: 'Willekeurige boom',
    audience: 'Voor de tests.',
    intro: 'Een boom uit de generator.',
    start: 'v0',
    parameters,
    dates,
    requirements,
    nodes,
    outcomes,
  };
}

/** A random tree that passes the schema and almost always the validator. */
export const treeInputArbitrary: fc.Arbitrary<TreeInput> = fc.gen().map(randomTree);

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isJson) : [];
}

/** Every place in a tree's JSON where a route is written, as objects with the key to set. */
function routeSlots(tree: Json): [Json, string][] {
  return list(tree.nodes).flatMap((node): [Json, string][] => [
    ...list(node.options).map((option): [Json, string] => [option, 'next']),
    ...list(node.branches).map((branch): [Json, string] => [branch, 'next']),
    ...(typeof node.next === 'string' ? [[node, 'next'] as [Json, string]] : []),
    ...(typeof node.else === 'string' ? [[node, 'else'] as [Json, string]] : []),
  ]);
}

function conditionsIn(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(conditionsIn);
  if (!isJson(value)) return [];
  const own = 'compare' in value || 'answer' in value ? [value] : [];
  return [...own, ...Object.values(value).flatMap(conditionsIn)];
}

/** Replaces an id everywhere it is written as a whole JSON string. */
export function renameId(tree: Json, from: string, to: string): Json {
  return JSON.parse(JSON.stringify(tree).replaceAll(`"${from}"`, `"${to}"`)) as Json;
}

/** The ids a mutation may rename or point at: nodes, outcomes, options, dates, parameters. */
function idsOf(tree: Json): string[] {
  const nodes = list(tree.nodes);
  return [
    ...nodes.map((node) => String(node.id)),
    ...list(tree.outcomes).map((outcome) => String(outcome.id)),
    ...nodes.flatMap((node) => list(node.options).map((option) => String(option.id))),
    ...list(tree.dates).map((rule) => String(rule.id)),
    ...Object.keys(isJson(tree.parameters) ? tree.parameters : {}),
  ];
}

/**
 * One random edit of a tree as an editor might make it: rewire a route, change
 * a parameter, drop a node (its parents then skip it, or point nowhere),
 * change a comparison, reorder branches, drop an option, move the start or
 * rename an id. The result may well be refused by the validator.
 */
function mutate(g: Gen, source: Json): Json {
  const tree = structuredClone(source);
  const nodes = list(tree.nodes);
  const targets = [...nodes, ...list(tree.outcomes)].map((item) => String(item.id));
  const mutation = g(fc.nat, { max: 7 });
  if (mutation === 0) {
    const slots = routeSlots(tree);
    if (slots.length === 0) return tree;
    const [holder, key] = pick(g, slots);
    holder[key] = g(fc.nat, { max: 9 }) === 0 ? 'bestaat_niet' : pick(g, targets);
  } else if (mutation === 1 && isJson(tree.parameters)) {
    const names = Object.keys(tree.parameters);
    const parameter = names.length > 0 ? tree.parameters[pick(g, names)] : undefined;
    if (isJson(parameter)) parameter.value = g(fc.integer, { min: 0, max: 120 });
  } else if (mutation === 2 && nodes.length > 1) {
    const dropped = pick(g, nodes);
    const onward = routeSlots({ nodes: [dropped] }).map(([holder, key]) => String(holder[key]));
    const skipTo = g(fc.boolean) && onward.length > 0 ? pick(g, onward) : undefined;
    tree.nodes = nodes.filter((node) => node !== dropped);
    if (skipTo) {
      for (const [holder, key] of routeSlots(tree))
        if (holder[key] === dropped.id) holder[key] = skipTo;
      if (tree.start === dropped.id) tree.start = skipTo;
    }
  } else if (mutation === 3) {
    const comparisons = conditionsIn(tree).filter((condition) => 'compare' in condition);
    if (comparisons.length > 0) pick(g, comparisons).op = pick(g, comparisonOperators);
  } else if (mutation === 4) {
    const checks = nodes.filter((node) => Array.isArray(node.branches));
    if (checks.length > 0) {
      const check = pick(g, checks);
      check.branches = [...(check.branches as unknown[])].reverse();
    }
  } else if (mutation === 5) {
    const choices = nodes.filter((node) => list(node.options).length > 1);
    if (choices.length > 0) {
      const choice = pick(g, choices);
      const options = list(choice.options);
      choice.options = options.filter((option) => option !== pick(g, options));
    }
  } else if (mutation === 6) {
    const questions = nodes.filter((node) => node.kind !== 'check');
    if (questions.length > 0) tree.start = pick(g, questions).id;
  } else {
    const ids = idsOf(tree);
    if (ids.length > 0) return renameId(tree, pick(g, ids), `hernoemd_${g(fc.nat, { max: 9 })}`);
  }
  return tree;
}

/** One to three random edits of a tree given as plain JSON. */
export function mutatedTreeArbitrary(source: unknown): fc.Arbitrary<Json> {
  return fc.gen().map((g) => {
    let tree = isJson(source) ? source : {};
    for (const _ of range(g(fc.integer, { min: 1, max: 3 }))) tree = mutate(g, tree);
    return tree;
  });
}

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
