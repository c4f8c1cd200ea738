// The Adviesoverzicht as a print-ready page. The client's name is typed into a
// field that belongs to no form and has no name: it cannot be sent, it only
// shows on this screen and on the printed page (SPEC §8).
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import {
  type AdviceSummary,
  adviceDisclaimer,
  requirementMark,
} from '../../render/advice-summary.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { contactRoutesHtml } from '../../views/contact-routes.ts';
import { html, raw, type SafeHtml } from '../../views/html.ts';
import { rulesWarningHtml } from '../../views/rules-change.ts';
import { badgeHtml } from '../../views/verdict.ts';

export interface AdviceLinks {
  back: string;
  pdf: string;
  handout?: { print: string; pdf: string };
}

const markdown = (text: string) => raw(renderMarkdown(text));

function clientNameField(): SafeHtml {
  return html`<div class="utrecht-form-field wkb-client-name">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="client-name">Naam of initialen van uw cliënt<span class="wkb-noprint"> (alleen voor de afdruk)</span></label></div>
<p class="utrecht-form-field-description wkb-noprint" id="client-name-hint">Wat u hier typt, blijft op dit apparaat. Het gaat niet naar de server en komt niet in de pdf. U ziet het alleen op de afdruk van deze pagina.</p>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="client-name" autocomplete="off" spellcheck="false" aria-describedby="client-name-hint"></div>
</div>`;
}

function tools(links: AdviceLinks): SafeHtml {
  return html`<div class="wkb-advice__tools wkb-noprint">
<p class="utrecht-paragraph">Druk deze pagina af met de afdrukknop van uw browser (Ctrl+P, op een Mac Cmd+P).</p>
<ul class="utrecht-link-list utrecht-link-list--html-ul">
<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${links.pdf}" rel="nofollow">Download als pdf</a> (zonder naam: schrijf de naam er zelf op)</li>
${
  links.handout
    ? html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${links.handout.print}" rel="nofollow">Uitleg voor de huurder afdrukken</a></li>
<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${links.handout.pdf}" rel="nofollow">Uitleg voor de huurder als pdf</a></li>`
    : ''
}
</ul></div>`;
}

function dateRows(advice: AdviceSummary): SafeHtml | '' {
  if (advice.dates.length === 0) return '';
  return html`<h2 class="utrecht-heading-2">Belangrijke datums</h2>
<dl class="utrecht-data-list utrecht-data-list--rows wkb-dates">${advice.dates.map(
    (row) =>
      html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${row.label}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-date="${row.id}">${formatDutchDate(row.date)}</dd></div>`,
  )}</dl>`;
}

function requirements(advice: AdviceSummary): SafeHtml | '' {
  if (advice.requirements.length === 0) return '';
  return html`<h2 class="utrecht-heading-2">Voorwaarden</h2>
<ul class="utrecht-unordered-list wkb-requirements">${advice.requirements.map((requirement) => {
    const mark = requirementMark(requirement.met);
    const state = requirement.met === undefined ? 'unknown' : requirement.met ? 'met' : 'not-met';
    return html`<li class="utrecht-unordered-list__item wkb-requirement wkb-requirement--${state}"><span class="wkb-requirement__icon" aria-hidden="true">${mark.icon}</span> <span class="wkb-visually-hidden">${mark.words}: </span>${requirement.label}</li>`;
  })}</ul>`;
}

function answers(advice: AdviceSummary): SafeHtml {
  return html`<h2 class="utrecht-heading-2">Uw antwoorden</h2>
<dl class="utrecht-data-list utrecht-data-list--rows wkb-answers">${advice.answers.map(
    (row) =>
      html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${row.question}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${row.answer}</dd></div>`,
  )}</dl>`;
}

function timeline(advice: AdviceSummary): SafeHtml | '' {
  if (!advice.trajectory) return '';
  return html`<h2 class="utrecht-heading-2">Wat gebeurt er na de aanmelding?</h2>
<ol class="utrecht-ordered-list wkb-timeline">${advice.trajectory.steps.map(
    (item) => html`<li><strong>${item.title}.</strong> ${markdown(item.text)}</li>`,
  )}</ol>`;
}

function contacts(advice: AdviceSummary): SafeHtml | '' {
  if (advice.contacts.length === 0) return '';
  return html`<h2 class="utrecht-heading-2">Contact</h2>
<div class="wkb-contacts">${advice.contacts.map(
    (contact) =>
      html`<div class="wkb-contact"><h3 class="utrecht-heading-3">${contact.name}</h3>${markdown(contact.text)}${contactRoutesHtml(contact.routes)}</div>`,
  )}</div>`;
}

export function advicePage(advice: AdviceSummary, links: AdviceLinks): SafeHtml {
  return html`<div class="wkb-advice">
<a class="utrecht-link utrecht-link--html-a wkb-back wkb-noprint" href="${links.back}">Terug naar de uitkomst</a>
<h1 class="utrecht-heading-1">Adviesoverzicht</h1>
<p class="utrecht-paragraph wkb-meta wkb-rules-line">${advice.rules} ${advice.treeTitle}.</p>
${clientNameField()}
${tools(links)}
<p class="wkb-outcome__verdict">${badgeHtml(advice.badge)}</p>
<h2 class="utrecht-heading-2 wkb-advice__outcome">${advice.title}</h2>
${advice.notices.map((notice) => html`<p class="utrecht-paragraph wkb-notice"><strong>${notice}</strong></p>`)}
${advice.warning ? rulesWarningHtml(advice.warning) : ''}
<div class="wkb-rich">${markdown(advice.explanation)}</div>
${dateRows(advice)}
${requirements(advice)}
<h2 class="utrecht-heading-2">Wat kunt u nu doen?</h2>
<div class="wkb-rich">${markdown(advice.nextSteps)}</div>
${answers(advice)}
${timeline(advice)}
${contacts(advice)}
<p class="utrecht-paragraph wkb-meta">${adviceDisclaimer}</p>
</div>`;
}
