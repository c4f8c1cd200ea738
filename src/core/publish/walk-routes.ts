// Every route a walk can take from the root to an outcome, with what it knows
// there: the answers to choices, and which date questions have a date or
// "onbekend" (SPEC §4). The validator uses it to check that an outcome's
// texts and requirements only need what its routes make known. Trees are
// small and acyclic; run it only on a tree without structural errors.

import { own } from '../tree/own.ts';
import type { Amount, CheckNode, Condition, QuestionNode, Tree, TreeNode } from '../tree/tree.ts';
import { peildatumRef } from '../walk/derived-dates.ts';
import { neededQuestions } from '../walk/needed-questions.ts';

/** A choice's option id, `date` for a known date, or `onbekend`. */
export type Known = Readonly<Record<string, string>>;

export interface WalkRoute {
  outcome: string;
  /** The node ids on the route, in order. */
  nodes: string[];
  known: Known;
}

/** Possible truths of a condition over every date the route knows (their values are free). */
type Truths = Set<boolean | undefined>;

export function conditionTruths(tree: Tree, condition: Condition, known: Known): Truths {
  if ('answer' in condition) {
    const given = own(known, condition.answer);
    if (given === undefined) return new Set([undefined]);
    return new Set(['is' in condition ? given === condition.is : condition.in.includes(given)]);
  }
  if ('compare' in condition) {
    const both = dateKnown(tree, condition.compare, known) && dateKnown(tree, condition.to, known);
    return new Set(both ? [true, false] : [undefined]);
  }
  if ('not' in condition) {
    return new Set(
      [...conditionTruths(tree, condition.not, known)].map((t) => (t === undefined ? t : !t)),
    );
  }
  const parts = ('all' in condition ? condition.all : condition.any).map((part) => [
    ...conditionTruths(tree, part, known),
  ]);
  const decisive = 'any' in condition;
  let results: Truths = new Set([!decisive]);
  for (const part of parts) {
    const next: Truths = new Set();
    for (const sofar of results) {
      for (const value of part) {
        if (sofar === decisive || value === decisive) next.add(decisive);
        else next.add(sofar === undefined || value === undefined ? undefined : !decisive);
      }
    }
    results = next;
  }
  return results;
}

/** Whether a date reference has a value on a route with these answers. */
export function dateKnown(tree: Tree, ref: string, known: Known): boolean {
  if (ref === peildatumRef) return true;
  const rule = tree.dates.find((candidate) => candidate.id === ref);
  if (!rule) return own(known, ref) === 'date';
  const amountKnown = (amount: Amount): boolean => {
    if (typeof amount === 'number' || 'param' in amount) return true;
    const truths = conditionTruths(tree, amount.when, known);
    if (truths.has(undefined)) return false;
    return [...truths].every((truth) => amountKnown(truth ? amount.then : amount.else));
  };
  return dateKnown(tree, rule.from, known) && rule.add.every((step) => amountKnown(step.amount));
}

function answersOf(question: QuestionNode): { value: string; next: string }[] {
  if (question.kind === 'choice') {
    return question.options.map((option) => ({ value: option.id, next: option.next }));
  }
  return [
    { value: 'date', next: question.next },
    ...(question.unknown ? [{ value: 'onbekend', next: question.unknown.next }] : []),
  ];
}

export function walkRoutes(tree: Tree): WalkRoute[] {
  const nodes = new Map<string, TreeNode>(tree.nodes.map((node) => [node.id, node]));
  const outcomes = new Set(tree.outcomes.map((outcome) => outcome.id));
  const routes: WalkRoute[] = [];

  const visit = (id: string, trail: string[], known: Known): void => {
    if (outcomes.has(id)) {
      routes.push({ outcome: id, nodes: trail, known });
      return;
    }
    const node = nodes.get(id);
    if (!node || trail.includes(id)) return;
    if (node.kind === 'check') {
      decideCheck(node, known, (next, knownAfter) => visit(next, [...trail, id], knownAfter));
      return;
    }
    if (own(known, id) !== undefined) {
      // Asked ahead of its place by a check: the engine goes on with that answer.
      const answer = answersOf(node).find((candidate) => candidate.value === own(known, id));
      if (answer) visit(answer.next, [...trail, id], known);
      return;
    }
    for (const answer of answersOf(node)) {
      visit(answer.next, [...trail, id], { ...known, [id]: answer.value });
    }
  };

  /** Mirrors the engine's decide: each route a check can take, asking ahead of place. */
  const decideCheck = (
    check: CheckNode,
    known: Known,
    go: (next: string, known: Known) => void,
  ): void => {
    const needed = neededQuestions(tree, check);
    const branchFrom = (index: number): void => {
      const branch = check.branches[index];
      if (!branch) {
        go(check.else, known);
        return;
      }
      const truths = conditionTruths(tree, branch.if, known);
      if (truths.has(true)) go(branch.next, known);
      if (truths.has(false)) branchFrom(index + 1);
      if (!truths.has(undefined)) return;
      const missing = needed.find((question) => own(known, question.id) === undefined);
      if (missing) {
        for (const answer of answersOf(missing)) {
          decideCheck(check, { ...known, [missing.id]: answer.value }, go);
        }
        return;
      }
      const notKnown = needed.find(
        (question) => question.kind === 'date' && own(known, question.id) === 'onbekend',
      );
      if (notKnown?.kind === 'date' && notKnown.unknown) go(notKnown.unknown.next, known);
    };
    branchFrom(0);
  };

  visit(tree.start, [], {});
  return routes;
}
