// Three-valued evaluation of conditions (true, false, or unknown while an
// answer is missing). The operator set is closed; see tree.ts.
import { compareDates, type PlainDate } from '../dates/plain-date.ts';
import type { ComparisonOperator, Condition } from '../tree/tree.ts';

export type Truth = boolean | undefined;

export interface ConditionScope {
  /** The accepted answer to a question, or undefined when not (validly) answered. */
  answer(nodeId: string): string | undefined;
  /** A date by reference: `peildatum`, a date question or a derived date. */
  date(ref: string): PlainDate | undefined;
}

const comparisons: Record<ComparisonOperator, (order: number) => boolean> = {
  before: (order) => order < 0,
  'on-or-before': (order) => order <= 0,
  after: (order) => order > 0,
  'on-or-after': (order) => order >= 0,
  same: (order) => order === 0,
};

export function evaluateCondition(condition: Condition, scope: ConditionScope): Truth {
  if ('answer' in condition) {
    const given = scope.answer(condition.answer);
    if (given === undefined) return undefined;
    return 'is' in condition ? given === condition.is : condition.in.includes(given);
  }
  if ('compare' in condition) {
    const left = scope.date(condition.compare);
    const right = scope.date(condition.to);
    if (left === undefined || right === undefined) return undefined;
    return comparisons[condition.op](compareDates(left, right));
  }
  if ('all' in condition) {
    const values = condition.all.map((part) => evaluateCondition(part, scope));
    if (values.includes(false)) return false;
    return values.includes(undefined) ? undefined : true;
  }
  if ('any' in condition) {
    const values = condition.any.map((part) => evaluateCondition(part, scope));
    if (values.includes(true)) return true;
    return values.includes(undefined) ? undefined : false;
  }
  const inner = evaluateCondition(condition.not, scope);
  return inner === undefined ? undefined : !inner;
}

/** Every answer and date reference a condition reads, for the validator and the engine. */
export function conditionReferences(condition: Condition): { answers: string[]; dates: string[] } {
  const answers: string[] = [];
  const dates: string[] = [];
  const visit = (part: Condition): void => {
    if ('answer' in part) answers.push(part.answer);
    else if ('compare' in part) dates.push(part.compare, part.to);
    else if ('all' in part) part.all.forEach(visit);
    else if ('any' in part) part.any.forEach(visit);
    else visit(part.not);
  };
  visit(condition);
  return { answers, dates };
}
