// A tree as a SurveyJS survey (the peer in the same run): the
// same questions in the same order for the same answers, written the way a
// SurveyJS author would — one page per question, `visibleIf` expressions
// built from the paths into each question, derived dates as `dateAdd`
// expressions and the outcomes as `completedHtmlOnCondition`.
// Approximations, none on the bench's walk: "Ik weet de datum niet precies"
// has no counterpart (SurveyJS has no second submit button), `dateAdd`
// lets 31 January + 1 month run into March where we clamp to month ends
// (SPEC §5), and option hints are left out.

import type { PlainDate } from '../src/core/dates/plain-date.ts';
import { own } from '../src/core/tree/own.ts';
import {
  corporationList,
  corporationsPlaceholder,
  fillPlaceholders,
  fillRanges,
  formatParameter,
} from '../src/core/tree/template.ts';
import type {
  Amount,
  ComparisonOperator,
  Condition,
  Tree,
  TreeNode,
} from '../src/core/tree/tree.ts';
import { renderMarkdown } from '../src/render/markdown.ts';

/** The part of SurveyJS's JSON schema this generator writes. */
export interface SurveyJson {
  title: string;
  description: string;
  showQuestionNumbers: 'off';
  /** A hidden question loses its answer, so a changed answer hides everything after it. */
  clearInvisibleValues: 'onHidden';
  pageNextText: string;
  pagePrevText: string;
  completeText: string;
  calculatedValues: { name: string; expression: string }[];
  pages: { name: string; elements: SurveyQuestion[] }[];
  completedHtmlOnCondition: { expression: string; html: string }[];
}

export type SurveyQuestion = {
  name: string;
  title: string;
  description?: string;
  isRequired: true;
  visibleIf?: string;
} & (
  | { type: 'radiogroup'; choices: { value: string; text: string }[] }
  | { type: 'text'; inputType: 'date'; max?: PlainDate }
);

const operators: Record<ComparisonOperator, string> = {
  before: '<',
  'on-or-before': '<=',
  after: '>',
  'on-or-after': '>=',
  same: '=',
};

const quote = (text: string) => `'${text.replaceAll("'", "\\'")}'`;
const any = (parts: string[]) => (parts.length < 2 ? (parts[0] ?? '') : `(${parts.join(' or ')})`);

/** Where every node can be entered from: the expression that holds on that edge. */
function incomingEdges(tree: Tree): Map<string, { from: TreeNode; when: string }[]> {
  const edges = new Map<string, { from: TreeNode; when: string }[]>();
  const add = (to: string, from: TreeNode, when: string) =>
    edges.set(to, [...(edges.get(to) ?? []), { from, when }]);
  for (const node of tree.nodes) {
    if (node.kind === 'choice')
      for (const option of node.options)
        add(option.next, node, `{${node.id}} = ${quote(option.id)}`);
    else if (node.kind === 'date') add(node.next, node, `{${node.id}} notempty`);
    else {
      const earlier: string[] = [];
      for (const branch of node.branches) {
        const holds = condition(tree, branch.if);
        add(branch.next, node, [...earlier.map((other) => `!(${other})`), holds].join(' and '));
        earlier.push(holds);
      }
      add(node.else, node, earlier.map((other) => `!(${other})`).join(' and '));
    }
  }
  return edges;
}

/** A date reference as an expression: the peildatum, an answered date or a derived date. */
function dateExpression(tree: Tree, ref: string): string {
  const rule = tree.dates.find((candidate) => candidate.id === ref);
  if (!rule) return `{${ref}}`;
  let expression = dateExpression(tree, rule.from);
  for (const step of rule.add) {
    const factor = (step.unit === 'weeks' ? 7 : 1) * (step.subtract ? -1 : 1);
    const amount = amountExpression(tree, step.amount, factor);
    // dateAdd answers null for 0: a step of nothing is left out.
    if (amount === '0') continue;
    const unit = step.unit === 'weeks' ? 'days' : step.unit;
    expression = `dateAdd(${expression}, ${amount}, ${quote(unit)})`;
  }
  return expression;
}

function amountExpression(tree: Tree, amount: Amount, factor: number): string {
  if (typeof amount === 'number') return String(amount * factor);
  if ('param' in amount) return String((own(tree.parameters, amount.param)?.value ?? 0) * factor);
  return `iif(${condition(tree, amount.when)}, ${amountExpression(tree, amount.then, factor)}, ${amountExpression(tree, amount.else, factor)})`;
}

