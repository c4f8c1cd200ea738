// `/beheer/bomen/:treeId/versies`: the published versions on their timeline
// (period, number, time, author, note) with download, compare and — for
// beheerders — cancel a scheduled one and roll back.
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import type { PlainDate } from '../../core/dates/plain-date.ts';
import type { ContentChange } from '../../core/diff/tree-diff.ts';
import type { VersionInTime } from '../../services/effective-dates.ts';
import type { VersionSummary } from '../../store/store.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { treePath } from './beheer-paths.ts';
import { changeList } from './diff-view.ts';
import { selectField } from './form-fields.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { dataTable } from './ui/data-table.ts';
import { notice } from './ui/notice.ts';
import { periodCell, periodText, sideBySide, versionInForceNow } from './version-timeline.ts';

export const draftSide = 'concept';

export function versionsPath(treeId: string): string {
  return `${treePath(treeId)}/versies`;
}

export function comparePath(treeId: string, from: string, to: string): string {
  return `${treePath(treeId)}/vergelijk?van=${encodeURIComponent(from)}&naar=${encodeURIComponent(to)}`;
}

function sideChoices(versions: readonly VersionSummary[]) {
  return [
    ...versions.map((version) => ({
      value: String(version.version),
      label: `versie ${version.version}`,
    })),
    { value: draftSide, label: 'het concept' },
  ];
}

/** The two selects: compare any version (or the draft) with any other. */
export function compareForm(
  treeId: string,
  versions: readonly VersionSummary[],
  from: string,
  to: string,
): SafeHtml {
  return html`<form method="get" action="${treePath(treeId)}/vergelijk" class="wkb-compare-form">
<h2 class="utrecht-heading-2">Twee versies vergelijken</h2>
${selectField({ name: 'van', label: 'Van', value: from, choices: sideChoices(versions) })}
${selectField({ name: 'naar', label: 'Naar', value: to, choices: sideChoices(versions) })}
<button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit">Vergelijken</button>
</form>`;
}

export interface HistoryOptions {
  canRollback: boolean;
  canCancel: boolean;
  today: PlainDate;
  rolledBack?: string | undefined;
  cancelled?: string | undefined;
}

const actionLink = (href: string, text: string, hidden: string) =>
  html`<li><a class="utrecht-link utrecht-link--html-a" href="${href}">${text}<span class="wkb-visually-hidden"> ${hidden}</span></a></li>`;

/** True while a version may still be withdrawn: not cancelled and not yet in force. */
export function cancellable(version: VersionInTime, today: PlainDate): boolean {
  return !version.cancelled && version.geldigVanaf > today;
}

