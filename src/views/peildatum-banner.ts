// A walk computed as of another day than today says so on every page, with a
// way back to today: the dates and checks depend on it (SPEC §4, peildatum).
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import { html, type SafeHtml } from './html.ts';
import type { WalkContext } from './walk-context.ts';
import { withoutParam } from './walk-url.ts';

/** `href`: this page's own clean URL; the link is the same page without the peildatum. */
export function peildatumBanner(ctx: WalkContext, href: string): SafeHtml | '' {
  if (ctx.peildatumIsToday) return '';
  return html`<p class="utrecht-paragraph wkb-peildatum-banner">U rekent met <strong>${formatDutchDate(ctx.peildatum)}</strong><span class="wkb-noprint"> — <a class="utrecht-link utrecht-link--html-a" href="${withoutParam(href, 'peildatum')}" data-walk-link>terug naar vandaag</a></span></p>`;
}