function condition(tree: Tree, test: Condition): string {
  if ('answer' in test)
    return 'is' in test
      ? `{${test.answer}} = ${quote(test.is)}`
      : `{${test.answer}} anyof [${test.in.map(quote).join(', ')}]`;
  if ('compare' in test)
    return `${dateExpression(tree, test.compare)} ${operators[test.op]} ${dateExpression(tree, test.to)}`;
  if ('all' in test) return `(${test.all.map((part) => condition(tree, part)).join(' and ')})`;
  if ('any' in test) return any(test.any.map((part) => condition(tree, part)));
  return `!(${condition(tree, test.not)})`;
}

/**
 * The nodes in an order that keeps every path's order (a topological order of
 * the acyclic tree, ties in the order of the file): SurveyJS shows the next
 * visible page in the order of `pages`.
 */
function pathOrder(tree: Tree): TreeNode[] {
  const edges = incomingEdges(tree);
  const waiting = new Map(
    tree.nodes.map((node) => [
      node.id,
      (edges.get(node.id) ?? []).filter((edge) => edge.from.id !== node.id).length,
    ]),
  );
  const ordered: TreeNode[] = [];
  while (ordered.length < tree.nodes.length) {
    const next = tree.nodes.find((node) => waiting.get(node.id) === 0);
    if (!next) throw new Error(`tree ${tree.id} has a cycle`);
    waiting.set(next.id, -1);
    ordered.push(next);
    for (const [to, into] of edges)
      for (const edge of into)
        if (edge.from.id === next.id && waiting.has(to))
          waiting.set(to, (waiting.get(to) ?? 0) - 1);
  }
  return ordered;
}

/**
 * The survey for `tree` on `peildatum`: the walk's reference date is a
 * calculated value, as a date question's latest allowed day is.
 */
export function surveyFromTree(tree: Tree, peildatum: PlainDate): SurveyJson {
  const edges = incomingEdges(tree);
  const reached = new Map<string, string>();
  /** The expression that holds when a walk reaches `id`; '' for the start. */
  const reach = (id: string): string => {
    const known = reached.get(id);
    if (known !== undefined) return known;
    const into = edges.get(id) ?? [];
    const expression =
      id === tree.start
        ? ''
        : any(
            into.map(({ from, when }) => {
              // A question's answer is set only while it is visible (clearInvisibleValues);
              // a check has no answer, so the way into it is spelled out.
              const before = from.kind === 'check' ? reach(from.id) : '';
              return before && when ? `(${before} and ${when})` : before || when;
            }),
          );
    reached.set(id, expression);
    return expression;
  };
  const text = (content: string) =>
    fillPlaceholders(
      fillRanges(content, (name) => own(tree.parameters, name)),
      (name) => {
        const parameter = own(tree.parameters, name);
        if (parameter) return formatParameter(parameter);
        if (name === corporationsPlaceholder) return corporationList(tree.corporations);
        return `{${name}}`;
      },
    );

  const pages: SurveyJson['pages'] = [];
  for (const node of pathOrder(tree)) {
    if (node.kind === 'check') continue;
    const visibleIf = reach(node.id);
    const common = {
      name: node.id,
      title: text(node.text),
      description: [node.hint, node.help]
        .filter(Boolean)
        .map((part) => text(part ?? ''))
        .join('\n\n'),
      isRequired: true as const,
      ...(visibleIf ? { visibleIf } : {}),
    };
    pages.push({
      name: node.id,
      elements: [
        node.kind === 'choice'
          ? {
              ...common,
              type: 'radiogroup',
              choices: node.options.map((option) => ({
                value: option.id,
                text: text(option.label),
              })),
            }
          : {
              ...common,
              type: 'text',
              inputType: 'date',
              ...(node.future ? {} : { max: peildatum }),
            },
      ],
    });
  }

  return {
    title: tree.title,
    description: tree.audience,
    showQuestionNumbers: 'off',
    clearInvisibleValues: 'onHidden',
    pageNextText: 'Volgende',
    pagePrevText: 'Vorige vraag',
    completeText: 'Bekijk het advies',
    calculatedValues: [
      { name: 'peildatum', expression: quote(peildatum) },
      ...tree.dates.map((rule) => ({ name: rule.id, expression: dateExpression(tree, rule.id) })),
    ],
    pages,
    completedHtmlOnCondition: tree.outcomes
      .filter((outcome) => reach(outcome.id) !== '')
      .map((outcome) => ({
        expression: reach(outcome.id),
        html: `<section data-outcome="${outcome.id}"><h2>${text(outcome.title)}</h2>${renderMarkdown(text(outcome.explanation))}<h3>Wat kunt u nu doen?</h3>${renderMarkdown(text(outcome.nextSteps))}</section>`,
      })),
  };
}
