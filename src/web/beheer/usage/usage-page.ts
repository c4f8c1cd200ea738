// The usage dashboard page: a plain GET form with the filters, then
// walks per month, per organisation type, the outcomes, what was taken along,
// and per question where walks stop. Every chart has its numbers as a table.

import { formatDutchDate, formatDutchMonth } from '../../../core/dates/dutch-date.ts';
import {
  completionPercentage,
  type DashboardTree,
  type TreeUsage,
  type UsageDashboard,
} from '../../../core/usage/usage-dashboard.ts';
import { orgTypeLabel, orgTypeLabels, orgTypes } from '../../../core/usage/usage-org.ts';
import { barChart, lineChart } from '../../../render/charts/charts.ts';
import { errorSummary } from '../../../views/error-summary.ts';
import { html, type SafeHtml } from '../../../views/html.ts';
import { liveLabel, liveSentence } from '../figures/figure-texts.ts';
import type { LiveDate } from '../figures/live-date.ts';
import { dataTable } from '../ui/data-table.ts';
import { notice } from '../ui/notice.ts';
import {
  type FilterProblem,
  filterQuery,
  type UsageFilterInput,
  unknownOrgParam,
} from './usage-filter.ts';

export interface UsagePageInput {
  input: UsageFilterInput;
  trees: readonly DashboardTree[];
  problems: readonly FilterProblem[];
  dashboard?: UsageDashboard;
  /** The day the Woonkansboom went live: the months before it were not "no use". */
  live?: LiveDate | undefined;
  /** From when each version was in force, per `treeId@version`. */
  versionDates?: ReadonlyMap<string, string>;
}

export const monthLabel = formatDutchMonth;

function percentage(part: number, whole: number): string {
  const value = completionPercentage(whole, part);
  return value === null ? '–' : `${value}%`;
}

const takeAlongLabels: Record<string, string> = {
  'advice-printed': 'Adviesoverzicht geopend om af te drukken',
  'advice-downloaded': 'Adviesoverzicht als pdf gedownload',
  'handout-printed': 'Uitleg voor de huurder geopend om af te drukken',
  'handout-downloaded': 'Uitleg voor de huurder als pdf gedownload',
};

function fieldError(
  problems: readonly FilterProblem[],
  field: FilterProblem['path'],
): SafeHtml | '' {
  const problem = problems.find((candidate) => candidate.path === field);
  return problem
    ? html`<p class="utrecht-form-field-error-message" id="${field}-fout"><span class="wkb-visually-hidden">Fout: </span>${problem.message}</p>`
    : '';
}

function invalid(problems: readonly FilterProblem[], field: FilterProblem['path']): SafeHtml | '' {
  return problems.some((problem) => problem.path === field)
    ? html` aria-invalid="true" aria-describedby="${field}-fout"`
    : '';
}

/**
 * A month a browser cannot read ("2026-13") would be emptied by a month
 * input: then the field is a text field that keeps what was typed.
 */
function typedAs(problems: readonly FilterProblem[], field: 'van' | 'tot'): 'month' | 'text' {
  return problems.some((problem) => problem.path === field) ? 'text' : 'month';
}

/** A month field: its example (a month input without a picker is a text field), and its problem. */
function described(problems: readonly FilterProblem[], field: 'van' | 'tot'): SafeHtml {
  return problems.some((problem) => problem.path === field)
    ? html` aria-invalid="true" aria-describedby="${field}-uitleg ${field}-fout"`
    : html` aria-describedby="${field}-uitleg"`;
}

function monthField(
  id: 'van' | 'tot',
  label: string,
  value: string,
  problems: readonly FilterProblem[],
): SafeHtml {
  return html`<div class="utrecht-form-field utrecht-form-field--text">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
<p class="utrecht-form-field-description" id="${id}-uitleg">Jaar en maand, bijvoorbeeld 2026-01.</p>
${fieldError(problems, id)}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input wkb-usage-month" type="${typedAs(problems, id)}" id="${id}" name="${id}" value="${value}"${described(problems, id)}></div>
</div>`;
}

function selectField(
  id: 'boom' | 'org',
  label: string,
  choices: readonly [string, string][],
  value: string,
  problems: readonly FilterProblem[],
): SafeHtml {
  return html`<div class="utrecht-form-field">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
${fieldError(problems, id)}
<div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="${id}" name="${id}"${invalid(problems, id)}>
${choices.map(([code, text]) => html`<option value="${code}"${code === value ? ' selected' : ''}>${text}</option>`)}
</select></div>
</div>`;
}

