// The day the Woonkansboom went live, marked in the figures charts: the date
// the beheerder set, or else the day the first tree version was published.
import type { PlainDate } from '../../../core/dates/plain-date.ts';
import type { Store } from '../../../store/store.ts';
import { amsterdamDate } from '../../../views/amsterdam-date.ts';

export const liveDateSetting = 'woonkansboom-live-sinds';

export interface LiveDate {
  date: PlainDate;
  /** `setting`: chosen by a beheerder; `first-version`: the first publication. */
  source: 'setting' | 'first-version';
}

export async function liveDate(store: Store): Promise<LiveDate | undefined> {
  const chosen = await store.setting(liveDateSetting);
  if (chosen) return { date: chosen, source: 'setting' };
  let first: string | undefined;
  for (const treeId of await store.treeIds()) {
    for (const version of await store.versions(treeId)) {
      if (first === undefined || version.publishedAt < first) first = version.publishedAt;
    }
  }
  return first === undefined
    ? undefined
    : { date: amsterdamDate(new Date(first)), source: 'first-version' };
}
