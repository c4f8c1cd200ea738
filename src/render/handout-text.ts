// "Uw tweede kans" for one walk: the tree's handout with its placeholders
// filled. The deadline sentence with a date is used only when every date it
// names is known on this walk; otherwise the sentence without a date.
import { formatDutchDate } from '../core/dutch-date.ts';
import type { Step } from '../core/next-step.ts';
import type { PlainDate } from '../core/plain-date.ts';
import { placeholdersIn } from '../core/template.ts';
import type { Handout, Tree } from '../core/tree.ts';
import { fillText } from '../views/fill-texts.ts';
import { offersHandout } from '../views/outcome-actions.ts';

export interface HandoutText {
  title: string;
  /** Markdown, placeholders filled; empty when the tree has no deadline text. */
  deadline: string;
  /** Markdown, placeholders filled. */
  body: string;
  /** "28 november 2026": the day it was printed for. */
  printed: string;
}

function deadlineText(handout: Handout, tree: Tree, dates: Readonly<Record<string, PlainDate>>) {
  const dateIds = new Set(tree.dates.map((rule) => rule.id));
  const known = (text: string) =>
    placeholdersIn(text).every((name) => !dateIds.has(name) || dates[name] !== undefined);
  if (handout.deadline && known(handout.deadline)) return handout.deadline;
  return handout.noDeadline ?? '';
}

/** The handout for an outcome step, or undefined when the tree does not offer it there. */
export function handoutText(
  tree: Tree,
  step: Extract<Step, { status: 'outcome' }>,
  peildatum: PlainDate,
): HandoutText | undefined {
  const { handout } = tree;
  if (!handout || !offersHandout(tree, step.outcome.id)) return undefined;
  const fill = (text: string) => fillText(text, tree, step.dates);
  return {
    title: fill(handout.title),
    deadline: fill(deadlineText(handout, tree, step.dates)),
    body: fill(handout.body),
    printed: formatDutchDate(peildatum),
  };
}
