// GET /beheer/cijfers: the registration figures per year beside the walks
// that ended at the tweedekansbeleid, and the charts with the live date
// marked, so the effect of the tool can be judged (SPEC §1.3).

import { dutchNumber } from '../../../render/charts/chart-number.ts';
import { lineChart } from '../../../render/charts/charts.ts';
import { type HtmlValue, html, type SafeHtml } from '../../../views/html.ts';
import { dataTable } from '../ui/data-table.ts';
import { notice } from '../ui/notice.ts';
import { chartYears, walkOutcomes, type YearRow, yearOf } from './figure-overview.ts';
import { liveLabel, liveSentence, figureTexts as t } from './figure-texts.ts';
import type { LiveDate } from './live-date.ts';

export interface FiguresPageOptions {
  rows: YearRow[];
  live: LiveDate | undefined;
  mayEdit: boolean;
  done?: string | undefined;
}

const link = (href: string, text: HtmlValue) =>
  html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`;

function number(value: number | null | undefined): SafeHtml {
  if (value === null || value === undefined) {
    return html`<span aria-hidden="true">–</span><span class="wkb-visually-hidden">${t.unknown}</span>`;
  }
  return html`${dutchNumber(value)}`;
}

/** A year whose registrations exceed its evictions: possible, but usually a typing error. */
function implausible(row: YearRow): boolean {
  const figure = row.figure;
  return (
    figure !== undefined &&
    figure.evictions !== null &&
    figure.registrations !== null &&
    figure.registrations > figure.evictions
  );
}

function editLink(row: YearRow): SafeHtml {
  return row.figure
    ? link(
        `/beheer/cijfers/jaar/${row.year}/bewerken`,
        html`Wijzig<span class="wkb-visually-hidden"> de cijfers van ${String(row.year)}</span>`,
      )
    : link(
        `/beheer/cijfers/nieuw?jaar=${row.year}`,
        html`Voeg toe<span class="wkb-visually-hidden"> cijfers van ${String(row.year)}</span>`,
      );
}

/** The edit link comes right after the year: visible without scrolling sideways, also on a phone. */
function table(rows: YearRow[], mayEdit: boolean): SafeHtml {
  const headers = [
    t.year,
    ...(mayEdit ? ['Aanpassen'] : []),
    t.evictions,
    t.registrations,
    t.perHundred,
    ...walkOutcomes.map((outcome) => outcome.label),
    t.note,
  ];
  const cells = rows.map((row) => [
    String(row.year),
    ...(mayEdit ? [editLink(row)] : []),
    number(row.figure?.evictions),
    number(row.figure?.registrations),
    implausible(row)
      ? html`${number(row.perHundred)}<br><strong class="wkb-figures-warning">Meer aanmeldingen dan ontruimingen</strong>`
      : number(row.perHundred),
    ...walkOutcomes.map((outcome) => number(row.walks[outcome.id])),
    row.figure ? row.figure.note : html`<span class="wkb-visually-hidden">Nog geen cijfers</span>`,
  ]);
  return html`<div class="wkb-figures-table">${dataTable('Cijfers per jaar', headers, cells)}</div>`;
}

/** Above the table: every year with more registrations than evictions, to check. */
function warnings(rows: YearRow[]): SafeHtml | '' {
  const years = rows.filter(implausible);
  if (years.length === 0) return '';
  const items = years.map(
    (row) =>
      `${row.year}: ${row.figure?.registrations} aanmeldingen, ${row.figure?.evictions} ontruimingen`,
  );
  return html`<div class="utrecht-alert utrecht-alert--warning wkb-figures-warnings" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<p class="utrecht-paragraph"><strong>Controleer deze cijfers:</strong> er staan meer aanmeldingen dan ontruimingen. Dat kan (een huishouden dat het jaar ervoor is ontruimd), maar vaak is het een tikfout.</p>
