// The notices whose condition holds on a walk's answers (e.g. "meld zo snel
// mogelijk aan" when the deadline is near). A notice whose condition cannot
// be decided on these answers is not shown.

import type { PlainDate } from '../dates/plain-date.ts';
import type { Answers, Notice, Tree } from '../tree/tree.ts';
import { evaluateCondition } from './condition.ts';
import { walkScope } from './derived-dates.ts';

export function activeNotices(tree: Tree, answers: Answers, peildatum: PlainDate): Notice[] {
  if (tree.notices.length === 0) return [];
  const scope = walkScope(tree, answers, peildatum);
  return tree.notices.filter((notice) => evaluateCondition(notice.when, scope) === true);
}
