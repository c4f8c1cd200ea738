// `/beheer`: the trees, each with its draft and latest published version.
import { html, type SafeHtml } from '../../views/html.ts';
import { treePath } from './beheer-paths.ts';
import { otherRegions, type RegionSwitch, regionLine } from './region-switcher.ts';
import { reviewPath } from './review-page.ts';
import { sharedRulesPath } from './shared-rules-paths.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { dataTable } from './ui/data-table.ts';

export interface TreeRow {
  treeId: string;
  title: string;
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
  latestVersion: number | undefined;
  differs: boolean;
  publishable: boolean;
}

export function treeListPage(
  rows: readonly TreeRow[],
  reviewCount: number,
  region?: RegionSwitch,
): { title: string; main: SafeHtml } {
  const table = dataTable(
    'De Woonkansbomen en hun concept',
    [
      'Boom',
      'Concept',
      'Laatst opgeslagen',
      'Gepubliceerd',
      'Anders dan gepubliceerd',
      'Klaar om te publiceren',
    ],
    rows.map((row) => [
      html`<a class="utrecht-link utrecht-link--html-a" href="${treePath(row.treeId)}">${row.title}</a> (${row.treeId})`,
      `revisie ${row.revision}`,
      `${formatAmsterdamTime(row.updatedAt)}${row.updatedBy ? `, ${row.updatedBy}` : ''}`,
      row.latestVersion === undefined ? 'nog niet' : `versie ${row.latestVersion}`,
      row.differs ? 'ja' : 'nee',
      row.publishable
        ? html`<span aria-hidden="true">✓</span> ja`
        : html`<span aria-hidden="true">✗</span> nee`,
    ]),
  );
  const main = html`<h1 class="utrecht-heading-1">Bomen beheren</h1>
${regionLine(region)}
<p class="utrecht-paragraph wkb-review-count"><a class="utrecht-link utrecht-link--html-a" href="${reviewPath}">Te controleren: ${String(reviewCount)}</a></p>
<p class="utrecht-paragraph">Elke boom heeft één concept. U past het concept aan, bekijkt het als voorbeeld en publiceert het als nieuwe versie. Kies een boom.</p>
${table}
<h2 class="utrecht-heading-2">Voor alle bomen</h2>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${sharedRulesPath}">Gedeelde regels en contacten</a>: de perioden, contacten en corporaties die elke boom gebruikt.</p>
${otherRegions(region)}`;
  return { title: 'Bomen beheren', main };
}
