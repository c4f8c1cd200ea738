// The error summary at the top of a form: every problem links to its field.
import { html, type SafeHtml } from './html.ts';

export interface SummaryProblem {
  href: string;
  message: string;
}

export function errorSummary(problems: SummaryProblem[]): SafeHtml | '' {
  if (problems.length === 0) return '';
  return html`<div class="utrecht-alert utrecht-alert--error wkb-error-summary" role="alert" aria-labelledby="foutmelding-titel" tabindex="-1" id="foutmelding">
<div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2" id="foutmelding-titel">Er is een probleem</h2>
<ul class="utrecht-unordered-list">${problems.map((problem) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="${problem.href}">${problem.message}</a></li>`)}</ul>
</div></div></div>`;
}
