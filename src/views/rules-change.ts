// Which rules an advice follows, and the warning before they change: the
// words, in one place, for the outcome page, the Adviesoverzicht (page and
// PDF), the tenant handout and the calendar file. Server only: the walk
// script shows no outcomes.
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import { compareDates, type PlainDate } from '../core/dates/plain-date.ts';
import { datesAcrossChange, startDates } from '../core/time/start-dates.ts';
import { listedDates, type OutcomeStep } from '../core/time/upcoming-change.ts';
import type { Tree } from '../core/tree/tree.ts';
import { fillText } from './fill-texts.ts';
import { html, type SafeHtml } from './html.ts';
import type { WalkContext } from './walk-context.ts';

/** A version without a known start (the content without a store) gives no "vanaf". */
const noKnownStart = '1900-01-01';

/** "Advies van 28 november 2026, volgens de regels die gelden vanaf 1 januari 2026 (versie 3)." */
export function rulesLine(ctx: WalkContext): string {
  const advice = `Advies van ${formatDutchDate(ctx.peildatum)}`;
  if (ctx.preview) return `${advice}, volgens het concept (revisie ${ctx.version}).`;
  const from = ctx.rulesFrom;
  return from && compareDates(from, noKnownStart) > 0
    ? `${advice}, volgens de regels die gelden vanaf ${formatDutchDate(from)} (versie ${ctx.version}).`
    : `${advice}, volgens versie ${ctx.version} van de regels.`;
}

export interface WarningDate {
  label: string;
  current?: PlainDate;
  upcoming?: PlainDate;
}

/** The warning before the rules change, in words. */
export interface RulesWarning {
  from: PlainDate;
  /** "Let op: vanaf 1 maart 2027 gelden nieuwe regels." */
  heading: string;
  /** What the same answers give then: the new outcome, or a new question. */
  advice: string;
  /** The listed dates that change, now and under the new rules, in the order they fall now. */
  dates: WarningDate[];
  /** "Er staan meer wijzigingen gepland.", "Vraag het Bureau Woonkans …", when they hold. */
  extra: string[];
  /** The listed dates under the new rules (for the earliest deadline). */
  upcomingDates: Record<string, PlainDate>;
}

export const moreChangesText = 'Er staan meer wijzigingen gepland.';
export const askBureauText =
  'Vraag het Bureau Woonkans wat de nieuwe regels voor uw cliënt betekenen.';

/** The warning for this outcome, when a scheduled version changes its advice or a date. */
export function rulesWarning(ctx: WalkContext, step: OutcomeStep): RulesWarning | undefined {
  const change = ctx.upcomingFor?.(step);
  if (!change) return undefined;
  const newTree = change.rules.tree;
  const later = change.step;
  const advice =
    later.status === 'outcome'
      ? `Met dezelfde antwoorden is het advies dan: ${fillText(later.outcome.title, newTree, later.dates)}.`
      : `Het advies kan dan anders zijn. Vanaf die dag stelt de Woonkansboom een nieuwe vraag: "${fillText(later.question.text, newTree, later.dates)}"`;
  const now = listedDates(ctx.tree, step);
  const then = later.status === 'outcome' ? listedDates(newTree, later) : {};
  const labelOf = (id: string) => {
    const rule = ctx.tree.dates.find((r) => r.id === id) ?? newTree.dates.find((r) => r.id === id);
    return rule ? fillText(rule.label, ctx.tree, step.dates) : id;
  };
  const ids = [...new Set([...Object.keys(now), ...Object.keys(then)])];
  const when = (id: string) => (now[id] ?? then[id]) as PlainDate;
  // Only the dates that change: the others stay as the page lists them.
  const dates = ids
    .filter((id) => now[id] !== then[id])
    .sort((a, b) => compareDates(when(a), when(b)))
    .map((id) => ({
      label: labelOf(id),
      ...(now[id] ? { current: now[id] } : {}),
      ...(then[id] ? { upcoming: then[id] } : {}),
    }));
  return {
    from: change.geldigVanaf,
    heading: `Let op: vanaf ${formatDutchDate(change.geldigVanaf)} gelden nieuwe regels.`,
    advice,
    dates,
    extra: [
      ...(change.more ? [moreChangesText] : []),
      ...(change.askBureau ? [askBureauText] : []),
    ],
    upcomingDates: then,
  };
}

/** "Uiterste aanmelddatum: nu 14 maart 2027, met de nieuwe regels 14 maart 2026." */
export function warningDateLine(row: WarningDate): string {
  const day = (date: PlainDate | undefined) => (date ? formatDutchDate(date) : 'geen datum');
  return `${row.label}: nu ${day(row.current)}, met de nieuwe regels ${day(row.upcoming)}.`;
}

/** The warning as plain lines, for the PDF and the calendar file. */
export function warningLines(warning: RulesWarning): string[] {
  return [warning.heading, warning.advice, ...warning.dates.map(warningDateLine), ...warning.extra];
}

/** The warning as an NL Design System alert. */
export function rulesWarningHtml(warning: RulesWarning): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--warning wkb-rules-change" data-rules-change="${warning.from}"><div class="utrecht-alert__content">
<h2 class="utrecht-heading-3">${warning.heading}</h2>
<p class="utrecht-alert__message utrecht-paragraph">${warning.advice}</p>
${warning.dates.length > 0 ? html`<ul class="utrecht-unordered-list wkb-rules-change__dates">${warning.dates.map((row) => html`<li class="utrecht-unordered-list__item">${warningDateLine(row)}</li>`)}</ul>` : ''}
${warning.extra.map((line) => html`<p class="utrecht-alert__message utrecht-paragraph">${line}</p>`)}
</div></div>`;
}

/**
 * The dates of the outcome as a client is told them before a change of the
 * rules: a deadline at its earliest under either rules, a start date from when
 * it really holds (core/time/start-dates.ts).
 */
export function earliestDates(
  tree: Tree,
  dates: Readonly<Record<string, PlainDate>>,
  warning: RulesWarning | undefined,
): Record<string, PlainDate> {
  if (!warning) return { ...dates };
  return datesAcrossChange(dates, warning.upcomingDates, warning.from, startDates(tree));
}

/** The one sentence the tenant's handout says about the change. */
export function handoutChangeSentence(from: PlainDate): string {
  return `Op ${formatDutchDate(from)} veranderen de regels. Vraag uw hulpverlener wat dat voor u betekent.`;
}
