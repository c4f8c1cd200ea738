// Conditions, amounts and other structured content as one line of Dutch, for
// the diff and for the editor's read-only views (a beheerder never reads JSON).
import { formatParameter } from '../tree/template.ts';
import type {
  Amount,
  ComparisonOperator,
  Condition,
  DerivedDate,
  Parameter,
  Tree,
} from '../tree/tree.ts';
import { named } from './tree-diff-changes.ts';

export const operatorWords: Record<ComparisonOperator, string> = {
  before: 'is voor',
  'on-or-before': 'is op of voor',
  after: 'is na',
  'on-or-after': 'is op of na',
  same: 'is dezelfde dag als',
};

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

export function conditionText(condition: Condition): string {
  if ('answer' in condition) {
    return 'is' in condition
      ? `antwoord op "${condition.answer}" is "${condition.is}"`
      : `antwoord op "${condition.answer}" is een van ${quoted(condition.in)}`;
  }
  if ('compare' in condition) {
    return `${condition.compare} ${operatorWords[condition.op]} ${condition.to}`;
  }
  if ('all' in condition) return `alle: (${condition.all.map(conditionText).join('; ')})`;
  if ('any' in condition) return `een van: (${condition.any.map(conditionText).join('; ')})`;
  return `niet (${conditionText(condition.not)})`;
}

export function amountText(amount: Amount): string {
  if (typeof amount === 'number') return String(amount);
  if ('param' in amount) return `parameter ${amount.param}`;
  return `als ${conditionText(amount.when)} dan ${amountText(amount.then)}, anders ${amountText(amount.else)}`;
}

const unitWords = { years: 'jaar', months: 'maanden', weeks: 'weken', days: 'dagen' } as const;

export function derivedDateText(rule: DerivedDate): string {
  const steps = rule.add.map((step) => {
    const negative = typeof step.amount === 'number' && step.amount < 0;
    const amount = typeof step.amount === 'number' ? Math.abs(step.amount) : step.amount;
    return `${negative !== Boolean(step.subtract) ? '−' : '+'} ${amountText(amount)} ${unitWords[step.unit]}`;
  });
  return `${rule.from} ${steps.join(' ')}`;
}

export function parameterText(parameter: Pick<Parameter, 'value' | 'unit'>): string {
  return parameter.unit === 'count' ? `${parameter.value} (aantal)` : formatParameter(parameter);
}

/** Where a route leads, by its text: `vraag ‘Waarom …?’`, `uitkomst ‘Uw cliënt past …’`. */
export function targetText(tree: Tree, id: string): string {
  const outcome = tree.outcomes.find((candidate) => candidate.id === id);
  if (outcome) return `uitkomst ${named(outcome.title || id)}`;
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (!node) return `"${id}" (bestaat niet)`;
  return `${node.kind === 'check' ? 'controle' : 'vraag'} ${named(node.text || id)}`;
}
