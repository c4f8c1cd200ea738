// One walk request -> the step to show and the clean URL of it, for the
// server and the browser script alike, so a walk looks the same with and
// without JavaScript. Rendering an outcome is the server's (walk-view.ts).
import { nextStep, type Step } from '../core/walk/next-step.ts';
import { fillText } from './fill-texts.ts';
import { linkState, type Resume } from './question-view.ts';
import type { WalkContext } from './walk-context.ts';
import { type WalkQuery, walkHref } from './walk-url.ts';

export interface WalkState {
  /** The context the step is shown in (an outcome's walks from the root). */
  ctx: WalkContext;
  step: Step;
  /** The page title, without the site name. */
  title: string;
  /** The clean URL of this state; a request for another URL without a problem is redirected here. */
  href: string;
  /** Answers carried along in hidden fields (the path, or everything when changing an answer). */
  carry: Readonly<Record<string, string>>;
  /** The answer to show selected or filled in (changing, or a rejected value). */
  current?: string;
  /** True when an answer was refused: the page shows an error summary. */
  invalid: boolean;
  /** On a "Wijzig" page: the walk as it was before, to go back without changing anything. */
  resume?: Resume;
  /**
   * The walk is computed as of another day that lies before a date already
   * answered (the peildatum was changed, not the answer): the page asks for
   * another peildatum. The server renders it; the browser script leaves it alone.
   */
  peildatumTooEarly?: boolean;
}

export function walkState(walk: WalkContext, query: WalkQuery): WalkState {
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
  let resume: Resume | undefined;

  const change = query.change;
  if (change && step.path.some((entry) => entry.node === change && entry.kind !== 'check')) {
    const { [change]: answer, ...others } = query.answers;
    const changing = nextStep(ctx.tree, others, ctx.peildatum, {
      ...(ctx.start ? { start: ctx.start } : {}),
    });
    if (changing.status === 'question' && changing.question.id === change) {
      resume = { href, outcome: step.status === 'outcome' };
      step = changing;
      current = answer;
      carry = query.answers;
      href = walkHref(ctx.basePath, linkState(ctx, query.answers), { wijzig: change });
    }
  }
  let peildatumTooEarly = false;
  if (step.status === 'question' && step.problem) {
    current = step.problem.given;
    carry = query.answers;
    // A date that was not typed just now, after a peildatum the user chose:
    // the peildatum is what changed, so that is what is asked again.
    peildatumTooEarly =
      step.problem.code === 'date-after-peildatum' &&
      !ctx.peildatumIsToday &&
      query.submitted !== step.question.id;
  }
  const title =
    step.status === 'question'
      ? `${step.problem ? 'Fout: ' : ''}${fillText(step.question.text, ctx.tree, step.dates)}`
      : fillText(step.outcome.title, ctx.tree, step.dates);
  return {
    ctx,
    step,
    title: `${title} – ${ctx.tree.title}`,
    href,
    carry,
    ...(current !== undefined ? { current } : {}),
    invalid: step.status === 'question' && step.problem !== undefined,
    ...(resume ? { resume } : {}),
    ...(peildatumTooEarly ? { peildatumTooEarly } : {}),
  };
}
