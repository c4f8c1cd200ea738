// The warning before the rules change: the same answers, walked
// under each scheduled version before the outcome's last relevant date; the
// first version that changes the outcome or a date is the warning. Pure: the
// server, the API and the printouts all show what this returns.
import { addCalendar, compareDates, type PlainDate } from '../dates/plain-date.ts';
import type { Tree } from '../tree/tree.ts';
import { nextStep } from '../walk/next-step.ts';
import type { Step } from '../walk/step.ts';
import {
  evictionDateOf,
  type RulesInForce,
  type RulesTimeline,
  rulesOn,
  sameRules,
} from './rules-timeline.ts';
import { changeDays } from './versions-in-time.ts';

/** The shared parameter that sets how far ahead an outcome without dates is warned. */
export const warnDaysParameter = 'waarschuw_dagen';
export const defaultWarnDays = 90;

export type OutcomeStep = Extract<Step, { status: 'outcome' }>;

export interface UpcomingChange {
  /** The day the new rules take effect. */
  geldigVanaf: PlainDate;
  rules: RulesInForce;
  /** The same answers under the new rules: an outcome, or a question the new rules add. */
  step: Step;
  /** More changes take effect later, within the same window. */
  more: boolean;
  /**
   * The changed version says nothing about evictions before it
   * (no `geldtVoorOntruimingenVanaf`): the client should ask Bureau Woonkans.
   */
  askBureau: boolean;
}

/** The listed dates of an outcome step: the ones a user sees. */
export function listedDates(tree: Tree, step: Step): Record<string, PlainDate> {
  const listed: Record<string, PlainDate> = {};
  for (const rule of tree.dates) {
    const date = step.dates[rule.id];
    if (rule.listed && date !== undefined) listed[rule.id] = date;
  }
  return listed;
}

/** The outcome's last relevant date: the latest date it lists, if any. */
export function lastRelevantDate(tree: Tree, step: Step): PlainDate | undefined {
  const dates = Object.values(listedDates(tree, step)).sort(compareDates);
  return dates.at(-1);
}

function warnWindowEnd(tree: Tree, day: PlainDate): PlainDate {
  const parameter = tree.parameters[warnDaysParameter];
  if (!parameter || parameter.unit === 'count') return addCalendar(day, defaultWarnDays, 'days');
  return addCalendar(day, parameter.value, parameter.unit);
}

/**
 * The same outcome, or the same next question, with the same listed dates.
 * A question counts its dates too: an outcome that is "not yet" today may
 * lead on, on the day of a change, to a question the answers do not reach
 * yet — and a deadline it listed can still differ under the new rules.
 */
export function sameAdvice(a: { tree: Tree; step: Step }, b: { tree: Tree; step: Step }): boolean {
  if (a.step.status === 'question' || b.step.status === 'question') {
    if (
      a.step.status !== 'question' ||
      b.step.status !== 'question' ||
      a.step.question.id !== b.step.question.id
    )
      return false;
  } else if (a.step.outcome.id !== b.step.outcome.id) return false;
  const before = listedDates(a.tree, a.step);
  const after = listedDates(b.tree, b.step);
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].every((id) => before[id] === after[id]);
}

/**
 * The first scheduled change that gives these answers another outcome or
 * another date, among the changes taking effect after `day` and before the
 * outcome's last relevant date (or, without one, within `waarschuw_dagen`).
 * Each change is judged on its own day against the walk's own rules on that
 * day, so an advice that changes only because time passes (a "vanaf" date
 * reached) is no warning about new rules.
 */
export function upcomingChange(
  timeline: RulesTimeline,
  current: RulesInForce,
  step: OutcomeStep,
  day: PlainDate,
  options: { start?: string } = {},
): UpcomingChange | undefined {
  const relevant = lastRelevantDate(current.tree, step);
  const windowEnd = warnWindowEnd(current.tree, day);
  const inWindow = (change: PlainDate) =>
    relevant !== undefined
      ? compareDates(change, relevant) < 0
      : compareDates(change, windowEnd) <= 0;
  const days = changeDays(day, timeline.trees, timeline.shared).filter(inWindow);
  const eviction = evictionDateOf(current.tree, step.answers);
  for (const [index, change] of days.entries()) {
    const rules = rulesOn(timeline, change, eviction);
    if (!rules || sameRules(rules, current)) continue;
    const later = nextStep(rules.tree, step.answers, change, options);
    const unchanged = nextStep(current.tree, step.answers, change, options);
    if (sameAdvice({ tree: current.tree, step: unchanged }, { tree: rules.tree, step: later }))
      continue;
    const changed = [rules.treeVersion, rules.sharedVersion].filter(
      (version) => version?.geldigVanaf === change,
    );
    return {
      geldigVanaf: change,
      rules,
      step: later,
      more: index < days.length - 1,
      askBureau: changed.every((version) => version?.geldtVoorOntruimingenVanaf === undefined),
    };
  }
  return undefined;
}