function filterForm({ input, trees, problems }: UsagePageInput): SafeHtml {
  const treeChoices: [string, string][] = [
    ['', 'Alle bomen'],
    ...trees.map((tree): [string, string] => [tree.id, tree.title]),
  ];
  const orgChoices: [string, string][] = [
    ['', 'Alle organisaties'],
    ...orgTypes.map((code): [string, string] => [code, orgTypeLabels[code]]),
    [unknownOrgParam, 'Niet ingevuld'],
  ];
  return html`<form method="get" action="/beheer/gebruik" class="wkb-usage-filter">
<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Welke periode en welk gebruik?</legend>
<p class="utrecht-form-field-description">Kies hele maanden. Leeg laten is de laatste 12 maanden.</p>
<div class="wkb-usage-filter__fields">
${monthField('van', 'Van (maand)', input.van, problems)}
${monthField('tot', 'Tot en met (maand)', input.tot, problems)}
${selectField('boom', 'Woonkansboom', treeChoices, input.boom, problems)}
${selectField('org', 'Soort organisatie', orgChoices, input.org, problems)}
</div>
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Toon</button>
</fieldset>
</form>`;
}

function summary(dashboard: UsageDashboard): SafeHtml {
  return html`<dl class="utrecht-data-list wkb-usage-summary">
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Gestarte wandelingen</dt><dd class="utrecht-data-list__item-value">${dashboard.started}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Wandelingen met een uitkomst</dt><dd class="utrecht-data-list__item-value">${dashboard.completed}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Afgerond</dt><dd class="utrecht-data-list__item-value">${percentage(dashboard.completed, dashboard.started)}</dd></div>
</dl>`;
}

/** The months of the period before the live date's month. */
function monthsBeforeLive(dashboard: UsageDashboard, live: LiveDate | undefined): Set<string> {
  const liveMonth = live?.date.slice(0, 7);
  return new Set(
    liveMonth === undefined ? [] : dashboard.months.filter((month) => month < liveMonth),
  );
}

/** Says which months show no number because the tree was not live yet. */
function notLiveNote(dashboard: UsageDashboard, live: LiveDate | undefined): SafeHtml | '' {
  const before = [...monthsBeforeLive(dashboard, live)];
  if (!live || before.length === 0) return '';
  const first = monthLabel(before[0] ?? '');
  const last = monthLabel(before.at(-1) ?? '');
  const months = before.length === 1 ? `In ${first}` : `Van ${first} tot en met ${last}`;
  return html`<p class="utrecht-paragraph wkb-usage-not-live">${liveSentence(live)} ${months} was de Woonkansboom nog niet live. Daarom staat daar geen cijfer (–) in de grafiek en de tabel, en geen 0.</p>`;
}

function perMonth(dashboard: UsageDashboard, live: LiveDate | undefined): SafeHtml {
  const before = monthsBeforeLive(dashboard, live);
  // Before going live nothing could be counted: a gap, not a zero (unless something was counted).
  const shown = (values: readonly number[]) =>
    values.map((value, index) =>
      value === 0 && before.has(dashboard.months[index] ?? '') ? null : value,
    );
  const liveMonth = live?.date.slice(0, 7);
  const marker =
    live && liveMonth && dashboard.months.includes(liveMonth)
      ? { at: monthLabel(liveMonth), label: liveLabel(live) }
      : undefined;
  return lineChart({
    title: 'Wandelingen per maand',
    description: `Het aantal gestarte wandelingen en het aantal wandelingen dat bij een uitkomst kwam, per maand en per boom.${before.size > 0 ? ' De maanden voordat de Woonkansboom live ging, hebben geen cijfer.' : ''}`,
    x: dashboard.months.map(monthLabel),
    xLabel: 'Maand',
    series: dashboard.trees.flatMap((tree) => [
      { name: `Gestart: ${tree.title}`, values: shown(tree.started) },
      { name: `Uitkomst: ${tree.title}`, values: shown(tree.completed) },
    ]),
    valueLabel: 'Aantal wandelingen',
    ...(marker ? { marker } : {}),
  });
}

function perOrganisation(dashboard: UsageDashboard): SafeHtml {
  return dataTable(
    'Wandelingen per soort organisatie',
    ['Soort organisatie', 'Gestart', 'Met een uitkomst', 'Afgerond'],
    dashboard.organisations.map((entry) => [
      orgTypeLabel(entry.orgType),
      entry.started,
      entry.completed,
      percentage(entry.completed, entry.started),
    ]),
  );
}

function outcomes(tree: TreeUsage): SafeHtml {
  if (tree.outcomes.length === 0) {
    return html`<p class="utrecht-paragraph">In de ${tree.title} is in deze periode geen uitkomst bereikt.</p>`;
  }
  return barChart({
    title: `Uitkomsten: ${tree.title}`,
    description: `Hoe vaak elke uitkomst van de ${tree.title} is bereikt in deze periode.`,
    rows: tree.outcomes.map((outcome) => ({ label: outcome.title, value: outcome.count })),
    valueLabel: 'Aantal wandelingen',
  });
}

