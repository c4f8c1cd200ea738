// The audit log, newest first, a page at a time (beheerders only).
import type { AuditEntry } from '../../../store/store.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { formatAmsterdamTime } from '../ui/amsterdam-time.ts';
import { dataTable } from '../ui/data-table.ts';
import { actionName, detailText } from './audit-texts.ts';

export function auditLogPage(options: {
  entries: AuditEntry[];
  /** The id to page on from, when there are older entries. */
  olderFrom: number | undefined;
  isFirstPage: boolean;
}): SafeHtml {
  const { entries, olderFrom, isFirstPage } = options;
  const rows = entries.map((entry) => [
    formatAmsterdamTime(entry.at),
    entry.actor ?? 'Onbekend',
    actionName(entry.action),
    entry.subject ?? '',
    detailText(entry),
  ]);
  const nav = [
    isFirstPage
      ? ''
      : html`<a class="utrecht-link utrecht-link--html-a" href="/beheer/logboek">Nieuwste meldingen</a>`,
    olderFrom === undefined
      ? ''
      : html`<a class="utrecht-link utrecht-link--html-a" href="/beheer/logboek?voor=${String(olderFrom)}" rel="next">Oudere meldingen</a>`,
  ].filter((link) => link !== '');
  return html`<h1 class="utrecht-heading-1">Logboek</h1>
<p class="utrecht-paragraph">Wie heeft wat gedaan in het beheer, de nieuwste bovenaan. Het logboek kan niet worden veranderd of gewist.</p>
${
  entries.length === 0
    ? html`<p class="utrecht-paragraph">Er staat nog niets in het logboek.</p>`
    : dataTable('Meldingen in het logboek', ['Wanneer', 'Wie', 'Wat', 'Waarover', 'Details'], rows)
}
${nav.length > 0 ? html`<nav aria-label="Bladeren door het logboek"><ul class="utrecht-unordered-list">${nav.map((link) => html`<li class="utrecht-unordered-list__item">${link}</li>`)}</ul></nav>` : ''}`;
}
