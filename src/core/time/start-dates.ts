// Which of a tree's dates say from when something may happen ("aanmelden
// vanaf"), as opposed to until when it must ("uiterste aanmelddatum"): read
// from the tree itself. A date the walk's day must reach (`peildatum after` or
// `on-or-after` it, or it `before` / `on-or-before` the peildatum) is a start
// date. Before a change of the rules, a deadline is told at its earliest and a
// start date at the earliest day it really holds.
import { addDays, compareDates, type PlainDate } from '../dates/plain-date.ts';
import type { Condition, Tree } from '../tree/tree.ts';
import { peildatumRef } from '../walk/derived-dates.ts';

function collect(condition: Condition, starts: Set<string>): void {
  if ('all' in condition) for (const part of condition.all) collect(part, starts);
  else if ('any' in condition) for (const part of condition.any) collect(part, starts);
  else if ('not' in condition) collect(condition.not, starts);
  else if ('compare' in condition) {
    const { compare, op, to } = condition;
    if (compare === peildatumRef && (op === 'after' || op === 'on-or-after')) starts.add(to);
    if (to === peildatumRef && (op === 'before' || op === 'on-or-before')) starts.add(compare);
  }
}

/** The ids of the tree's start dates. */
export function startDates(tree: Tree): Set<string> {
  const starts = new Set<string>();
  for (const requirement of tree.requirements) collect(requirement.test, starts);
  for (const notice of tree.notices) collect(notice.when, starts);
  for (const node of tree.nodes) {
    if (node.kind === 'check') for (const branch of node.branches) collect(branch.if, starts);
  }
  return starts;
}

/**
 * Each date as a client should be told it while the rules change on `change`:
 * a date before the change holds as it is; a deadline after it is the earliest
 * of now and under the new rules (but no earlier than the day before the
 * change, when the current rules still hold); a start date after it is the
 * day it holds under the new rules, which apply by then (at the earliest the
 * change day itself).
 */
export function datesAcrossChange(
  now: Readonly<Record<string, PlainDate>>,
  upcoming: Readonly<Record<string, PlainDate>>,
  change: PlainDate,
  starts: ReadonlySet<string>,
): Record<string, PlainDate> {
  const dayBefore = addDays(change, -1);
  const told: Record<string, PlainDate> = { ...now };
  for (const [id, then] of Object.entries(upcoming)) {
    const current = told[id];
    if (current === undefined || compareDates(current, change) < 0) continue;
    if (starts.has(id)) {
      told[id] = compareDates(then, change) < 0 ? change : then;
      continue;
    }
    const latestKept = compareDates(then, dayBefore) < 0 ? dayBefore : then;
    if (compareDates(latestKept, current) < 0) told[id] = latestKept;
  }
  return told;
}
