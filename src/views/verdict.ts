// How a verdict looks: words first, colour only as a second signal.
import type { Verdict } from '../core/tree.ts';
import { html, type SafeHtml } from './html.ts';

const verdictViews: Record<Verdict, { label: string; badge: string }> = {
  past: { label: 'Past', badge: 'success' },
  'past-nog-niet': { label: 'Past nog niet', badge: 'warning' },
  'past-niet': { label: 'Past niet', badge: 'danger' },
  maatwerk: { label: 'Maatwerk', badge: 'neutral' },
};

export function verdictLabel(verdict: Verdict): string {
  return verdictViews[verdict].label;
}

export function verdictBadge(verdict: Verdict): SafeHtml {
  const view = verdictViews[verdict];
  return html`<span class="utrecht-status-badge utrecht-status-badge--${view.badge} wkb-verdict">${view.label}</span>`;
}
