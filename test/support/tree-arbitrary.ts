// fast-check arbitraries for property tests and fuzzing:
// random trees that pass the schema and almost always the validator (every
// route goes forward, every node has a parent, every condition reads a
// question or date that exists). Edits of a tree: tree-mutation.fixture.ts;
// answers: answer-arbitrary.fixture.ts. Test-only, like proef-tree.fixture.ts.
import fc from 'fast-check';
import {
  type Amount,
  type CalendarUnit,
  type ComparisonOperator,
  type Condition,
  calendarUnits,
  comparisonOperators,
  parameterUnits,
  type TreeInput,
  verdicts,
} from '../../src/core/tree/tree.ts';

export type Gen = fc.GeneratorValue;

/** Largest amount per step: nine chained steps stay within years 1000–3899. */
const maxAmount: Record<CalendarUnit | 'count', number> = {
  years: 100,
  months: 1_200,
  weeks: 5_200,
  days: 36_500,
  count: 10,
};

const optionPool = ['ja', 'nee', 'beide', 'anders', 'weet-niet'] as const;

export function pick<T>(g: Gen, items: readonly T[]): T {
  const item = items[g(fc.nat, { max: items.length - 1 })];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function range(count: number): number[] {
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
        return {
          id,
          kind: 'date' as const,
          ...texts,
          next: route(0),
          // "Ik weet de datum niet precies" (SPEC §4): every date question offers it.
          unknown: { label: 'Ik weet de datum niet precies', next: pick(g, outcomeIds) },
        };
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
  const outcomes = outcomeIds.map((id) => {
    const verdict = pick(g, verdicts);
    // The validator refuses a past outcome whose requirement some route cannot
    // decide; most random requirements read answers off the route, so past
    // outcomes show them less often (or most trees would be refused).
    const shown = verdict !== 'past' || g(fc.nat, { max: 2 }) === 0;
    return {
      id,
      verdict,
      title: `Uitkomst ${id}`,
      explanation: 'Waarom deze uitkomst.',
      nextSteps: 'Wat u nu doet.',
      requirements: requirements
        .filter(() => shown && g(fc.boolean))
        .map((requirement) => requirement.id),
    };
  });
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
