// Computing a walk as of another day (the peildatum): the form on the outcome
// page, and the page that asks for another day when the one chosen lies
// before a date already answered. Server only: the browser script leaves
// both to a normal page load. Unlike a date question this is the browser's
// date field: a day to plan with is picked rather than looked up, and the
// field only sends days that exist (an unreadable reference date in a link
// is refused on a page of its own, resolve-walk.ts).
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import { type PlainDate, parsePlainDate } from '../core/dates/plain-date.ts';
import type { Step } from '../core/walk/next-step.ts';
import { errorSummary } from './error-summary.ts';
import { fillText } from './fill-texts.ts';
import { html, type SafeHtml } from './html.ts';
import { linkState } from './question-view.ts';
import type { WalkContext } from './walk-context.ts';
import { walkHref, withoutParam } from './walk-url.ts';

interface PeildatumFormInput {
  ctx: WalkContext;
  answers: Readonly<Record<string, string>>;
  /** The plain date the walk uses. */
  value: PlainDate;
  error?: string;
  /** The form is the page's question (h1), not a part of the outcome page. */
  asked?: boolean;
}

export function peildatumForm({ ctx, answers, value, error, asked }: PeildatumFormInput): SafeHtml {
  const label = asked ? 'Met welke datum wilt u rekenen?' : 'Reken met deze datum';
  const errorHtml = error
    ? html`<p class="utrecht-form-field-error-message" id="peildatum-fout"><span class="wkb-visually-hidden">Fout: </span>${error}</p>`
    : '';
  return html`<form method="get" action="${ctx.basePath}" class="wkb-peildatum-form${asked ? ' wkb-question' : ''}" novalidate data-walk-form>
${ctx.pinnedVersion ? html`<input type="hidden" name="versie" value="${String(ctx.version)}">` : ''}
${ctx.start ? html`<input type="hidden" name="start" value="${ctx.start}">` : ''}
${ctx.org ? html`<input type="hidden" name="org" value="${ctx.org}">` : ''}
${Object.entries(answers).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<div class="utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}">${
    asked
      ? html`<h1 class="utrecht-heading-1" id="vraag" tabindex="-1"><label class="utrecht-form-label" for="peildatum">${label}</label></h1>`
      : html`<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="peildatum">${label}</label></div>`
  }
<p class="utrecht-form-field-description" id="peildatum-hint">Bijvoorbeeld de dag waarop u uw cliënt wilt aanmelden.</p>
${errorHtml}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input wkb-date${error ? ' utrecht-textbox--invalid' : ''}" type="date" id="peildatum" name="peildatum" value="${value}" aria-describedby="peildatum-hint${error ? ' peildatum-fout' : ''}"${error ? html` aria-invalid="true"` : ''}></div>
</div>
<button class="utrecht-button utrecht-button--${asked ? 'primary' : 'secondary'}-action utrecht-button--submit" type="submit">Opnieuw berekenen</button>
</form>`;
}

/**
 * The peildatum lies before a date that was answered (the eviction, say):
 * the peildatum is what the user changed, so this page asks it again and
 * keeps every answer.
 */
export function peildatumTooEarlyView(
  ctx: WalkContext,
  step: Extract<Step, { status: 'question' }>,
  answers: Readonly<Record<string, string>>,
): SafeHtml {
  const today = withoutParam(walkHref(ctx.basePath, linkState(ctx, answers)), 'peildatum');
  const answered = parsePlainDate(step.problem?.given ?? '') ?? ctx.peildatum;
  const question = fillText(step.question.text, ctx.tree, step.dates);
  const message = `De datum om mee te rekenen (${formatDutchDate(ctx.peildatum)}) ligt vóór ${formatDutchDate(answered)}, uw antwoord op "${question}". Kies ${formatDutchDate(answered)} of later.`;
  return html`${errorSummary([{ href: '#peildatum', message }])}
${peildatumForm({ ctx, answers, value: ctx.peildatum, error: message, asked: true })}
<p class="utrecht-paragraph wkb-resume"><a class="utrecht-link utrecht-link--html-a" href="${today}">Reken met vandaag</a></p>`;
}
