// `/beheer/bomen/:treeId/versies`: the published versions (number, time,
// author, note) with download, compare and — for beheerders — roll back.
import type { ContentChange } from '../../core/diff/tree-diff.ts';
import type { VersionSummary } from '../../store/store.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { treePath } from './beheer-paths.ts';
import { changeList } from './diff-view.ts';
import { selectField } from './form-fields.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { dataTable } from './ui/data-table.ts';
import { notice } from './ui/notice.ts';

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

export function historyPage(
  treeId: string,
  title: string,
  versions: readonly VersionSummary[],
  options: { canRollback: boolean; rolledBack?: string | undefined },
): { title: string; main: SafeHtml } {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0]?.version;
  const rows = newestFirst.map((version) => [
    `Versie ${version.version}${version.version === latest ? ' (in gebruik)' : ''}`,
    formatAmsterdamTime(version.publishedAt),
    version.publishedBy ?? 'systeem',
    version.note,
    html`<ul class="utrecht-unordered-list wkb-version-actions">
<li><a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}/${String(version.version)}/download" download>JSON downloaden<span class="wkb-visually-hidden"> (versie ${String(version.version)})</span></a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="${comparePath(treeId, String(version.version), draftSide)}">Vergelijk met concept<span class="wkb-visually-hidden"> (versie ${String(version.version)})</span></a></li>
${options.canRollback && version.version !== latest ? html`<li><a class="utrecht-link utrecht-link--html-a" href="${versionsPath(treeId)}/${String(version.version)}/terugzetten">Terugzetten<span class="wkb-visually-hidden"> naar versie ${String(version.version)}</span></a></li>` : ''}
</ul>`,
  ]);
  const from = String(newestFirst[1]?.version ?? latest ?? 1);
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${treePath(treeId)}">Terug naar het concept</a></p>
<h1 class="utrecht-heading-1">Geschiedenis: ${title}</h1>
${options.rolledBack ? notice(`Teruggezet: de oude inhoud is gepubliceerd als versie ${options.rolledBack}.`) : ''}
<p class="utrecht-paragraph">Een gepubliceerde versie verandert nooit meer. Terugzetten publiceert een oude versie opnieuw, als nieuwe versie. Het concept blijft zoals het is.</p>
${dataTable('Gepubliceerde versies, nieuwste eerst', ['Versie', 'Gepubliceerd', 'Door', 'Toelichting', 'Acties'], rows)}
${compareForm(treeId, versions, from, String(latest ?? 1))}`;
  return { title: `Geschiedenis: ${title}`, main };
}

export function comparePage(
  treeId: string,
  versions: readonly VersionSummary[],
  from: string,
  to: string,
  changes: readonly ContentChange[],
): { title: string; main: SafeHtml } {
  const name = (side: string) => (side === draftSide ? 'het concept' : `versie ${side}`);
  const title = `Verschil tussen ${name(from)} en ${name(to)}`;
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${versionsPath(treeId)}">Terug naar de geschiedenis</a></p>
<h1 class="utrecht-heading-1">${title}</h1>
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
<p class="utrecht-paragraph">Als u terugzet, wordt de inhoud van versie ${String(version.version)} opnieuw gepubliceerd als versie ${String(latest + 1)}. Iedereen die de Woonkansboom doorloopt, krijgt dan weer deze inhoud. Versie ${String(latest)} blijft in de geschiedenis. Het concept verandert niet.</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${comparePath(treeId, String(latest), String(version.version))}">Bekijk eerst wat er verandert</a></p>
${form}`;
  return { title, main };
}
