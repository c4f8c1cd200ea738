// A condition as the form shows it: simple parts ("datum A is op of voor
// datum B", "antwoord op vraag X is een van …") combined with "alle" or "een
// van". Conditions with `not` or nesting cannot be shown that way; they are
// kept as they are and shown read-only.
import {
  type ComparisonOperator,
  type Condition,
  comparisonOperators,
  type Tree,
} from '../../../core/tree/tree.ts';

type BlankPart = {
  type: '';
  compare: string;
  op: string;
  to: string;
  answer: string;
  remove: boolean;
  isNew: true;
};

export type PartState =
  | { type: 'date'; compare: string; op: string; to: string; remove: boolean; isNew: boolean }
  | { type: 'answer'; answer: string; values: string[]; remove: boolean; isNew: boolean }
  | BlankPart;

export interface ConditionState {
  combine: 'all' | 'any';
  parts: PartState[];
  /** A condition the form cannot take apart, as JSON. */
  fixed?: string;
}

export const blankPart: BlankPart = {
  type: '',
  compare: '',
  op: 'on-or-before',
  to: '',
  answer: '',
  remove: false,
  isNew: true,
};

type Simple = Extract<Condition, { answer: string } | { compare: string }>;

function isSimple(condition: Condition): condition is Simple {
  return 'answer' in condition || 'compare' in condition;
}

function partOf(condition: Simple): PartState {
  if ('compare' in condition) {
    return {
      type: 'date',
      compare: condition.compare,
      op: condition.op,
      to: condition.to,
      remove: false,
      isNew: false,
    };
  }
  const values = 'is' in condition ? [condition.is] : condition.in;
  return { type: 'answer', answer: condition.answer, values, remove: false, isNew: false };
}

export function conditionState(condition: Condition): ConditionState {
  if (isSimple(condition)) return { combine: 'all', parts: [partOf(condition), blankPart] };
  const list = 'all' in condition ? condition.all : 'any' in condition ? condition.any : undefined;
  if (list?.every(isSimple)) {
    return { combine: 'all' in condition ? 'all' : 'any', parts: [...list.map(partOf), blankPart] };
  }
  return { combine: 'all', parts: [], fixed: JSON.stringify(condition) };
}

export function isBlankPart(part: PartState): boolean {
  return part.isNew && part.type === '';
}

/** The date references a comparison can use: peildatum, date questions, derived dates. */
export function dateRefs(tree: Tree): { value: string; label: string }[] {
  return [
    { value: 'peildatum', label: 'peildatum – de datum van de wandeling' },
    ...tree.nodes
      .filter((node) => node.kind === 'date')
      .map((node) => ({ value: node.id, label: `${node.id} – antwoord op de datumvraag` })),
    ...tree.dates.map((rule) => ({ value: rule.id, label: `${rule.id} – ${rule.label}` })),
  ];
}

function optionIds(tree: Tree, questionId: string): string[] | undefined {
  const node = tree.nodes.find((candidate) => candidate.id === questionId);
  return node?.kind === 'choice' ? node.options.map((option) => option.id) : undefined;
}

/** The condition of the state, or the problems by field name (under `prefix`). */
export function conditionOf(
  tree: Tree,
  state: ConditionState,
  prefix: string,
): { condition: Condition } | { errors: Record<string, string> } {
  if (state.fixed !== undefined) {
    try {
      return { condition: JSON.parse(state.fixed) as Condition };
    } catch {
      return {
        errors: { [prefix]: 'Deze voorwaarde kon niet worden gelezen. Laad de pagina opnieuw.' },
      };
    }
  }
  const errors: Record<string, string> = {};
  const conditions: Condition[] = [];
  state.parts.forEach((part, index) => {
    const at = `${prefix}.p${index + 1}`;
    if (part.remove || isBlankPart(part)) return;
    if (part.type === 'date') {
      if (!part.compare || !part.to) errors[`${at}.compare`] = 'Kies beide datums.';
      else if (!(comparisonOperators as readonly string[]).includes(part.op))
        errors[`${at}.op`] = 'Kies hoe de datums zich verhouden.';
      else
        conditions.push({ compare: part.compare, op: part.op as ComparisonOperator, to: part.to });
      return;
    }
    if (part.type !== 'answer') return;
    const options = optionIds(tree, part.answer);
    if (!options) {
      errors[`${at}.answer`] = 'Kies een keuzevraag.';
    } else if (part.values.length === 0 || !part.values.every((value) => options.includes(value))) {
      errors[`${at}.values`] = `Kies een of meer antwoorden van de vraag "${part.answer}".`;
    } else {
      const [only] = part.values;
      conditions.push(
        part.values.length === 1 && only
          ? { answer: part.answer, is: only }
          : { answer: part.answer, in: part.values },
      );
    }
  });
  if (Object.keys(errors).length > 0) return { errors };
  const [first] = conditions;
  if (!first) return { errors: { [prefix]: 'Geef deze tak minstens één voorwaarde.' } };
  if (conditions.length === 1) return { condition: first };
  return { condition: state.combine === 'any' ? { any: conditions } : { all: conditions } };
}
