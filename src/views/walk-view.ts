// One walk request -> the page to show, for the server and the browser script
// alike, so a walk looks the same with and without JavaScript.
import { nextStep, type Step } from '../core/next-step.ts';
import { fillText } from './fill-texts.ts';
import { html, type SafeHtml } from './html.ts';
import { outcomeView } from './outcome-view.ts';
import { linkState, questionView } from './question-view.ts';
import type { WalkContext } from './walk-context.ts';
import { type WalkQuery, walkHref } from './walk-url.ts';

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
  let step = nextStep(walk.tree, query.answers, walk.peildatum, {
    ...(walk.start ? { start: walk.start } : {}),
    ...(query.submitted ? { submitted: query.submitted } : {}),
  });
  // An outcome is the root walk's (SPEC §4, the engine's promise): its links
  // walk from the root, where its answers lead to the same outcome again.
  const { start: _, ...fromRoot } = walk;
  const ctx: WalkContext = step.status === 'outcome' ? fromRoot : walk;
  let carry: Readonly<Record<string, string>> = step.answers;
  let current: string | undefined;
  let href = walkHref(ctx.basePath, linkState(ctx, step.answers));

  const change = query.change;
  if (change && step.path.some((entry) => entry.node === change && entry.kind !== 'check')) {
    const { [change]: answer, ...others } = query.answers;
    const changing = nextStep(ctx.tree, others, ctx.peildatum, {
      ...(ctx.start ? { start: ctx.start } : {}),
    });
    if (changing.status === 'question' && changing.question.id === change) {
      step = changing;
      current = answer;
      carry = query.answers;
      href = walkHref(ctx.basePath, linkState(ctx, query.answers), { wijzig: change });
    }
  }
  if (step.status === 'question' && step.problem) {
    current = step.problem.given;
    carry = query.answers;
  }

  const title =
    step.status === 'question'
      ? `${step.problem ? 'Fout: ' : ''}${fillText(step.question.text, ctx.tree, step.dates)}`
      : fillText(step.outcome.title, ctx.tree, step.dates);
  const stepMain =
    step.status === 'question'
      ? questionView({ ctx, step, carry, ...(current !== undefined ? { current } : {}) })
      : outcomeView(ctx, step);
  const main = ctx.newerVersion ? html`${newerVersionNotice(ctx, href)}${stepMain}` : stepMain;
  return {
    step,
    title: `${title} – ${ctx.tree.title}`,
    main,
    href,
    invalid: step.status === 'question' && step.problem !== undefined,
  };
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
