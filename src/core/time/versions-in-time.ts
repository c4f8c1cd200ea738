// Versions that take effect on a date. Every published version of
// a tree or of the shared rules has a `geldigVanaf` day; versions never
// change, and which one is in force on a day follows from the dates alone:
// the latest `geldigVanaf` on or before the day, the higher number on a tie.
// Before the first version's date, the first version is in force (a walk
// about an old day still gets the oldest rules there are).
import { addDays, compareDates, type PlainDate } from '../dates/plain-date.ts';

export interface DatedVersion {
  version: number;
  /** The Europe/Amsterdam calendar day from which this version is in force. */
  geldigVanaf: PlainDate;
  /**
   * Overgangsrecht: walks about an eviction before this day keep the rules of
   * the version that was in force before this one.
   */
  geldtVoorOntruimingenVanaf?: PlainDate;
}

/** Later in force first: the later date, then the higher number. */
function compareInForce(a: DatedVersion, b: DatedVersion): number {
  return compareDates(a.geldigVanaf, b.geldigVanaf) || a.version - b.version;
}

/** The versions in the order they take effect. */
export function inEffectOrder<V extends DatedVersion>(versions: readonly V[]): V[] {
  return [...versions].sort(compareInForce);
}

/** The version in force on `day`; undefined only when there are no versions. */
export function versionInForce<V extends DatedVersion>(
  versions: readonly V[],
  day: PlainDate,
): V | undefined {
  let found: V | undefined;
  let first: V | undefined;
  for (const candidate of versions) {
    if (!first || compareInForce(candidate, first) < 0) first = candidate;
    if (compareDates(candidate.geldigVanaf, day) > 0) continue;
    if (!found || compareInForce(candidate, found) > 0) found = candidate;
  }
  return found ?? first;
}

/**
 * The version whose rules apply to a walk on `day` about an eviction on
 * `evictionDate`: the version in force, or — while that version's
 * overgangsrecht leaves the eviction out — the one in force the day before it.
 * An unknown eviction date gets the version in force.
 */
export function versionForWalk<V extends DatedVersion>(
  versions: readonly V[],
  day: PlainDate,
  evictionDate: PlainDate | undefined,
): V | undefined {
  let chosen = versionInForce(versions, day);
  while (
    chosen?.geldtVoorOntruimingenVanaf !== undefined &&
    evictionDate !== undefined &&
    compareDates(evictionDate, chosen.geldtVoorOntruimingenVanaf) < 0
  ) {
    const before = versionInForce(versions, addDays(chosen.geldigVanaf, -1));
    if (!before || compareInForce(before, chosen) >= 0) break;
    chosen = before;
  }
  return chosen;
}

/** A version's effective period: from `from` up to (not including) `until`. */
export interface EffectivePeriod<V extends DatedVersion> {
  version: V;
  from: PlainDate;
  /** The day the next version takes over; none for the last one. */
  until?: PlainDate;
  /** Replaced on its own day by a version with a higher number: never in force. */
  superseded: boolean;
}

/** Every version with the period it is in force, in effect order. */
export function effectivePeriods<V extends DatedVersion>(
  versions: readonly V[],
): EffectivePeriod<V>[] {
  const ordered = inEffectOrder(versions);
  return ordered.map((version, index) => {
    const next = ordered.slice(index + 1).find((later) => later.geldigVanaf > version.geldigVanaf);
    const superseded = ordered
      .slice(index + 1)
      .some((later) => later.geldigVanaf === version.geldigVanaf);
    return {
      version,
      from: version.geldigVanaf,
      ...(next ? { until: next.geldigVanaf } : {}),
      superseded,
    };
  });
}

/** The days after `day` on which another version of any of these lists takes effect, in order. */
export function changeDays(
  day: PlainDate,
  ...lists: readonly (readonly DatedVersion[])[]
): PlainDate[] {
  const days = new Set<PlainDate>();
  for (const list of lists) {
    for (const version of list) {
      if (compareDates(version.geldigVanaf, day) > 0) days.add(version.geldigVanaf);
    }
  }
  return [...days].sort(compareDates);
}

/** True when a version takes effect after `day`: it is scheduled, and may still be cancelled. */
export function isScheduled(version: DatedVersion, day: PlainDate): boolean {
  return compareDates(version.geldigVanaf, day) > 0;
}

/** The later of two days. */
export function laterDay(a: PlainDate, b: PlainDate): PlainDate {
  return compareDates(a, b) >= 0 ? a : b;
}