<ul class="utrecht-unordered-list">${items.map((item) => html`<li class="utrecht-unordered-list__item">${item}</li>`)}</ul>
</div></div></div>`;
}

function charts(rows: YearRow[], live: LiveDate | undefined): SafeHtml {
  const liveYear = yearOf(live?.date);
  const years = chartYears(rows, liveYear);
  if (years.length === 0) return html``;
  const x = years.map(String);
  const byYear = (year: number) => rows.find((row) => row.year === year);
  const marker = live ? { at: live.date.slice(0, 4), label: liveLabel(live) } : undefined;
  const range = `van ${x[0]} tot en met ${x[x.length - 1]}`;
  const markerText = live
    ? ` De stippellijn bij ${live.date.slice(0, 4)} is de start van de Woonkansboom.`
    : '';
  // A year between the rows (no figures, no walks) after counting began counts 0 walks.
  const walkValue = (year: number, id: string) => {
    const row = byYear(year);
    if (row) return row.walks[id] ?? null;
    const earlier = rows.filter((candidate) => candidate.year < year).at(-1);
    return earlier && earlier.walks[id] !== null
      ? 0
      : liveYear !== undefined && year >= liveYear
        ? 0
        : null;
  };
  return html`${lineChart({
    id: 'cijfers-per-jaar',
    title: 'Ontruimingen en aanmeldingen per jaar',
    description: `Lijngrafiek van het aantal ontruimingen en het aantal aanmeldingen voor het tweedekansbeleid per jaar, ${range}.${markerText}`,
    x,
    xLabel: t.year,
    valueLabel: 'Aantal',
    series: [
      { name: t.evictions, values: years.map((year) => byYear(year)?.figure?.evictions ?? null) },
      {
        name: t.registrations,
        values: years.map((year) => byYear(year)?.figure?.registrations ?? null),
      },
    ],
    pointNotes: years.map((year) => byYear(year)?.figure?.note || null),
    ...(marker ? { marker } : {}),
  })}
${lineChart({
  id: 'cijfers-per-100',
  title: t.perHundred,
  description: `Lijngrafiek van het aantal aanmeldingen voor het tweedekansbeleid per 100 ontruimingen, per jaar, ${range}.${markerText}`,
  x,
  xLabel: t.year,
  valueLabel: 'Per 100 ontruimingen',
  series: [{ name: t.perHundred, values: years.map((year) => byYear(year)?.perHundred ?? null) }],
  ...(marker ? { marker } : {}),
})}
${lineChart({
  id: 'cijfers-wandelingen',
  title: 'Wandelingen die eindigden bij het tweedekansbeleid, per jaar',
  description: `Lijngrafiek van het aantal keer per jaar dat een wandeling door de Woonkansboom eindigde met “past bij tweedekansbeleid” of “kan zich later aanmelden”, ${range}.${markerText}`,
  x,
  xLabel: t.year,
  valueLabel: 'Aantal wandelingen',
  series: walkOutcomes.map((outcome) => ({
    name: outcome.label,
    values: years.map((year) => walkValue(year, outcome.id)),
  })),
  ...(marker ? { marker } : {}),
})}`;
}

export function figuresPage({ rows, live, mayEdit, done }: FiguresPageOptions): SafeHtml {
  return html`<h1 class="utrecht-heading-1">${t.title}</h1>
${notice(done)}
<p class="utrecht-paragraph">Hoeveel huishoudens zijn ontruimd, en hoeveel zijn er aangemeld voor het tweedekansbeleid? Vergelijk de jaren voor en na de start van de Woonkansboom. Naast de cijfers staat hoe vaak een wandeling door de Woonkansboom eindigde bij het tweedekansbeleid. Zo ziet u of de Woonkansboom gebruikt wordt, en of er daarna meer aanmeldingen zijn.</p>
<p class="utrecht-paragraph">${liveSentence(live)}${mayEdit ? html` ${link('/beheer/cijfers/live-sinds/bewerken', 'Wijzig de startdatum')}` : ''}</p>
<h2 class="utrecht-heading-2" id="cijfers-per-jaar-kop">Cijfers per jaar</h2>
${warnings(rows)}
${table(rows, mayEdit)}
<ul class="utrecht-link-list utrecht-link-list--html-ul wkb-actions">
${mayEdit ? html`<li class="utrecht-link-list__item">${link('/beheer/cijfers/nieuw', 'Jaar toevoegen')}</li>` : ''}
<li class="utrecht-link-list__item">${link('/beheer/cijfers/cijfers.csv', 'Download de cijfers als CSV-bestand (voor Excel)')}</li>
</ul>
<h2 class="utrecht-heading-2">Grafieken</h2>
${charts(rows, live)}`;
}
