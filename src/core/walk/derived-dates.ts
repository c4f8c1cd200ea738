// Dates computed from answers and parameters, such as the uiterste
// aanmelddatum and aanmelden vanaf of SPEC §5.

import { addCalendar, type PlainDate } from '../dates/plain-date.ts';
import { own } from '../tree/own.ts';
import type { Amount, Answers, Tree } from '../tree/tree.ts';
import { type ConditionScope, evaluateCondition } from './condition.ts';

export const peildatumRef = 'peildatum';

/** The answer "Ik weet de datum niet precies" to a date question (SPEC §4): the date stays unknown. */
export const dateNotKnown = 'onbekend';

/**
 * Resolves an amount; undefined while it depends on an unanswered question.
 * An unknown parameter is a broken invariant (the validator refuses such a tree).
 */
export function resolveAmount(
  amount: Amount,
  tree: Tree,
  scope: ConditionScope,
): number | undefined {
  if (typeof amount === 'number') return amount;
  if ('param' in amount) {
    const parameter = own(tree.parameters, amount.param);
    if (!parameter) throw new Error(`unknown parameter ${amount.param}`);
    return parameter.value;
  }
  const truth = evaluateCondition(amount.when, scope);
  if (truth === undefined) return undefined;
  return resolveAmount(truth ? amount.then : amount.else, tree, scope);
}

/**
 * A scope over the answers of a walk in which dates resolve by reference:
 * peildatum, an answered date question, or a derived date (computed on demand).
 */
export function walkScope(tree: Tree, answers: Answers, peildatum: PlainDate): ConditionScope {
  const derived = new Map(tree.dates.map((rule) => [rule.id, rule]));
  const dateQuestions = new Set(
    tree.nodes.filter((node) => node.kind === 'date').map((node) => node.id),
  );
  const computing = new Set<string>();
  const scope: ConditionScope = {
    answer: (nodeId) => own(answers, nodeId),
    date(ref) {
      if (ref === peildatumRef) return peildatum;
      if (dateQuestions.has(ref)) {
        const answer = own(answers, ref);
        return answer === dateNotKnown ? undefined : answer;
      }
      const rule = derived.get(ref);
      if (!rule) throw new Error(`unknown date reference ${ref}`);
      if (computing.has(ref)) throw new Error(`date rule ${ref} depends on itself`);
      computing.add(ref);
      try {
        let date = scope.date(rule.from);
        for (const step of rule.add) {
          if (date === undefined) return undefined;
          const amount = resolveAmount(step.amount, tree, scope);
          date =
            amount === undefined
              ? undefined
              : addCalendar(date, step.subtract ? -amount : amount, step.unit);
        }
        return date;
      } finally {
        computing.delete(ref);
      }
    },
  };
  return scope;
}

/** Every derived date that can be computed from these answers. */
export function computeDates(
  tree: Tree,
  answers: Answers,
  peildatum: PlainDate,
): Record<string, PlainDate> {
  const scope = walkScope(tree, answers, peildatum);
  const dates: Record<string, PlainDate> = {};
  for (const rule of tree.dates) {
    const value = scope.date(rule.id);
    if (value !== undefined) dates[rule.id] = value;
  }
  return dates;
}
