// Conditions and date rules: every answer, option, date and parameter they
// name must exist and be of the right kind (SPEC §5 date rules).

import { own } from '../tree/own.ts';
import type { Amount, CalendarUnit, Condition, Tree } from '../tree/tree.ts';
import { conditionReferences } from '../walk/condition.ts';
import { peildatumRef } from '../walk/derived-dates.ts';
import { cyclesIn } from './tree-graph.ts';
import { quoteList, type Report, type TreeIndex } from './tree-problem.ts';

export interface PlacedCondition {
  condition: Condition;
  path: string;
  nodeId?: string;
}

export function amountConditions(amount: Amount, path: string): PlacedCondition[] {
  if (typeof amount === 'number' || 'param' in amount) return [];
  return [
    { condition: amount.when, path: `${path}.when` },
    ...amountConditions(amount.then, `${path}.then`),
    ...amountConditions(amount.else, `${path}.else`),
  ];
}

/** Every condition in the tree with where it is written. */
export function allConditions(tree: Tree): PlacedCondition[] {
  const placed: PlacedCondition[] = [];
  for (const node of tree.nodes) {
    if (node.kind !== 'check') continue;
    node.branches.forEach((branch, position) => {
      placed.push({
        condition: branch.if,
        path: `nodes.${node.id}.branches.${position}.if`,
        nodeId: node.id,
      });
    });
  }
  for (const requirement of tree.requirements) {
    placed.push({ condition: requirement.test, path: `requirements.${requirement.id}.test` });
  }
  for (const notice of tree.notices) {
    placed.push({ condition: notice.when, path: `notices.${notice.id}.when` });
  }
  for (const rule of tree.dates) {
    rule.add.forEach((step, position) => {
      placed.push(...amountConditions(step.amount, `dates.${rule.id}.add.${position}.amount`));
    });
  }
  return placed;
}

function checkDateRef(
  index: TreeIndex,
  report: Report,
  ref: string,
  place: Omit<PlacedCondition, 'condition'>,
  unknownCode: string,
): void {
  if (ref === peildatumRef || index.dateQuestions.has(ref) || index.derived.has(ref)) return;
  const node = index.nodes.get(ref);
  const known = `Kies "peildatum", een datumvraag (${quoteList(index.dateQuestions)}) of een berekende datum (${quoteList(index.derived)}).`;
  report({
    ...place,
    code:
      node?.kind === 'choice' && unknownCode === 'unknown-date'
        ? 'compare-on-choice-question'
        : unknownCode,
    message:
      node?.kind === 'choice'
        ? `"${ref}" bij ${place.path} is een keuzevraag, geen datum. Gebruik voor een keuzevraag { answer: ${ref}, is: ... }. ${known}`
        : `"${ref}" bij ${place.path} is geen bekende datum. ${known}`,
  });
}

function checkCondition(
  index: TreeIndex,
  report: Report,
  condition: Condition,
  place: Omit<PlacedCondition, 'condition'>,
): void {
  const at = (suffix: string) => ({ ...place, path: `${place.path}.${suffix}` });
  if ('answer' in condition) {
    const node = index.nodes.get(condition.answer);
    if (!node || node.kind === 'check') {
      report({
        ...at('answer'),
        code: 'unknown-question',
        message: `De voorwaarde bij ${place.path} leest het antwoord op "${condition.answer}", maar er is geen vraag met die id. Kies een bestaande keuzevraag.`,
      });
    } else if (node.kind === 'date') {
      report({
        ...at('answer'),
        code: 'answer-on-date-question',
        message: `"${condition.answer}" is een datumvraag; { answer, is/in } werkt alleen bij een keuzevraag. Vergelijk de datum met { compare: ${condition.answer}, op: ..., to: ... }.`,
      });
    } else {
      const options = node.options.map((option) => option.id);
      const values =
        'is' in condition
          ? [['is', condition.is] as const]
          : condition.in.map((value, position) => [`in.${position}`, value] as const);
      for (const [suffix, value] of values) {
        if (options.includes(value)) continue;
        report({
          ...at(suffix),
          code: 'unknown-option',
          message: `De vraag "${node.id}" heeft geen antwoord "${value}" (bij ${place.path}). Kies uit ${quoteList(options)}.`,
        });
      }
    }
  } else if ('compare' in condition) {
    checkDateRef(index, report, condition.compare, at('compare'), 'unknown-date');
    checkDateRef(index, report, condition.to, at('to'), 'unknown-date');
  } else if ('all' in condition || 'any' in condition) {
    const [key, parts] = 'all' in condition ? ['all', condition.all] : ['any', condition.any];
    for (const [position, part] of parts.entries()) {
      checkCondition(index, report, part, at(`${key}.${position}`));
    }
  } else {
    checkCondition(index, report, condition.not, at('not'));
  }
}

export function checkConditions(index: TreeIndex, report: Report): void {
  for (const { condition, ...place } of allConditions(index.tree))
    checkCondition(index, report, condition, place);
}

function checkAmount(
  index: TreeIndex,
  report: Report,
  amount: Amount,
  path: string,
  unit: CalendarUnit,
): void {
  if (typeof amount === 'number') return;
  if ('when' in amount) {
    checkAmount(index, report, amount.then, `${path}.then`, unit);
    checkAmount(index, report, amount.else, `${path}.else`, unit);
    return;
  }
  const parameter = own(index.tree.parameters, amount.param);
  if (!parameter) {
    report({
      code: 'unknown-parameter',
      path: `${path}.param`,
      message: `De berekening bij ${path} gebruikt de parameter "${amount.param}", maar die bestaat niet. Kies uit ${quoteList(Object.keys(index.tree.parameters))} of voeg "${amount.param}" toe bij "parameters".`,
    });
  } else if (parameter.unit !== unit) {
    report({
      severity: 'warning',
      code: 'parameter-unit-mismatch',
      path: `${path}.param`,
      message: `De parameter "${amount.param}" is in ${parameter.unit}, maar de berekening bij ${path} telt in ${unit}. Maak de eenheden gelijk, anders klopt de datum niet.`,
    });
  }
}

export function checkDerivedDates(index: TreeIndex, report: Report): void {
  const { tree } = index;
  for (const rule of tree.dates) {
    checkDateRef(
      index,
      report,
      rule.from,
      { path: `dates.${rule.id}.from` },
      'unknown-date-source',
    );
    rule.add.forEach((step, position) => {
      checkAmount(index, report, step.amount, `dates.${rule.id}.add.${position}.amount`, step.unit);
    });
  }
  const dependsOn = (id: string): string[] => {
    const rule = tree.dates.find((candidate) => candidate.id === id);
    if (!rule) return [];
    const compared = rule.add.flatMap((step) =>
      amountConditions(step.amount, '').flatMap(
        ({ condition }) => conditionReferences(condition).dates,
      ),
    );
    return [rule.from, ...compared].filter((ref) => index.derived.has(ref));
  };
  for (const cycle of cyclesIn([...index.derived], dependsOn)) {
    report({
      code: 'date-cycle',
      path: `dates.${cycle[0]}`,
      message: `Deze berekende datums hangen van elkaar af: ${cycle.join(' → ')}. Zo is geen van deze datums uit te rekenen. Laat een van deze datums van een datumvraag of de peildatum uitgaan.`,
    });
  }
}
