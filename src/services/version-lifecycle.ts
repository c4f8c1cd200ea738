// The versions of a tree or of the shared rules as the timeline sees them:
// those not cancelled, with their content, and cancelling a scheduled one
// before it takes effect. Shared by TreeAdmin and SharedRulesAdmin, so both
// refuse in the same words.
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import { compareDates, type PlainDate } from '../core/dates/plain-date.ts';
import type { Problem } from '../core/problem.ts';
import type { Store, VersionRecord, VersionSummary } from '../store/store.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import type { Actor } from './actor.ts';

/** Every version that was not cancelled, with its content, newest number first. */
export async function liveVersions(store: Store, treeId: string): Promise<VersionRecord[]> {
  const records: VersionRecord[] = [];
  for (const summary of await store.versions(treeId)) {
    if (summary.cancelled) continue;
    const record = await store.version(treeId, summary.version);
    if (record) records.push(record);
  }
  return records;
}

/** The number the next version gets: cancelled numbers are never used again. */
export async function nextVersionNumber(store: Store, treeId: string): Promise<number> {
  const versions = await store.versions(treeId);
  return Math.max(0, ...versions.map((version) => version.version)) + 1;
}

export type CancelResult =
  | { status: 'cancelled'; version: VersionSummary }
  | { status: 'refused'; problems: Problem[] }
  | { status: 'not-found' };

/** Withdraws a scheduled version; refused once it is in force or was withdrawn before. */
export async function cancelScheduled(
  store: Store,
  today: PlainDate,
  treeId: string,
  versionNumber: number,
  actor: Actor,
): Promise<CancelResult> {
  const version = (await store.versions(treeId)).find(
    (candidate) => candidate.version === versionNumber,
  );
  if (!version) return { status: 'not-found' };
  const refused = (code: string, message: string): CancelResult => ({
    status: 'refused',
    problems: [{ path: 'version', code, message }],
  });
  if (version.cancelled) {
    return refused(
      'already-cancelled',
      `Versie ${versionNumber} is al ingetrokken op ${formatDutchDate(amsterdamDate(new Date(version.cancelled.at)))}.`,
    );
  }
  if (compareDates(version.geldigVanaf, today) <= 0) {
    return refused(
      'already-in-force',
      `Versie ${versionNumber} geldt al sinds ${formatDutchDate(version.geldigVanaf)}. Een versie die al geldt, kunt u niet meer intrekken. Publiceer een nieuwe versie of zet een oude versie terug.`,
    );
  }
  if (!(await store.cancelVersion(treeId, versionNumber, actor.email))) {
    return refused('already-cancelled', `Versie ${versionNumber} is al ingetrokken.`);
  }
  await store.audit({
    actor: actor.email,
    action: 'cancelled',
    subject: treeId,
    detail: { version: versionNumber, geldigVanaf: version.geldigVanaf },
  });
  const after = (await store.versions(treeId)).find(
    (candidate) => candidate.version === versionNumber,
  );
  return { status: 'cancelled', version: after ?? version };
}
