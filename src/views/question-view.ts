// One question per page (GOV.UK / NL Design System pattern): the question is
// the page's h1 inside the legend, help under "Waarom vragen we dit?".

import type { QuestionNode } from '../core/tree/tree.ts';
import { dateNotKnown } from '../core/walk/derived-dates.ts';
import type { AnswerProblem, Step } from '../core/walk/next-step.ts';
import { dateField } from './date-field.ts';
import { errorSummary } from './error-summary.ts';
import { fillText } from './fill-texts.ts';
import { html, type SafeHtml } from './html.ts';
import { peildatumBanner } from './peildatum-banner.ts';
import type { WalkContext } from './walk-context.ts';
import { walkHref } from './walk-url.ts';

export interface QuestionViewInput {
  ctx: WalkContext;
  step: Extract<Step, { status: 'question' }>;
  /** Answers carried along in hidden fields (the path, or everything when changing an answer). */
  carry: Readonly<Record<string, string>>;
  /** The current answer to show selected or filled in (changing, or a rejected value). */
  current?: string;
  /** The clean URL of this page (the reference-date banner links to it as of today). */
  href?: string;
  /** On a "Wijzig" page: the walk as it was, to go back without changing anything. */
  resume?: Resume;
}

export interface Resume {
  href: string;
  /** The walk was at its outcome (else at a question further on). */
  outcome: boolean;
}

export function fieldId(question: QuestionNode): string {
  return question.kind === 'choice'
    ? `${question.id}-${question.options[0]?.id ?? ''}`
    : question.id;
}

/**
 * "Vorige vraag" changes the previous answer with every answer kept, also the
 * ones further along (only an answer that changes drops what is no longer on
 * the path); a refused answer to this question is left behind.
 */
function backLink({ ctx, step, carry }: QuestionViewInput): SafeHtml {
  const previous = step.path.filter((entry) => entry.kind !== 'check').at(-1);
  if (!previous) {
    return html`<a class="utrecht-link utrecht-link--html-a wkb-back" href="${ctx.homeHref ?? '/'}">Terug naar de start</a>`;
  }
  const { [step.question.id]: _refused, ...others } = carry;
  const answers = step.problem ? others : carry;
  const href = walkHref(ctx.basePath, linkState(ctx, answers), { wijzig: previous.node });
  return html`<a class="utrecht-link utrecht-link--html-a wkb-back" href="${href}" data-walk-link>Vorige vraag</a>`;
}

export function linkState(ctx: WalkContext, answers: Readonly<Record<string, string>>) {
  return {
    answers,
    ...(ctx.peildatumIsToday ? {} : { peildatum: ctx.peildatum }),
    ...(ctx.start ? { start: ctx.start } : {}),
    ...(ctx.pinnedVersion ? { version: ctx.version } : {}),
    ...(ctx.org ? { org: ctx.org } : {}),
  };
}

function hiddenFields(
  ctx: WalkContext,
  carry: Readonly<Record<string, string>>,
  questionId: string,
): SafeHtml {
  const fields: [string, string][] = Object.entries(carry).filter(([id]) => id !== questionId);
  if (!ctx.peildatumIsToday) fields.unshift(['peildatum', ctx.peildatum]);
  if (ctx.start) fields.unshift(['start', ctx.start]);
  if (ctx.pinnedVersion) fields.unshift(['versie', String(ctx.version)]);
  if (ctx.org) fields.unshift(['org', ctx.org]);
  fields.push(['vraag', questionId]);
  return html`${fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}`;
}

function problemMessage(problem: AnswerProblem | undefined, id: string): SafeHtml | '' {
  if (!problem) return '';
  return html`<p class="utrecht-form-field-error-message" id="${id}-fout"><span class="wkb-visually-hidden">Fout: </span>${problem.message}</p>`;
}

/** The ids of the hint and the error message, for aria-describedby. */
function describedByOf(question: QuestionNode, problem: AnswerProblem | undefined): string {
  return [question.hint && `${question.id}-hint`, problem && `${question.id}-fout`]
    .filter(Boolean)
    .join(' ');
}

