// A contact's routes as a short list of links (SPEC §11), for the outcome
// page and the printed advice.
import type { RouteLink } from '../core/tree/contact-route.ts';
import { html, type SafeHtml } from './html.ts';

export function contactRoutesHtml(routes: readonly RouteLink[]): SafeHtml | '' {
  if (routes.length === 0) return '';
  return html`<ul class="utrecht-unordered-list wkb-contact__routes">${routes.map(
    (route) =>
      html`<li class="utrecht-unordered-list__item">${route.label}: ${route.href ? html`<a class="utrecht-link utrecht-link--html-a" href="${route.href}">${route.text}</a>` : route.text}</li>`,
  )}</ul>`;
}
