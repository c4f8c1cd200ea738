// Which tree version and shared-rules version will be in force together
//. A new version is checked against every partner it will meet:
// a tree version against each shared version in force while it is, and the
// other way round — scheduled ones included — so a change dated in the
// future cannot break a combination that nobody looked at.
import { compareDates, type PlainDate } from '../dates/plain-date.ts';
import { type DatedVersion, versionInForce } from './versions-in-time.ts';

/** A tree version and the shared version in force with it, from `from` on. */
export interface PairInForce<T extends DatedVersion, S extends DatedVersion> {
  tree: T;
  /** None when there are no shared versions. */
  shared?: S;
  /** The first day (on or after the day asked about) this pair is in force. */
  from: PlainDate;
}

/**
 * Every distinct pair in force on some day on or after `fromDay`, in the
 * order they take effect. Cancelled versions must be left out by the caller.
 * The pair only changes on a day a version of either list takes effect, so
 * those days (and `fromDay`) are the only ones to look at.
 */
export function pairsInForce<T extends DatedVersion, S extends DatedVersion>(
  trees: readonly T[],
  shared: readonly S[],
  fromDay: PlainDate,
): PairInForce<T, S>[] {
  const days = new Set<PlainDate>([fromDay]);
  for (const version of [...trees, ...shared]) {
    if (compareDates(version.geldigVanaf, fromDay) > 0) days.add(version.geldigVanaf);
  }
  const pairs: PairInForce<T, S>[] = [];
  const seen = new Set<string>();
  for (const day of [...days].sort(compareDates)) {
    const tree = versionInForce(trees, day);
    if (!tree) continue;
    const set = versionInForce(shared, day);
    const key = `${tree.version}/${set?.version ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({ tree, ...(set ? { shared: set } : {}), from: day });
  }
  return pairs;
}