function hintAndProblem({ ctx, step }: QuestionViewInput): SafeHtml {
  const { question } = step;
  return html`${question.hint ? html`<p class="utrecht-form-field-description" id="${question.id}-hint">${fillText(question.hint, ctx.tree, step.dates)}</p>` : ''}
${problemMessage(step.problem, question.id)}`;
}

function choiceInputs(
  input: QuestionViewInput,
  question: Extract<QuestionNode, { kind: 'choice' }>,
): SafeHtml {
  const { ctx, step, current } = input;
  const describedBy = describedByOf(question, step.problem);
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${step.problem ? ' utrecht-form-fieldset--invalid' : ''}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend"><h1 class="utrecht-heading-1" id="vraag" tabindex="-1">${fillText(question.text, ctx.tree, step.dates)}</h1></legend>
${hintAndProblem(input)}
<div class="wkb-options">
${question.options.map(
  (option) => html`<div class="utrecht-form-field utrecht-form-field--radio">
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="${question.id}-${option.id}">${fillText(option.label, ctx.tree, step.dates)}</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input${step.problem ? ' utrecht-radio-button--invalid' : ''}" type="radio" id="${question.id}-${option.id}" name="${question.id}" value="${option.id}"${current === option.id ? ' checked' : ''}${step.problem ? html` aria-invalid="true"` : ''}></div>
${option.hint ? html`<p class="utrecht-form-field-description">${fillText(option.hint, ctx.tree, step.dates)}</p>` : ''}
</div>`,
)}
</div>
</fieldset>`;
}

function dateInput(
  input: QuestionViewInput,
  question: Extract<QuestionNode, { kind: 'date' }>,
): SafeHtml {
  const { ctx, step, current } = input;
  return html`<div class="utrecht-form-field${step.problem ? ' utrecht-form-field--invalid' : ''}">
<h1 class="utrecht-heading-1" tabindex="-1" id="vraag"><label class="utrecht-form-label" for="${question.id}">${fillText(question.text, ctx.tree, step.dates)}</label></h1>
${question.hint ? html`<p class="utrecht-form-field-description" id="${question.id}-hint">${fillText(question.hint, ctx.tree, step.dates)}</p>` : ''}
${dateField({ id: question.id, value: current, error: problemMessage(step.problem, question.id), describedBy: question.hint ? `${question.id}-hint` : '' })}
</div>`;
}

/**
 * "Ik weet de datum niet precies" (SPEC §4): a second submit button that sends
 * `onbekend` for the question. It comes after the date field, so its value
 * is the last one in the query and wins over an empty date.
 */
function unknownDateButton({ ctx, step }: QuestionViewInput, label: string): SafeHtml {
  return html`<button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit" name="${step.question.id}" value="${dateNotKnown}">${fillText(label, ctx.tree, step.dates)}</button>`;
}

/** Back to the walk as it was, from a "Wijzig" page, without changing anything. */
function resumeLink(resume: Resume | undefined): SafeHtml | '' {
  if (!resume) return '';
  return html`<p class="utrecht-paragraph wkb-resume"><a class="utrecht-link utrecht-link--html-a" href="${resume.href}" data-walk-link>${resume.outcome ? 'Terug naar de uitkomst' : 'Verder waar u gebleven was'}</a></p>`;
}

export function questionView(input: QuestionViewInput): SafeHtml {
  const { ctx, step } = input;
  const question = step.question;
  const problems = step.problem
    ? [{ href: `#${fieldId(question)}`, message: step.problem.message }]
    : [];
  return html`${backLink(input)}
${errorSummary(problems)}
${input.href ? peildatumBanner(ctx, input.href) : ''}
<form method="get" action="${ctx.basePath}" class="wkb-question" novalidate data-walk-form>
${hiddenFields(ctx, input.carry, question.id)}
${question.kind === 'choice' ? choiceInputs(input, question) : dateInput(input, question)}
<details class="wkb-help"><summary>Waarom vragen we dit?</summary><p class="utrecht-paragraph">${fillText(question.help, ctx.tree, step.dates)}</p></details>
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Volgende</button>
${question.kind === 'date' && question.unknown ? unknownDateButton(input, question.unknown.label) : ''}
</form>
${resumeLink(input.resume)}`;
}
