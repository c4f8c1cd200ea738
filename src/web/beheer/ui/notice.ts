// A short message above a page: a confirmation ("De rol is aangepast.") or a warning.
import { html, type SafeHtml } from '../../../views/html.ts';

export function notice(text: string | undefined, kind: 'ok' | 'warning' = 'ok'): SafeHtml | '' {
  if (!text) return '';
  return html`<div class="utrecht-alert utrecht-alert--${kind}" role="status"><div class="utrecht-alert__content"><p class="utrecht-alert__message utrecht-paragraph">${text}</p></div></div>`;
}