export function historyPage(
  treeId: string,
  title: string,
  versions: readonly VersionInTime[],
  options: HistoryOptions,
): { title: string; main: SafeHtml } {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const inForce = versionInForceNow(newestFirst);
  const rows = newestFirst.map((version) => {
    const number = String(version.version);
    const actions: SafeHtml[] = [
      html`<li><a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}/${number}/download" download>JSON downloaden<span class="wkb-visually-hidden"> (versie ${number})</span></a></li>`,
      actionLink(
        comparePath(treeId, number, draftSide),
        'Vergelijk met concept',
        `(versie ${number})`,
      ),
    ];
    if (version.status === 'scheduled' && inForce) {
      actions.push(
        actionLink(
          comparePath(treeId, String(inForce.version), number),
          'Naast de versie die nu geldt',
          `(versie ${number})`,
        ),
      );
    }
    if (options.canCancel && cancellable(version, options.today)) {
      actions.push(
        actionLink(
          `${versionsPath(treeId)}/${number}/intrekken`,
          'Intrekken',
          `(versie ${number})`,
        ),
      );
    }
    if (options.canRollback && version !== inForce && !version.cancelled) {
      actions.push(
        actionLink(
          `${versionsPath(treeId)}/${number}/terugzetten`,
          'Terugzetten',
          `naar versie ${number}`,
        ),
      );
    }
    return [
      version === inForce ? html`<strong>Versie ${number} (geldt nu)</strong>` : `Versie ${number}`,
      periodCell(version),
      formatAmsterdamTime(version.publishedAt),
      version.publishedBy ?? 'systeem',
      version.note,
      html`<ul class="utrecht-unordered-list wkb-version-actions">${actions}</ul>`,
    ];
  });
  const latest = newestFirst[0]?.version;
  const from = String(inForce?.version ?? newestFirst[1]?.version ?? latest ?? 1);
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${treePath(treeId)}">Terug naar het concept</a></p>
<h1 class="utrecht-heading-1">Geschiedenis: ${title}</h1>
${options.rolledBack ? notice(`Teruggezet: de oude inhoud is gepubliceerd als versie ${options.rolledBack}.`) : ''}
${options.cancelled ? notice(`Versie ${options.cancelled} is ingetrokken. Die gaat nooit gelden en blijft in de geschiedenis staan.`) : ''}
<p class="utrecht-paragraph">Een gepubliceerde versie verandert nooit meer. Elke versie geldt vanaf een dag; de versie die nu geldt, staat gemarkeerd. Een geplande versie kunt u intrekken tot de dag waarop ze gaat gelden. Terugzetten publiceert een oude versie opnieuw, als nieuwe versie. Het concept blijft zoals het is.</p>
${dataTable('Gepubliceerde versies, nieuwste eerst', ['Versie', 'Geldt', 'Gepubliceerd', 'Door', 'Toelichting', 'Acties'], rows)}
${compareForm(treeId, versions, from, String(latest ?? 1))}`;
  return { title: `Geschiedenis: ${title}`, main };
}

export function comparePage(
  treeId: string,
  versions: readonly VersionSummary[],
  from: string,
  to: string,
  changes: readonly ContentChange[],
  /** Both sides as versions on the timeline: shown side by side too. */
  timed?: { left: VersionInTime; right: VersionInTime },
): { title: string; main: SafeHtml } {
  const name = (side: string) => (side === draftSide ? 'het concept' : `versie ${side}`);
  const title = `Verschil tussen ${name(from)} en ${name(to)}`;
  const pair = timed
    ? html`<p class="utrecht-paragraph">Versie ${String(timed.left.version)}: ${periodText(timed.left)}. Versie ${String(timed.right.version)}: ${periodText(timed.right)}.</p>
<h2 class="utrecht-heading-2">Naast elkaar</h2>
${sideBySide(changes, timed.left, timed.right)}`
    : '';
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${versionsPath(treeId)}">Terug naar de geschiedenis</a></p>
<h1 class="utrecht-heading-1">${title}</h1>
${pair}
<h2 class="utrecht-heading-2">Wat is er veranderd?</h2>
${changes.length > 0 ? html`<p class="utrecht-paragraph">Verwijderde woorden zijn doorgestreept, toegevoegde woorden onderstreept en groen.</p>` : ''}
${changeList(changes, `Er is geen verschil tussen ${name(from)} en ${name(to)}.`)}
${compareForm(treeId, versions, from, to)}`;
  return { title, main };
}

export function rollbackConfirmPage(
  treeId: string,
  version: VersionSummary,
  latest: number,
  form: SafeHtml,
): { title: string; main: SafeHtml } {
  const title = `Terugzetten naar versie ${version.version}`;
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${versionsPath(treeId)}">Terug naar de geschiedenis</a></p>
<h1 class="utrecht-heading-1">${title}?</h1>
<p class="utrecht-paragraph">Versie ${String(version.version)} is gepubliceerd op ${formatAmsterdamTime(version.publishedAt)}: "${version.note}".</p>
<p class="utrecht-paragraph">Als u terugzet, wordt de inhoud van versie ${String(version.version)} opnieuw gepubliceerd als versie ${String(latest + 1)}. Vanaf de dag die u kiest, krijgt iedereen die de Woonkansboom doorloopt weer deze inhoud. Versie ${String(latest)} blijft in de geschiedenis. Het concept verandert niet.</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${comparePath(treeId, String(latest), String(version.version))}">Bekijk eerst wat er verandert</a></p>
${form}`;
  return { title, main };
}

export function cancelConfirmPage(
  treeId: string,
  version: VersionInTime,
  form: SafeHtml,
): { title: string; main: SafeHtml } {
  const title = `Versie ${version.version} intrekken`;
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${versionsPath(treeId)}">Terug naar de geschiedenis</a></p>
<h1 class="utrecht-heading-1">${title}?</h1>
<p class="utrecht-paragraph">Versie ${String(version.version)} is gepland vanaf ${formatDutchDate(version.geldigVanaf)}: "${version.note}".</p>
<p class="utrecht-paragraph">Als u intrekt, gaat deze versie nooit gelden. Ze blijft in de geschiedenis staan, als ingetrokken. De versie die nu geldt, blijft gelden. Het concept verandert niet.</p>
${form}`;
  return { title, main };
}
