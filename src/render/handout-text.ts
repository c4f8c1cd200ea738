// "Uw tweede kans" for one walk: the tree's handout with its placeholders
// filled. The deadline sentence with a date is used only when every date it
// names is known on this walk; otherwise the sentence without a date.
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import type { PlainDate } from '../core/dates/plain-date.ts';
import { placeholdersIn } from '../core/tree/template.ts';
import type { Handout, Tree } from '../core/tree/tree.ts';
import type { Step } from '../core/walk/next-step.ts';
import { fillText } from '../views/fill-texts.ts';
import { offersHandout } from '../views/outcome-actions.ts';
import { earliestDates, handoutChangeSentence, type RulesWarning } from '../views/rules-change.ts';

export interface HandoutText {
  title: string;
  /** Markdown, placeholders filled; empty when the tree has no deadline text. */
  deadline: string;
  /** Markdown, placeholders filled. */
  body: string;
  /** "28 november 2026": the day it was printed for. */
  printed: string;
  /** "Advies van …, volgens de regels die gelden vanaf … (versie N).", when known. */
  rules?: string;
  /** "Op … veranderen de regels. Vraag uw hulpverlener …", when a change lies ahead. */
  change?: string;
}

/**
 * The deadline paragraphs for this walk: each paragraph of `deadline` is kept
 * when every date it names is known and none lies before the peildatum (a
 * "vanaf" date already passed, or a deadline that is over, says nothing useful
 * to the tenant). No paragraph left: the sentence without a date.
 */
function deadlineText(
  handout: Handout,
  tree: Tree,
  dates: Readonly<Record<string, PlainDate>>,
  peildatum: PlainDate,
) {
  const dateIds = new Set(tree.dates.map((rule) => rule.id));
  const applies = (paragraph: string) =>
    placeholdersIn(paragraph)
      .filter((name) => dateIds.has(name))
      .every((name) => dates[name] !== undefined && (dates[name] as PlainDate) >= peildatum);
  const paragraphs = (handout.deadline ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && applies(paragraph));
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : (handout.noDeadline ?? '');
}

/**
 * The handout for an outcome step, or undefined when the tree does not offer
 * it there. Before a change of the rules (`warning`) each date is the earliest
 * of now and under the new rules, and one sentence says the rules change.
 */
export function handoutText(
  tree: Tree,
  step: Extract<Step, { status: 'outcome' }>,
  peildatum: PlainDate,
  warning?: RulesWarning,
  rules?: string,
): HandoutText | undefined {
  const { handout } = tree;
  if (!handout || !offersHandout(tree, step.outcome.id)) return undefined;
  const dates = earliestDates(tree, step.dates, warning);
  const fill = (text: string) => fillText(text, tree, dates);
  return {
    title: fill(handout.title),
    deadline: fill(deadlineText(handout, tree, dates, peildatum)),
    body: fill(handout.body),
    printed: formatDutchDate(peildatum),
    ...(warning ? { change: handoutChangeSentence(warning.from) } : {}),
    ...(rules ? { rules } : {}),
  };
}
