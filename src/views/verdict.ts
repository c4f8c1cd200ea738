// How an outcome's badge looks: words first, colour only as a second signal.
// The verdict stays for the API and statistics; the badge text and tone are
// content (SPEC §4.3 "Badge and tone"), with the verdict's as the default.
import type { Outcome, Tone, Verdict } from '../core/tree/tree.ts';
import { html, type SafeHtml } from './html.ts';

const verdictViews: Record<Verdict, { label: string; tone: Tone }> = {
  past: { label: 'Past', tone: 'positive' },
  'past-nog-niet': { label: 'Past nog niet', tone: 'action' },
  'past-niet': { label: 'Past niet', tone: 'negative' },
  maatwerk: { label: 'Maatwerk', tone: 'neutral' },
};

/** The Utrecht status badge variant of each tone. */
const toneBadges: Record<Tone, string> = {
  positive: 'success',
  action: 'warning',
  neutral: 'neutral',
  negative: 'danger',
};

export const toneLabels: Record<Tone, string> = {
  positive: 'Goed nieuws (groen)',
  action: 'Actie nodig (oranje)',
  neutral: 'Neutraal (grijs)',
  negative: 'Past niet (rood)',
};

export function verdictLabel(verdict: Verdict): string {
  return verdictViews[verdict].label;
}

export interface OutcomeBadge {
  text: string;
  tone: Tone;
}

export function outcomeBadge(outcome: Pick<Outcome, 'verdict' | 'badge' | 'tone'>): OutcomeBadge {
  const byVerdict = verdictViews[outcome.verdict];
  return { text: outcome.badge ?? byVerdict.label, tone: outcome.tone ?? byVerdict.tone };
}

export function badgeHtml(badge: OutcomeBadge): SafeHtml {
  return html`<span class="utrecht-status-badge utrecht-status-badge--${toneBadges[badge.tone]} wkb-verdict">${badge.text}</span>`;
}
