// The questions a check reads, directly or through derived dates (including
// the conditions inside their amounts, such as bewind for aanmelden vanaf).
// The engine asks them ahead of their place when a walk started past them.

import type { Amount, CheckNode, Condition, QuestionNode, Tree } from '../tree/tree.ts';
import { conditionReferences } from './condition.ts';
import { peildatumRef } from './derived-dates.ts';

export function neededQuestions(tree: Tree, check: CheckNode): QuestionNode[] {
  const needed: QuestionNode[] = [];
  const seen = new Set<string>();
  const visitRef = (ref: string): void => {
    if (seen.has(ref) || ref === peildatumRef) return;
    seen.add(ref);
    const rule = tree.dates.find((candidate) => candidate.id === ref);
    const question = tree.nodes.find((node) => node.id === ref);
    if (rule) {
      visitRef(rule.from);
      for (const step of rule.add) visitAmount(step.amount);
    } else if (question && question.kind !== 'check') {
      needed.push(question);
    }
  };
  const visitAmount = (amount: Amount): void => {
    if (typeof amount === 'number' || 'param' in amount) return;
    visitCondition(amount.when);
    visitAmount(amount.then);
    visitAmount(amount.else);
  };
  const visitCondition = (condition: Condition): void => {
    const references = conditionReferences(condition);
    references.answers.forEach(visitRef);
    references.dates.forEach(visitRef);
  };
  for (const branch of check.branches) visitCondition(branch.if);
  return needed;
}