function funnel(tree: TreeUsage): SafeHtml {
  return dataTable(
    `Waar stoppen wandelingen: ${tree.title}`,
    ['Vraag', 'Bereikt', 'Beantwoord', 'Hier gestopt', 'Deel gestopt'],
    tree.funnel.map((row) => [
      row.text,
      row.reached,
      row.answered,
      row.stopped,
      percentage(row.stopped, row.reached),
    ]),
  );
}

/** Per version of a tree: walks, outcomes and completion, to compare before and after a change. */
function perVersion(tree: TreeUsage, dates: ReadonlyMap<string, string> | undefined): SafeHtml {
  const from = (version: number) => {
    const day = dates?.get(`${tree.treeId}@${version}`);
    return day ? formatDutchDate(day) : '–';
  };
  const columns = tree.versions.map((entry) => `Versie ${entry.version}`);
  return html`${dataTable(
    `Per versie: ${tree.title}`,
    ['Versie', 'Geldig vanaf', 'Gestart', 'Met een uitkomst', 'Afgerond'],
    tree.versions.map((entry) => [
      `Versie ${entry.version}`,
      from(entry.version),
      entry.started,
      entry.completed,
      percentage(entry.completed, entry.started),
    ]),
  )}
${
  tree.versions.length > 1 && tree.outcomes.length > 0
    ? dataTable(
        `Uitkomsten per versie: ${tree.title}`,
        ['Uitkomst', ...columns],
        tree.outcomes.map((outcome) => [
          outcome.title,
          ...tree.versions.map((entry) => entry.outcomes[outcome.outcomeId] ?? 0),
        ]),
      )
    : ''
}`;
}

function results(
  dashboard: UsageDashboard,
  live: LiveDate | undefined,
  versionDates?: ReadonlyMap<string, string>,
): SafeHtml {
  return html`<h2 class="utrecht-heading-2">Samenvatting</h2>
${summary(dashboard)}
<h2 class="utrecht-heading-2">Per maand</h2>
${notLiveNote(dashboard, live)}
${perMonth(dashboard, live)}
<h2 class="utrecht-heading-2">Per soort organisatie</h2>
<p class="utrecht-paragraph">Aan het begin kan iemand kiezen waar hij of zij werkt. Dat is niet verplicht.</p>
${perOrganisation(dashboard)}
<h2 class="utrecht-heading-2">Uitkomsten</h2>
${dashboard.trees.map(outcomes)}
<h2 class="utrecht-heading-2">Per versie van de regels</h2>
<p class="utrecht-paragraph">Elke wandeling telt bij de versie van de boom waarmee hij werd gelopen: de versie die op die dag gold. Zo ziet u wat er veranderde toen nieuwe regels gingen gelden.</p>
${dashboard.trees.map((tree) => perVersion(tree, versionDates))}
<h2 class="utrecht-heading-2">Waar stoppen wandelingen?</h2>
<p class="utrecht-paragraph">Per vraag, in de volgorde van de boom: hoe vaak de vraag werd getoond, hoe vaak die werd beantwoord, en hoe vaak de wandeling daar stopte. Een gewijzigd antwoord telt opnieuw mee als beantwoord.</p>
${dashboard.trees.map(funnel)}
<h2 class="utrecht-heading-2">Advies afgedrukt of gedownload</h2>
${dataTable(
  'Afgedrukt en gedownload',
  ['Wat', 'Aantal'],
  dashboard.takeAlong.map((entry) => [takeAlongLabels[entry.kind] ?? entry.kind, entry.count]),
)}`;
}

export function usagePage(page: UsagePageInput): SafeHtml {
  const { dashboard, problems } = page;
  const summaryProblems = problems.map((problem) => ({
    href: `#${problem.path}`,
    message: problem.message,
  }));
  return html`<h1 class="utrecht-heading-1">Gebruik van de Woonkansboom</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Hoe vaak wordt de Woonkansboom gebruikt, en waar stoppen mensen? De tellingen zijn anoniem: we weten niet wie de boom gebruikte, en niet welke antwoorden er zijn gegeven. We tellen per dag.</p>
${errorSummary(summaryProblems)}
${filterForm(page)}
${
  dashboard
    ? html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruik.csv${filterQuery(page.input)}">Download deze tellingen als CSV (voor Excel)</a></p>
${dashboard.empty ? notice('Er is nog geen gebruik in deze periode. Kies een andere periode, of kijk later nog eens.', 'ok') : results(dashboard, page.live, page.versionDates)}`
    : ''
}`;
}
