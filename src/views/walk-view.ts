// One walk request -> the whole page to show, on the server: a question or
// an outcome. The browser script shows questions itself (walk-state.ts and
// question-view.ts) and leaves outcomes to a normal page load, so the outcome
// views and texts stay out of its bundle and its data (the 15 KB budget).
import type { Step } from '../core/walk/next-step.ts';
import { html, type SafeHtml } from './html.ts';
import { outcomeView } from './outcome-view.ts';
import { peildatumTooEarlyView } from './peildatum-form.ts';
import { questionView } from './question-view.ts';
import type { WalkContext } from './walk-context.ts';
import { walkState } from './walk-state.ts';
import type { WalkQuery } from './walk-url.ts';

export interface WalkView {
  step: Step;
  title: string;
  main: SafeHtml;
  /** The clean URL of this state; a request for another URL without a problem is redirected here. */
  href: string;
  /** True when an answer was refused: the page shows an error summary. */
  invalid: boolean;
}

export function walkView(walk: WalkContext, query: WalkQuery): WalkView {
  const state = walkState(walk, query);
  const { ctx, step, href, carry, invalid } = state;
  let title = state.title;
  let stepMain: SafeHtml;
  if (step.status === 'outcome') stepMain = outcomeView(ctx, step);
  else if (state.peildatumTooEarly) {
    stepMain = peildatumTooEarlyView(ctx, step, carry);
    title = `Fout: Met welke datum wilt u rekenen? – ${ctx.tree.title}`;
  } else stepMain = questionView({ ...state, step });
  const main = ctx.newerVersion ? html`${newerVersionNotice(ctx, href)}${stepMain}` : stepMain;
  return { step, title, main, href, invalid };
}

/**
 * A link with `versie=N` to a version that is no longer in force: say so, and
 * link to the same answers in the version that is (the walk asks again what
 * the newer version needs).
 */
function newerVersionNotice(ctx: WalkContext, href: string): SafeHtml {
  const url = new URL(href, 'http://x');
  url.searchParams.delete('versie');
  const current = `${url.pathname}${url.search}`;
  return html`<div class="utrecht-alert utrecht-alert--warning wkb-newer-version" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph"><strong>Er is een nieuwere versie van deze Woonkansboom.</strong> U kijkt naar versie ${String(ctx.version)}. De regels kunnen veranderd zijn. <a class="utrecht-link utrecht-link--html-a" href="${current}">Bekijk uw antwoorden in de versie die nu geldt (versie ${String(ctx.newerVersion)})</a>.</p></div></div>`;
}
