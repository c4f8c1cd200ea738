// The outcome of a walk: verdict and why, the conditions with ✓/✗, the dates
// that matter, what to do next, what happens after, contacts, and the answers.

import { formatDutchDate } from '../core/dates/dutch-date.ts';
import { compareDates } from '../core/dates/plain-date.ts';
import { contactRouteLink } from '../core/tree/contact-route.ts';
import { isExternalHref } from '../core/tree/tree.ts';
import { activeNotices } from '../core/walk/active-notices.ts';
import type { RequirementState, Step } from '../core/walk/next-step.ts';
import { answersSummary } from './answers-summary.ts';
import { contactRoutesHtml } from './contact-routes.ts';
import { fillHtml, fillText } from './fill-texts.ts';
import { html, type SafeHtml } from './html.ts';
import { outcomeActions } from './outcome-actions.ts';
import { peildatumBanner } from './peildatum-banner.ts';
import { peildatumForm } from './peildatum-form.ts';
import { linkState } from './question-view.ts';
import { rulesLine, rulesWarning, rulesWarningHtml } from './rules-change.ts';
import { badgeHtml, outcomeBadge } from './verdict.ts';
import { textKey, type WalkContext } from './walk-context.ts';
import { walkHref } from './walk-url.ts';

type OutcomeStep = Extract<Step, { status: 'outcome' }>;

const requirementMarks = {
  met: { icon: '✓', words: 'Voldaan' },
  'not-met': { icon: '✗', words: 'Niet voldaan' },
  unknown: { icon: '?', words: 'Niet gevraagd' },
};

function requirementList(ctx: WalkContext, step: OutcomeStep): SafeHtml | '' {
  if (step.requirements.length === 0) return '';
  const state = (requirement: RequirementState) =>
    requirement.met === undefined ? 'unknown' : requirement.met ? 'met' : 'not-met';
  return html`<h2 class="utrecht-heading-2">Voorwaarden</h2>
<ul class="utrecht-unordered-list wkb-requirements">${step.requirements.map((requirement) => {
    const mark = requirementMarks[state(requirement)];
    return html`<li class="utrecht-unordered-list__item wkb-requirement wkb-requirement--${state(requirement)}"><span class="wkb-requirement__icon" aria-hidden="true">${mark.icon}</span> <span class="wkb-visually-hidden">${mark.words}: </span>${fillText(requirement.label, ctx.tree, step.dates)}</li>`;
  })}</ul>`;
}

/** The listed dates in the order they fall: from "aanmelden vanaf" to the deadline. */
function dateList(ctx: WalkContext, step: OutcomeStep): SafeHtml | '' {
  const dateOf = (id: string) => step.dates[id] ?? '';
  const rows = ctx.tree.dates
    .filter((rule) => rule.listed && dateOf(rule.id))
    .sort((a, b) => compareDates(dateOf(a.id), dateOf(b.id)));
  if (rows.length === 0) return '';
  return html`<h2 class="utrecht-heading-2">Belangrijke datums</h2>
<dl class="utrecht-data-list utrecht-data-list--rows wkb-dates">${rows.map(
    (rule) =>
      html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${fillText(rule.label, ctx.tree, step.dates)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-date="${rule.id}">${formatDutchDate(step.dates[rule.id] ?? '')}</dd></div>`,
  )}</dl>`;
}

function trajectorySteps(ctx: WalkContext, step: OutcomeStep): SafeHtml | '' {
  const trajectory = ctx.tree.trajectories.find(
    (candidate) => candidate.id === step.outcome.trajectory,
  );
  if (!trajectory || trajectory.steps.length === 0) return '';
  // The steps in a few words; what happens in each is on the information page.
  return html`<h2 class="utrecht-heading-2">Wat gebeurt er na de aanmelding?</h2>
<ol class="utrecht-ordered-list wkb-timeline">${trajectory.steps.map(
    (item) =>
      html`<li>${fillText(item.title, ctx.tree, step.dates)}${item.duration ? html` <span class="wkb-timeline__duration">(${fillText(item.duration, ctx.tree, step.dates)})</span>` : ''}</li>`,
  )}</ol>
<p class="utrecht-paragraph wkb-noprint"><a class="utrecht-link utrecht-link--html-a" href="/trajecten/${trajectory.id}">Lees per stap wat er gebeurt</a></p>`;
}

function links(ctx: WalkContext, step: OutcomeStep): SafeHtml | '' {
  const { outcome } = step;
  if (outcome.links.length === 0 && outcome.continueWith.length === 0) return '';
  const continueLinks = outcome.continueWith.map((link) => {
    const href = walkHref(`/boom/${link.tree}`, {
      answers: {},
      ...(link.start ? { start: link.start } : {}),
      ...(ctx.peildatumIsToday ? {} : { peildatum: ctx.peildatum }),
      ...(ctx.org ? { org: ctx.org } : {}),
    });
    return { label: link.label, href };
  });
  return html`<ul class="utrecht-link-list utrecht-link-list--html-ul wkb-links">${[
    ...continueLinks,
    ...outcome.links,
  ].map((link) =>
    isExternalHref(link.href)
      ? html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${link.href}" rel="external noopener noreferrer">${fillText(link.label, ctx.tree, step.dates)} (externe website)</a></li>`
      : html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${link.href}">${fillText(link.label, ctx.tree, step.dates)}</a></li>`,
  )}</ul>`;
}

function contacts(ctx: WalkContext, step: OutcomeStep): SafeHtml | '' {
  const list = step.outcome.contacts.flatMap((id) =>
    ctx.tree.contacts.filter((contact) => contact.id === id),
  );
  if (list.length === 0) return '';
  return html`<h2 class="utrecht-heading-2">Contact</h2>
