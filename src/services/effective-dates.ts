// When a new version takes effect: the dates a beheerder gives
// with a publish or a rollback, read and checked once for the editor, the
// admin API and the CLI, and each version's place on the timeline.
import { dutchMonthNames } from '../core/dates/dutch-date.ts';
import { compareDates, type PlainDate, readTypedDate } from '../core/dates/plain-date.ts';
import type { Problem } from '../core/problem.ts';
import { effectivePeriods, versionInForce } from '../core/time/versions-in-time.ts';
import type { VersionSummary } from '../store/store.ts';

/** The dates as typed or sent: `YYYY-MM-DD` or `dd-mm-jjjj`; empty means left out. */
export interface EffectiveDatesInput {
  geldigVanaf?: string | undefined;
  geldtVoorOntruimingenVanaf?: string | undefined;
}

export interface ChosenDates {
  geldigVanaf: PlainDate;
  geldtVoorOntruimingenVanaf?: PlainDate;
}

export type EffectiveDateField = 'geldigVanaf' | 'geldtVoorOntruimingenVanaf';

function dateProblem(field: EffectiveDateField, input: string): Problem | PlainDate {
  const read = readTypedDate(input);
  if (typeof read === 'string') return read;
  const problem = (code: string, message: string) => ({ path: field, code, message });
  switch (read.kind) {
    case 'year-not-four-digits':
      return problem('date-year', 'Schrijf het jaar met vier cijfers, bijvoorbeeld 1-3-2027.');
    case 'year-out-of-range':
      return problem('date-year', `Het jaar ${read.year} kan niet. Kies een jaar na 1900.`);
    case 'no-such-month':
      return problem(
        'date-month',
        `Maand ${read.month} bestaat niet. Een maand is 1 tot en met 12.`,
      );
    case 'no-such-day':
      return problem(
        'date-day',
        `Die dag bestaat niet in ${dutchMonthNames[read.month - 1]} ${read.year}.`,
      );
    default:
      return problem(
        'date-unreadable',
        'Vul een datum in als dag-maand-jaar, bijvoorbeeld 1-3-2027.',
      );
  }
}

/**
 * The dates to publish with: `geldigVanaf` today when left out, never before
 * today (a version cannot apply to walks that already happened).
 */
export function readEffectiveDates(
  input: EffectiveDatesInput,
  today: PlainDate,
): { dates: ChosenDates } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (field: EffectiveDateField): PlainDate | undefined => {
    const text = input[field]?.trim();
    if (!text) return undefined;
    const result = dateProblem(field, text);
    if (typeof result === 'string') return result;
    problems.push(result);
    return undefined;
  };
  const geldigVanaf = read('geldigVanaf') ?? today;
  const geldtVoorOntruimingenVanaf = read('geldtVoorOntruimingenVanaf');
  if (compareDates(geldigVanaf, today) < 0) {
    problems.push({
      path: 'geldigVanaf',
      code: 'date-in-past',
      message: 'Een versie kan niet met terugwerkende kracht gelden. Kies vandaag of later.',
    });
  }
  if (problems.length > 0) return { problems };
  return {
    dates: { geldigVanaf, ...(geldtVoorOntruimingenVanaf ? { geldtVoorOntruimingenVanaf } : {}) },
  };
}

export type VersionStatus = 'in-force' | 'scheduled' | 'past' | 'cancelled' | 'superseded';

/** A version with its place on the timeline, seen from today. */
export interface VersionInTime extends VersionSummary {
  status: VersionStatus;
  /** The day the next version takes over, for a version that is not cancelled. */
  until?: PlainDate;
}

/** Every version with its status and period, newest number first. */
export function versionTimeline(
  versions: readonly VersionSummary[],
  today: PlainDate,
): VersionInTime[] {
  const live = versions.filter((version) => !version.cancelled);
  const inForce = versionInForce(live, today);
  const periods = new Map(effectivePeriods(live).map((period) => [period.version, period]));
  return [...versions]
    .sort((a, b) => b.version - a.version)
    .map((version) => {
      const period = periods.get(version);
      const status: VersionStatus = version.cancelled
        ? 'cancelled'
        : period?.superseded
          ? 'superseded'
          : version === inForce
            ? 'in-force'
            : compareDates(version.geldigVanaf, today) > 0
              ? 'scheduled'
              : 'past';
      return { ...version, status, ...(period?.until ? { until: period.until } : {}) };
    });
}
