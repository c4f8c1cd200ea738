// The engine: answers + peildatum -> the next question or an outcome, with the
// path that led there. Pure: the caller passes the peildatum and renders.
import { conditionReferences, evaluateCondition, type Truth } from './condition.ts';
import { computeDates, peildatumRef, walkScope } from './derived-dates.ts';
import { formatDutchDate } from './dutch-date.ts';
import { own } from './own.ts';
import { compareDates, type PlainDate, parsePlainDate } from './plain-date.ts';
import type { Amount, Answers, CheckNode, Outcome, QuestionNode, Tree, TreeNode } from './tree.ts';

export type PathEntry =
  | { kind: 'choice'; node: string; answer: string; label: string }
  | { kind: 'date'; node: string; answer: PlainDate }
  | { kind: 'check'; node: string; passed: boolean; next: string };

export type AnswerProblemCode =
  | 'missing'
  | 'unknown-option'
  | 'invalid-date'
  | 'date-after-peildatum';

/** A rejected answer, pointing at the question it belongs to. */
export interface AnswerProblem {
  field: string;
  code: AnswerProblemCode;
  message: string;
  /** What was given, so the form can show it again (nothing is lost). */
  given?: string;
}

export interface RequirementState {
  id: string;
  label: string;
  met: Truth;
}

interface StepBase {
  path: PathEntry[];
  /** The accepted answers on the path, normalised; everything else is dropped. */
  answers: Record<string, string>;
  /** The derived dates (SPEC §5) that these answers determine. */
  dates: Record<string, PlainDate>;
}

export type Step =
  | (StepBase & { status: 'question'; question: QuestionNode; problem?: AnswerProblem })
  | (StepBase & { status: 'outcome'; outcome: Outcome; requirements: RequirementState[] });

export interface StepOptions {
  /** Start the walk at this question instead of the tree's start. */
  start?: string;
  /** The question whose form was just submitted: no answer to it means "missing". */
  submitted?: string;
}

export function questionById(tree: Tree, id: string): QuestionNode | undefined {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  return node && node.kind !== 'check' ? node : undefined;
}

function checkAnswer(
  question: QuestionNode,
  given: string,
  peildatum: PlainDate,
): AnswerProblem | string {
  if (question.kind === 'choice') {
    if (question.options.some((option) => option.id === given)) return given;
    return {
      field: question.id,
      code: 'unknown-option',
      given,
      message: `"${given}" is geen antwoord op de vraag "${question.text}". Kies een van de antwoorden.`,
    };
  }
  const date = parsePlainDate(given);
  if (date === null) {
    return {
      field: question.id,
      code: 'invalid-date',
      given,
      message: `Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 15-3-2022. "${given}" is geen datum die we kunnen lezen.`,
    };
  }
  if (compareDates(date, peildatum) > 0) {
    return {
      field: question.id,
      code: 'date-after-peildatum',
      given,
      message: `De datum ${formatDutchDate(date)} ligt na de peildatum (${formatDutchDate(peildatum)}). Vul een datum in die al geweest is.`,
    };
  }
  return date;
}

function missingProblem(question: QuestionNode): AnswerProblem {
  return {
    field: question.id,
    code: 'missing',
    message:
      question.kind === 'choice'
        ? 'Kies een antwoord.'
        : 'Vul een datum in, bijvoorbeeld 15-3-2022.',
  };
}

/** The unanswered questions a check still needs, following derived dates. */
function neededQuestions(tree: Tree, check: CheckNode, answers: Answers): string[] {
  const needed: string[] = [];
  const seen = new Set<string>();
  const visitRef = (ref: string): void => {
    if (seen.has(ref) || ref === peildatumRef) return;
    seen.add(ref);
    const rule = tree.dates.find((candidate) => candidate.id === ref);
    if (rule) {
      visitRef(rule.from);
      for (const step of rule.add) visitAmount(step.amount);
    } else if (own(answers, ref) === undefined && questionById(tree, ref)) {
      needed.push(ref);
    }
  };
  const visitAmount = (amount: Amount): void => {
    if (typeof amount === 'number' || 'param' in amount) return;
    visitCondition(amount.when);
    visitAmount(amount.then);
    visitAmount(amount.else);
  };
  const visitCondition = (condition: Parameters<typeof conditionReferences>[0]): void => {
    const references = conditionReferences(condition);
    references.answers.forEach(visitRef);
    references.dates.forEach(visitRef);
  };
  for (const branch of check.branches) visitCondition(branch.if);
  return needed;
}

export function nextStep(
  tree: Tree,
  given: Answers,
  peildatum: PlainDate,
  options: StepOptions = {},
): Step {
  const nodes = new Map<string, TreeNode>(tree.nodes.map((node) => [node.id, node]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const path: PathEntry[] = [];
  const answers: Record<string, string> = {};
  const base = (): StepBase => ({ path, answers, dates: computeDates(tree, answers, peildatum) });

  /** Accepts the answer to a question or returns the step that asks it. */
  const ask = (question: QuestionNode): Step | undefined => {
    // Asked before (a check needed it ahead of its place in the tree): already on the path.
    if (own(answers, question.id) !== undefined) return undefined;
    const raw = own(given, question.id);
    if (typeof raw !== 'string' || raw.trim() === '') {
      const problem = options.submitted === question.id ? missingProblem(question) : undefined;
      return { ...base(), status: 'question', question, ...(problem && { problem }) };
    }
    const checked = checkAnswer(question, raw, peildatum);
    if (typeof checked !== 'string')
      return { ...base(), status: 'question', question, problem: checked };
    answers[question.id] = checked;
    if (question.kind === 'choice') {
      const label = question.options.find((option) => option.id === checked)?.label ?? checked;
      path.push({ kind: 'choice', node: question.id, answer: checked, label });
    } else {
      path.push({ kind: 'date', node: question.id, answer: checked });
    }
    return undefined;
  };

  const decide = (check: CheckNode): { next: string; passed: boolean } | { ask: QuestionNode } => {
    const scope = walkScope(tree, answers, peildatum);
    for (const [index, branch] of check.branches.entries()) {
      const truth = evaluateCondition(branch.if, scope);
      if (truth === undefined) {
        const [missing] = neededQuestions(tree, check, answers);
        const question = missing === undefined ? undefined : questionById(tree, missing);
        if (!question) throw new Error(`check ${check.id} cannot be decided`);
        return { ask: question };
      }
      if (truth) return { next: branch.next, passed: index === 0 };
    }
    return { next: check.else, passed: false };
  };

  let current = options.start ?? tree.start;
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
      return { ...base(), status: 'outcome', outcome, requirements };
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
      path.push({ kind: 'check', node: node.id, passed: decision.passed, next: decision.next });
      current = decision.next;
      continue;
    }
    const step = ask(node);
    if (step) return step;
    current =
      node.kind === 'choice'
        ? (node.options.find((option) => option.id === own(answers, node.id))?.next ?? '')
        : node.next;
  }
  throw new Error(`walk of ${tree.id} does not end: the tree has a cycle`);
}
