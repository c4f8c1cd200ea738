// The words of the tree diagram and its text outline: content texts with their
// placeholders filled for a whole tree (no walk, so dates stay unnamed), and
// the branches of a check said in Dutch, so a check never needs code to read.
import { fillPlaceholders, formatParameter } from '../core/tree/template.ts';
import type { CheckNode, ComparisonOperator, Condition, Tone, Tree } from '../core/tree/tree.ts';

/** A dated placeholder in a tree-wide text: the date is only known during a walk. */
const someDate = '(datum)';

export function diagramText(tree: Tree, text: string): string {
  return fillPlaceholders(text, (name) => {
    const parameter = tree.parameters[name];
    return parameter ? formatParameter(parameter) : someDate;
  });
}

/**
 * The legend's words for the outcome colours; each outcome box also names its
 * own badge, so outcomes are told apart by words, never by colour alone.
 */
export const toneWords: Record<Tone, string> = {
  positive: 'goed nieuws',
  action: 'actie nodig',
  neutral: 'neutraal',
  negative: 'past niet',
};

const operatorWords: Record<ComparisonOperator, string> = {
  before: 'ligt vóór',
  'on-or-before': 'ligt op of vóór',
  after: 'ligt na',
  'on-or-after': 'ligt op of na',
  same: 'is dezelfde dag als',
};

function dateWords(tree: Tree, ref: string): string {
  if (ref === 'peildatum') return 'de dag van vandaag';
  const rule = tree.dates.find((candidate) => candidate.id === ref);
  if (rule) {
    const label = rule.label.toLowerCase();
    return label.includes('datum') ? `de ${label}` : `de datum "${label}"`;
  }
  const question = tree.nodes.find((node) => node.id === ref);
  return question ? `het antwoord op "${diagramText(tree, question.text)}"` : ref;
}

function answerWords(tree: Tree, questionId: string, optionIds: readonly string[]): string {
  const question = tree.nodes.find((node) => node.id === questionId);
  const labels = optionIds.map((id) => {
    const option =
      question?.kind === 'choice' ? question.options.find((item) => item.id === id) : undefined;
    return `"${option ? diagramText(tree, option.label) : id}"`;
  });
  const asked = question ? `"${diagramText(tree, question.text)}"` : `"${questionId}"`;
  return `het antwoord op ${asked} is ${labels.join(' of ')}`;
}

/** A condition in one sentence of plain Dutch (no ids where a text exists). */
export function conditionWords(tree: Tree, condition: Condition): string {
  if ('answer' in condition) {
    return answerWords(tree, condition.answer, 'is' in condition ? [condition.is] : condition.in);
  }
  if ('compare' in condition) {
    return `${dateWords(tree, condition.compare)} ${operatorWords[condition.op]} ${dateWords(tree, condition.to)}`;
  }
  if ('all' in condition)
    return condition.all.map((part) => conditionWords(tree, part)).join(' en ');
  if ('any' in condition)
    return `${condition.any.map((part) => conditionWords(tree, part)).join(', of ')}`;
  return `niet: ${conditionWords(tree, condition.not)}`;
}

export interface CheckRoute {
  to: string;
  /** Short, for an arrow: "Ja", "Nee", "Nee, maar …". */
  label: string;
}

/**
 * The routes out of a check in the order the engine tries them (next-step.ts):
 * the first branch is the check itself ("Ja"), `else` is "Nee", and a branch in
 * between says what holds instead.
 */
export function checkRoutes(tree: Tree, check: CheckNode): CheckRoute[] {
  return [
    ...check.branches.map((branch, index) => ({
      to: branch.next,
      label: index === 0 ? 'Ja' : `Nee, maar ${conditionWords(tree, branch.if)}`,
    })),
    { to: check.else, label: 'Nee' },
  ];
}
