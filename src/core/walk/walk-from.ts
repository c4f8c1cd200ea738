// One walk through a tree from a given node: asks each question it reaches
// that has no usable answer, decides checks, and stops at a question or an
// outcome. `nextStep` combines walks into the engine's promise (SPEC §4).

import type { PlainDate } from '../dates/plain-date.ts';
import { own } from '../tree/own.ts';
import type { Answers, CheckNode, QuestionNode, Tree, TreeNode } from '../tree/tree.ts';
import { checkAnswer, missingProblem } from './answer-check.ts';
import { evaluateCondition } from './condition.ts';
import { computeDates, dateNotKnown, walkScope } from './derived-dates.ts';
import { neededQuestions } from './needed-questions.ts';
import type { AnswerProblem, PathEntry, Step } from './step.ts';

type Decision = { next: string; passed?: boolean } | { ask: QuestionNode };

export function walkFrom(
  tree: Tree,
  given: Answers,
  peildatum: PlainDate,
  from: string,
  submitted?: string,
): Step {
  const nodes = new Map<string, TreeNode>(tree.nodes.map((node) => [node.id, node]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const path: PathEntry[] = [];
  const answers: Record<string, string> = {};
  const questionStep = (question: QuestionNode, problem?: AnswerProblem): Step => ({
    path,
    answers,
    dates: computeDates(tree, answers, peildatum),
    status: 'question',
    question,
    ...(problem && { problem }),
  });

  /** Accepts the answer to a question or returns the step that asks it. */
  const ask = (question: QuestionNode): Step | undefined => {
    // Asked before (a check needed it ahead of its place in the tree): already on the path.
    if (own(answers, question.id) !== undefined) return undefined;
    const raw = own(given, question.id);
    if (typeof raw !== 'string' || raw.trim() === '') {
      return questionStep(
        question,
        submitted === question.id ? missingProblem(question) : undefined,
      );
    }
    const checked = checkAnswer(question, raw, peildatum);
    if (typeof checked !== 'string') return questionStep(question, checked);
    answers[question.id] = checked;
    if (question.kind === 'choice') {
      const label = question.options.find((option) => option.id === checked)?.label ?? checked;
      path.push({ kind: 'choice', node: question.id, answer: checked, label });
    } else if (checked === dateNotKnown && question.unknown) {
      path.push({ kind: 'date-unknown', node: question.id, label: question.unknown.label });
    } else {
      path.push({ kind: 'date', node: question.id, answer: checked });
    }
    return undefined;
  };

  const decide = (check: CheckNode): Decision => {
    const scope = walkScope(tree, answers, peildatum);
    for (const [index, branch] of check.branches.entries()) {
      const truth = evaluateCondition(branch.if, scope);
      if (truth) return { next: branch.next, passed: index === 0 };
      if (truth === false) continue;
      const needed = neededQuestions(tree, check);
      const missing = needed.find((question) => own(answers, question.id) === undefined);
      if (missing) return { ask: missing };
      // A date the check needs is not known ("Ik weet de datum niet precies"):
      // the walk goes where that question sends an unknown date (SPEC §4).
      const notKnown = needed.find(
        (question) => question.kind === 'date' && own(answers, question.id) === dateNotKnown,
      );
      if (notKnown?.kind === 'date' && notKnown.unknown) return { next: notKnown.unknown.next };
      throw new Error(`check ${check.id} cannot be decided`);
    }
    return { next: check.else, passed: false };
  };

  let current = from;
  // A valid tree is acyclic, so a walk visits each node at most once; the
  // bound turns a broken invariant into an error instead of a hang.
  for (let visited = 0; visited <= nodes.size; visited++) {
    const outcome = outcomes.get(current);
    if (outcome) {
      const scope = walkScope(tree, answers, peildatum);
      const requirements = outcome.requirements.map((id) => {
        const requirement = tree.requirements.find((candidate) => candidate.id === id);
        if (!requirement) throw new Error(`unknown requirement ${id}`);
        return { id, label: requirement.label, met: evaluateCondition(requirement.test, scope) };
      });
      const dates = computeDates(tree, answers, peildatum);
      return { path, answers, dates, status: 'outcome', outcome, requirements };
    }
    const node = nodes.get(current);
    if (!node) throw new Error(`unknown node ${current}`);
    if (node.kind === 'check') {
      let decision = decide(node);
      // A walk that started past a question this check needs asks it here.
      while ('ask' in decision) {
        const step = ask(decision.ask);
        if (step) return step;
        decision = decide(node);
      }
      if (decision.passed !== undefined) {
        path.push({ kind: 'check', node: node.id, passed: decision.passed, next: decision.next });
      }
      current = decision.next;
      continue;
    }
    const step = ask(node);
    if (step) return step;
    current = nextAfter(node, own(answers, node.id));
  }
  throw new Error(`walk of ${tree.id} does not end: the tree has a cycle`);
}

function nextAfter(question: QuestionNode, answer: string | undefined): string {
  if (question.kind === 'choice') {
    return question.options.find((option) => option.id === answer)?.next ?? '';
  }
  return answer === dateNotKnown && question.unknown ? question.unknown.next : question.next;
}
