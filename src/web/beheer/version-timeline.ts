// A version's place in time as beheer shows it: its period in
// words, the one in force marked, and two versions side by side — the one in
// force and a scheduled one — for the tree history and the shared rules alike.
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import type { ContentChange } from '../../core/diff/tree-diff.ts';
import type { VersionInTime } from '../../services/effective-dates.ts';
import { amsterdamDate } from '../../views/amsterdam-date.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { dataTable } from './ui/data-table.ts';
import { wordDiff } from './word-diff.ts';

/** "geldt van 1 maart 2027 tot 1 juli 2027", "gepland vanaf …", "ingetrokken op …". */
export function periodText(version: VersionInTime): string {
  const from = formatDutchDate(version.geldigVanaf);
  const until = version.until ? formatDutchDate(version.until) : undefined;
  switch (version.status) {
    case 'cancelled':
      return `ingetrokken op ${formatDutchDate(amsterdamDate(new Date(version.cancelled?.at ?? '')))}`;
    case 'superseded':
      return 'nooit gebruikt: op dezelfde dag vervangen';
    case 'scheduled':
      return until ? `gepland vanaf ${from} tot ${until}` : `gepland vanaf ${from}`;
    default:
      return until ? `geldt van ${from} tot ${until}` : `geldt sinds ${from}`;
  }
}

/** The period cell: the one in force marked in words (not by colour alone). */
export function periodCell(version: VersionInTime): SafeHtml {
  const transition = version.geldtVoorOntruimingenVanaf
    ? html`<br><span class="wkb-meta">Overgangsrecht: voor ontruimingen vanaf ${formatDutchDate(version.geldtVoorOntruimingenVanaf)}</span>`
    : '';
  const marker =
    version.status === 'in-force'
      ? html`<strong>Geldt nu</strong><br>`
      : version.status === 'scheduled'
        ? html`<strong>Gepland</strong><br>`
        : '';
  return html`${marker}${periodText(version)}${transition}`;
}

/** The version in force today, if any. */
export function versionInForceNow(versions: readonly VersionInTime[]): VersionInTime | undefined {
  return versions.find((version) => version.status === 'in-force');
}

/** Each change as a row: what it says in one version, and in the other. */
export function sideBySide(
  changes: readonly ContentChange[],
  left: VersionInTime,
  right: VersionInTime,
): SafeHtml {
  if (changes.length === 0)
    return html`<p class="utrecht-paragraph">De twee versies zijn gelijk.</p>`;
  const heading = (version: VersionInTime) => `Versie ${version.version} (${periodText(version)})`;
  return dataTable(
    `Naast elkaar: versie ${left.version} en versie ${right.version}`,
    ['Wat', heading(left), heading(right)],
    changes.map((change) => [
      change.description,
      change.old ?? html`<em>(staat er niet in)</em>`,
      change.old !== undefined && change.new !== undefined
        ? wordDiff(change.old, change.new)
        : (change.new ?? html`<em>(staat er niet in)</em>`),
    ]),
  );
}
