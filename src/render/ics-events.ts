// "Zet in mijn agenda": the dates of an outcome that need a reminder, as
// calendar events. No client data: the professional may add a name in their
// own calendar, the file never has one.
import { createHash } from 'node:crypto';
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import { fillText } from '../views/fill-texts.ts';
import { calendarDates } from '../views/outcome-actions.ts';
import { earliestDates, rulesLine, rulesWarning, warningLines } from '../views/rules-change.ts';
import type { WalkContext } from '../views/walk-context.ts';
import type { OutcomeStep } from './advice-summary.ts';
import type { Calendar } from './ics-calendar.ts';

/** 9:00 on the day one week before: a working-hours nudge with time to act. */
export const reminderTrigger = '-P6DT15H';

/**
 * The same for the same tree, outcome, kind of date and date, so importing the
 * file again updates the event instead of adding a copy. A hash of what the
 * event itself says: no client data.
 */
function eventUid(treeId: string, outcomeId: string, dateId: string, date: string): string {
  const hash = createHash('sha256').update([treeId, outcomeId, dateId, date].join('\n'));
  return `${hash.digest('hex').slice(0, 32)}@woonkansboom`;
}

export function outcomeCalendar(
  ctx: WalkContext,
  step: OutcomeStep,
  origin: string,
  stamp: Date,
): Calendar {
  const fill = (text: string) => fillText(text, ctx.tree, step.dates);
  const outcome = fill(step.outcome.title);
  const url = `${origin}/boom/${ctx.tree.id}`;
  // Before a change of the rules: the earliest of each date, and the warning in every event.
  const warning = rulesWarning(ctx, step);
  const earliest = earliestDates(ctx.tree, step.dates, warning);
  const events = calendarDates(ctx, step).flatMap((id) => {
    const rule = ctx.tree.dates.find((candidate) => candidate.id === id);
    const sooner = earliest[id];
    const date = sooner && sooner >= ctx.peildatum ? sooner : step.dates[id];
    if (!rule || !date) return [];
    const label = fill(rule.label);
    return [
      {
        uid: eventUid(ctx.tree.id, step.outcome.id, id, date),
        date,
        summary: `${label} (Woonkansboom)`,
        description: [
          `${label}: ${formatDutchDate(date)}.`,
          `Uitkomst: ${outcome}.`,
          `${ctx.tree.title}. ${rulesLine(ctx)}`,
          ...(warning ? warningLines(warning) : []),
          'Er staan geen gegevens van uw cliënt in deze afspraak. Zet er zelf bij om wie het gaat, als u dat wilt.',
          `Woonkansboom: ${url}`,
        ].join('\n'),
        alarm: `Over een week: ${label.toLowerCase()} (${formatDutchDate(date)}).`,
        alarmTrigger: reminderTrigger,
        url,
      },
    ];
  });
  events.sort((a, b) => a.date.localeCompare(b.date));
  return { stamp, name: ctx.tree.title, events };
}
