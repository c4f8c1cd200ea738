// The table of years behind the figures page, its charts and its CSV: the
// registration figures, registrations per 100 evictions, and per year the
// walks that ended in an outcome of the tweedekansbeleid (SPEC §1.3: compare
// the registrations with the use of the tree).
import type { RegistrationFigure } from '../../../store/figure-store.ts';

/** The outcomes of the hulpverlening tree that point to the tweedekansbeleid (SPEC §4.3). */
export const walkOutcomes = [
  { id: 'tweedekans', label: 'Wandelingen met uitkomst “past bij tweedekansbeleid”' },
  { id: 'nog-niet', label: 'Wandelingen met uitkomst “kan zich later aanmelden”' },
] as const;

export interface YearRow {
  year: number;
  /** Undefined when the year has walks but no registration figures. */
  figure: RegistrationFigure | undefined;
  /** Aanmeldingen per 100 ontruimingen, one decimal; null when it cannot be computed. */
  perHundred: number | null;
  /** Walks per outcome id of `walkOutcomes`; null before walks were counted. */
  walks: Record<string, number | null>;
}

export function registrationsPerHundred(figure: RegistrationFigure | undefined): number | null {
  if (!figure || figure.evictions === null || figure.evictions === 0) return null;
  if (figure.registrations === null) return null;
  return Math.round((1000 * figure.registrations) / figure.evictions) / 10;
}

/**
 * Every year with figures or walks, oldest first. Before the first year with
 * counted walks and before the live year there was nothing to count: those
 * years get null, not 0.
 */
export function yearRows(
  figures: readonly RegistrationFigure[],
  walkCounts: readonly { year: number; outcomeId: string; count: number }[],
  liveYear?: number,
): YearRow[] {
  const years = new Set([
    ...figures.map((figure) => figure.year),
    ...walkCounts.map((row) => row.year),
  ]);
  const counted = walkCounts.filter((row) => row.count > 0).map((row) => row.year);
  const countingFrom = Math.min(...counted, liveYear ?? Number.POSITIVE_INFINITY);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const figure = figures.find((candidate) => candidate.year === year);
      const walks: Record<string, number | null> = {};
      for (const outcome of walkOutcomes) {
        walks[outcome.id] =
          year < countingFrom
            ? null
            : walkCounts
                .filter((row) => row.year === year && row.outcomeId === outcome.id)
                .reduce((sum, row) => sum + row.count, 0);
      }
      return { year, figure, perHundred: registrationsPerHundred(figure), walks };
    });
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/** The years a chart shows: every year from the first row to the last row or the live year. */
export function chartYears(rows: readonly YearRow[], liveYear: number | undefined): number[] {
  const known = rows.map((row) => row.year);
  if (liveYear !== undefined && known.length > 0) known.push(liveYear);
  if (known.length === 0) return [];
  const first = Math.min(...known);
  const last = Math.max(...known);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
