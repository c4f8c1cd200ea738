// "Meenemen": links from an outcome to its print view, PDF, tenant handout and
// calendar file, carrying the walk's answers in the URL (nothing is stored).
// Shared by the server and the browser script: keep it small.

import { compareDates } from '../core/dates/plain-date.ts';
import type { Tree } from '../core/tree/tree.ts';
import type { Step } from '../core/walk/next-step.ts';
import { html, type SafeHtml } from './html.ts';
import type { WalkContext } from './walk-context.ts';
import { walkHref } from './walk-url.ts';

type OutcomeStep = Extract<Step, { status: 'outcome' }>;

export function offersHandout(tree: Tree, outcomeId: string): boolean {
  return tree.handout?.offerOn.includes(outcomeId) ?? false;
}

/**
 * The derived dates worth a reminder: on an outcome that fits (now or later),
 * every date from the peildatum on. A date already past needs no reminder.
 */
export function calendarDates(ctx: WalkContext, step: OutcomeStep): string[] {
  if (step.outcome.verdict !== 'past' && step.outcome.verdict !== 'past-nog-niet') return [];
  return ctx.tree.dates.flatMap((rule) => {
    const date = rule.listed ? step.dates[rule.id] : undefined;
    return date && compareDates(date, ctx.peildatum) >= 0 ? [rule.id] : [];
  });
}

/** The URL of a take-along resource (`advies`, `advies.pdf`, ...) for this walk. */
export function takeAlongHref(ctx: WalkContext, step: OutcomeStep, resource: string): string {
  // Pinned to the version shown, so the paper says what the screen said.
  return walkHref(`/boom/${ctx.tree.id}/${resource}`, {
    answers: step.answers,
    version: ctx.version,
    ...(ctx.peildatumIsToday ? {} : { peildatum: ctx.peildatum }),
    ...(ctx.start ? { start: ctx.start } : {}),
    ...(ctx.org ? { org: ctx.org } : {}),
  });
}

export function outcomeActions(ctx: WalkContext, step: OutcomeStep): SafeHtml {
  const links: [string, string][] = [
    ['advies', 'Adviesoverzicht afdrukken'],
    ['advies.pdf', 'Adviesoverzicht als pdf'],
  ];
  if (offersHandout(ctx.tree, step.outcome.id))
    links.push(
      ['uitleg-huurder', 'Uitleg voor de huurder afdrukken'],
      ['uitleg-huurder.pdf', 'Uitleg voor de huurder als pdf'],
    );
  if (calendarDates(ctx, step).length > 0)
    links.push(['agenda.ics', 'Zet de datums in mijn agenda']);
  // The print button needs the walk script (window.print), so it stays hidden without it.
  return html`<div class="wkb-actions"><h2 class="utrecht-heading-2">Advies meenemen</h2>
<p class="utrecht-paragraph" hidden data-print><button class="utrecht-button utrecht-button--secondary-action" type="button">Deze pagina afdrukken</button></p>
<ul class="utrecht-link-list utrecht-link-list--html-ul">${links.map(
    ([resource, label]) =>
      html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${takeAlongHref(ctx, step, resource)}" rel="nofollow">${label}</a></li>`,
  )}</ul></div>`;
}