${list.map(
  (contact) =>
    html`<div class="wkb-contact"><h3 class="utrecht-heading-3">${contact.name}</h3>${fillHtml(ctx.texts[textKey.contact(contact.id)] ?? '', ctx.tree, step.dates)}${contactRoutesHtml(contact.routes.map(contactRouteLink))}</div>`,
)}`;
}

function notices(ctx: WalkContext, step: OutcomeStep): SafeHtml | '' {
  const active = activeNotices(ctx.tree, step.answers, ctx.peildatum);
  if (active.length === 0) return '';
  return html`${active.map(
    (notice) =>
      html`<div class="utrecht-alert utrecht-alert--warning wkb-notice" data-notice="${notice.id}"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph"><strong>${fillText(notice.text, ctx.tree, step.dates)}</strong></p></div></div>`,
  )}`;
}

function peildatumChoice(ctx: WalkContext, step: OutcomeStep): SafeHtml {
  return html`<details class="wkb-help wkb-peildatum"><summary>Rekenen met een andere datum</summary>
${peildatumForm({ ctx, answers: step.answers, value: ctx.peildatum })}</details>`;
}

/**
 * The whole tree as a picture with this walk's route marked, served as an
 * image. Too small to read in the column, so it links to the picture at its
 * own size and to the diagram page with its text version.
 */
function pathDiagram(ctx: WalkContext, step: OutcomeStep): SafeHtml {
  const ids = [...step.path.map((entry) => entry.node), step.outcome.id];
  const questions = step.path.filter((entry) => entry.kind !== 'check').length;
  const checks = step.path.length - questions;
  const tree = encodeURIComponent(ctx.tree.id);
  const src = `/boom/${tree}/overzicht.svg?versie=${ctx.version}&pad=${ids.join(',')}`;
  const overview = `/boom/${tree}/overzicht${ctx.pinnedVersion ? `?versie=${ctx.version}` : ''}`;
  const counted = `${questions} ${questions === 1 ? 'vraag' : 'vragen'}${checks > 0 ? ` en ${checks} ${checks === 1 ? 'controle' : 'controles'}` : ''}`;
  const alt = `Schema van de ${ctx.tree.title}. De route van deze antwoorden is dik gemarkeerd: ${counted}, tot de uitkomst "${fillText(step.outcome.title, ctx.tree, step.dates)}".`;
  const size = ctx.diagramSize
    ? html` width="${String(ctx.diagramSize.width)}" height="${String(ctx.diagramSize.height)}"`
    : '';
  return html`<figure class="wkb-path-diagram"><img src="${src}" alt="${alt}"${size} loading="lazy">
<figcaption class="wkb-meta wkb-noprint"><a class="utrecht-link utrecht-link--html-a" href="${src}">Open het schema groot, met uw route</a> · <a class="utrecht-link utrecht-link--html-a" href="${overview}">Bekijk het hele schema, ook als tekst</a></figcaption></figure>`;
}

export function outcomeView(ctx: WalkContext, step: OutcomeStep): SafeHtml {
  const { outcome } = step;
  const restart = walkHref(ctx.basePath, {
    ...linkState(ctx, {}),
    ...(ctx.start ? { start: ctx.start } : {}),
  });
  const badge = outcomeBadge(outcome);
  const href = walkHref(ctx.basePath, linkState(ctx, step.answers));
  const warning = rulesWarning(ctx, step);
  return html`<div class="wkb-outcome wkb-outcome--${outcome.verdict} wkb-outcome--tone-${badge.tone}">
${peildatumBanner(ctx, href)}
<p class="wkb-outcome__verdict">${badgeHtml(badge)}</p>
<h1 class="utrecht-heading-1" id="vraag" tabindex="-1">${fillText(outcome.title, ctx.tree, step.dates)}</h1>
${notices(ctx, step)}
${warning ? rulesWarningHtml(warning) : ''}
<div class="wkb-rich">${fillHtml(ctx.texts[textKey.explanation(outcome.id)] ?? '', ctx.tree, step.dates)}</div>
${dateList(ctx, step)}
${requirementList(ctx, step)}
<h2 class="utrecht-heading-2">Wat kunt u nu doen?</h2>
<div class="wkb-rich">${fillHtml(ctx.texts[textKey.nextSteps(outcome.id)] ?? '', ctx.tree, step.dates)}</div>
${links(ctx, step)}
${ctx.preview ? '' : outcomeActions(ctx, step)}
${trajectorySteps(ctx, step)}
${contacts(ctx, step)}
<h2 class="utrecht-heading-2">Uw antwoorden</h2>
<p class="utrecht-paragraph wkb-meta wkb-rules-line">${rulesLine(ctx)} ${ctx.tree.title}.</p>
${answersSummary(ctx, step.path, step.answers, step.dates)}
${ctx.preview ? '' : pathDiagram(ctx, step)}
${peildatumChoice(ctx, step)}
<p class="utrecht-paragraph wkb-noprint"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${restart}" data-walk-link>Opnieuw beginnen</a></p>
</div>`;
}
