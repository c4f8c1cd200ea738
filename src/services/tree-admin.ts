// What beheerders do with trees — save a draft, publish, roll back, import,
// export — for the editor, the admin API and the CLI alike. Every change is
// written to the audit log; expected failures are values, not exceptions.
import type { PlainDate } from '../core/dates/plain-date.ts';
import type { Problem } from '../core/problem.ts';
import { checkDraft, type DraftCheck } from '../core/publish/draft-check.ts';
import { parseScenarioFile } from '../core/publish/scenarios.ts';
import { pairsInForce } from '../core/time/pairs-in-force.ts';
import { versionInForce } from '../core/time/versions-in-time.ts';
import { type ReadableIssue, readableIssues } from '../core/tree/readable-issues.ts';
import { composeTree, type SharedRules } from '../core/tree/shared-rules.ts';
import { treeSchema } from '../core/tree/tree.ts';
import type {
  DraftRecord,
  Store,
  TreeContent,
  VersionRecord,
  VersionSummary,
} from '../store/store.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import type { Actor } from './actor.ts';
import { assumptionsProblem, type PublishRule, unconfirmedAssumptions } from './assumption-rule.ts';
import {
  type ChosenDates,
  type EffectiveDatesInput,
  readEffectiveDates,
  type VersionInTime,
  versionTimeline,
} from './effective-dates.ts';
import { publishedSharedRules, sharedInTime } from './shared-rules-admin.ts';
import { exportFormat, readImport } from './tree-export.ts';
import { type CancelResult, cancelScheduled, nextVersionNumber } from './version-lifecycle.ts';

export type { Actor } from './actor.ts';

export type SaveResult =
  | { status: 'saved'; draft: DraftRecord; check: DraftCheck }
  | { status: 'conflict'; current: DraftRecord; check: DraftCheck }
  | { status: 'invalid'; problems: ReadableIssue[] }
  | { status: 'not-found' };

export type PublishResult =
  | { status: 'published'; version: VersionRecord }
  | {
      status: 'refused';
      check: DraftCheck;
      /** The shared-rules version the draft failed with, when it is not the one in force then. */
      sharedVersion?: { version: number; geldigVanaf: PlainDate };
    }
  | { status: 'invalid'; problems: ReadableIssue[] }
  | { status: 'not-found' };

export type RollbackResult =
  | { status: 'published'; version: VersionRecord }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'not-found' };

export class TreeAdmin {
  constructor(
    private readonly store: Store,
    /** Told after every publish, rollback and cancel, e.g. to refresh the catalog. */
    readonly published: (treeId: string) => void | Promise<void> = () => {},
    /** Today in Europe/Amsterdam: which versions are in force, scheduled or past. */
    readonly today: () => PlainDate = () => amsterdamDate(new Date()),
    private readonly options: PublishRule = {},
  ) {}

  treeIds(): Promise<string[]> {
    return this.store.treeIds();
  }

  /** The shared rules in force, which every tree is composed with (SPEC §11). */
  sharedRules(): Promise<SharedRules | undefined> {
    return publishedSharedRules(this.store, this.today());
  }

  /** The draft as composed with the shared rules in force: their items are always current. */
  async draft(treeId: string): Promise<{ draft: DraftRecord; check: DraftCheck } | undefined> {
    const stored = await this.store.draft(treeId);
    if (!stored) return undefined;
    const shared = await this.sharedRules();
    const draft = { ...stored, content: composed(stored.content, shared) };
    const check = checkDraft(draft.content, shared);
    // The region's publish rule shows on the draft too, before anyone presses publish.
    const assumptions = this.options.publishNeedsConfirmedAssumptions?.()
      ? unconfirmedAssumptions(draft.content, shared)
      : undefined;
    if (!assumptions || assumptions.total === 0) return { draft, check };
    return {
      draft,
      check: {
        ...check,
        treeProblems: [...check.treeProblems, assumptionsProblem(assumptions)],
        publishable: false,
      },
    };
  }

  /**
   * Saves a draft that passes the content schema (so the editor can show it),
   * even with graph problems, which it reports. A stale revision is a conflict:
   * nothing is saved and the caller keeps both versions to show.
   */
  async saveDraft(
    treeId: string,
    content: TreeContent,
    baseRevision: number,
    actor: Actor,
  ): Promise<SaveResult> {
    if (!(await this.store.draft(treeId))) return { status: 'not-found' };
    const problems = structuralProblems(treeId, content);
    if (problems.length > 0) return { status: 'invalid', problems };
    const shared = await this.sharedRules();
    // A shared item is changed in the shared rules only: the tree keeps the set's version.
    const result = await this.store.saveDraft(
      treeId,
      composed(content, shared),
      baseRevision,
      actor.email,
    );
    if (!result.ok) {
      const current = { ...result.current, content: composed(result.current.content, shared) };
      return { status: 'conflict', current, check: checkDraft(current.content, shared) };
    }
    await this.store.audit({
      actor: actor.email,
      action: 'draft-saved',
      subject: treeId,
      detail: { revision: result.draft.revision },
    });
    return {
      status: 'saved',
      draft: result.draft,
      check: checkDraft(result.draft.content, shared),
    };
  }

  /**
   * Publishes the current draft when the validator finds no errors and every
   * scenario passes — with each shared-rules version it will be in force
   * with, from `geldigVanaf` (today when left out) on.
   */
  async publish(
    treeId: string,
    note: string,
    actor: Actor,
    input: EffectiveDatesInput = {},
  ): Promise<PublishResult> {
    const draft = (await this.draft(treeId))?.draft;
    if (!draft) return { status: 'not-found' };
    const problems: ReadableIssue[] = [];
    if (note.trim() === '') {
      problems.push({
        code: 'note-missing',
        path: 'note',
        message: 'Schrijf kort op wat er verandert. Dat helpt later bij het terugzoeken.',
      });
    }
    const read = readEffectiveDates(input, this.today());
    if ('problems' in read) problems.push(...read.problems);
    if (problems.length > 0 || 'problems' in read) return { status: 'invalid', problems };
    const gate = await this.pairGate(treeId, draft.content, read.dates);
    if (gate.failed) {
      await this.store.audit({
        actor: actor.email,
        action: 'publish-refused',
        subject: treeId,
        detail: { revision: draft.revision, sharedVersion: gate.failed.shared?.version },
      });
      const shared = gate.failed.shared;
      return {
        status: 'refused',
        check: gate.failed.check,
        ...(shared && !gate.failed.first
          ? { sharedVersion: { version: shared.version, geldigVanaf: shared.geldigVanaf } }
          : {}),
      };
    }
    const assumptions = this.options.publishNeedsConfirmedAssumptions?.()
      ? unconfirmedAssumptions(gate.content, gate.shared)
      : undefined;
    if (assumptions && assumptions.total > 0) {
      await this.store.audit({
        actor: actor.email,
        action: 'publish-refused',
        subject: treeId,
        detail: { revision: draft.revision, unconfirmedAssumptions: assumptions.total },
      });
      const problem = assumptionsProblem(assumptions);
      return {
        status: 'refused',
        check: {
          ...gate.check,
          treeProblems: [...gate.check.treeProblems, problem],
          publishable: false,
        },
      };
    }
    const version = await this.store.publish(
      treeId,
      gate.content,
      note.trim(),
      actor.email,
      read.dates,
    );
    await this.store.audit({
      actor: actor.email,
      action: 'published',
      subject: treeId,
      detail: {
        version: version.version,
        revision: draft.revision,
        note: version.note,
        geldigVanaf: version.geldigVanaf,
      },
    });
    await this.published(treeId);
    return { status: 'published', version };
  }

  /**
   * The draft composed with every shared-rules version it will be in force
   * with (scheduled ones included), each checked; the content to store is
   * the one composed with the set in force on its first day.
   */
  private async pairGate(treeId: string, content: TreeContent, dates: ChosenDates) {
    const candidate = { version: await nextVersionNumber(this.store, treeId), ...dates };
    const live = (await this.store.versions(treeId)).filter((version) => !version.cancelled);
    const shared = await sharedInTime(this.store);
    const pairs = pairsInForce([...live, candidate], shared, dates.geldigVanaf).filter(
      (pair) => pair.tree === candidate,
    );
    if (pairs.length === 0) {
      const set = versionInForce(shared, dates.geldigVanaf);
      pairs.push({ tree: candidate, ...(set ? { shared: set } : {}), from: dates.geldigVanaf });
    }
    const checked = pairs.map((pair, index) => {
      const rules = pair.shared?.rules;
      const withRules = composed(content, rules);
      return {
        ...pair,
        first: index === 0,
        content: withRules,
        check: checkDraft(withRules, rules),
      };
    });
    const first = checked[0];
    return {
      content: first?.content ?? content,
      check: first?.check ?? checkDraft(content),
      shared: first?.shared?.rules,
      failed: checked.find((pair) => !pair.check.publishable),
    };
  }

  /** Publishes an older version again, as a new version from `geldigVanaf`. The draft is left as it is. */
  async rollback(
    treeId: string,
    versionNumber: number,
    actor: Actor,
    input: EffectiveDatesInput = {},
  ): Promise<RollbackResult> {
    const old = await this.store.version(treeId, versionNumber);
    if (!old) return { status: 'not-found' };
    const read = readEffectiveDates(input, this.today());
    if ('problems' in read) return { status: 'invalid', problems: read.problems };
    // The shared items as they are in force then: both trees keep one set of rules.
    const shared = versionInForce(await sharedInTime(this.store), read.dates.geldigVanaf);
    const version = await this.store.publish(
      treeId,
      composed(old.content, shared?.rules),
      `Teruggezet naar versie ${versionNumber}`,
      actor.email,
      read.dates,
    );
    await this.store.audit({
      actor: actor.email,
      action: 'rolled-back',
      subject: treeId,
      detail: { from: versionNumber, version: version.version, geldigVanaf: version.geldigVanaf },
    });
    await this.published(treeId);
    return { status: 'published', version };
  }

  /** Withdraws a scheduled version before it takes effect. */
  async cancel(treeId: string, versionNumber: number, actor: Actor): Promise<CancelResult> {
    const result = await cancelScheduled(this.store, this.today(), treeId, versionNumber, actor);
    if (result.status === 'cancelled') await this.published(treeId);
    return result;
  }

  /** Every version with its status and period on the timeline, newest number first. */
  async versionsInTime(treeId: string): Promise<VersionInTime[]> {
    return versionTimeline(await this.store.versions(treeId), this.today());
  }

  versions(treeId: string): Promise<VersionSummary[]> {
    return this.store.versions(treeId);
  }

  version(treeId: string, versionNumber: number): Promise<VersionRecord | undefined> {
    return this.store.version(treeId, versionNumber);
  }

  /** A version in the export format (JSON), or undefined. */
  async exportVersion(treeId: string, versionNumber: number) {
    const version = await this.store.version(treeId, versionNumber);
    return version && exportFormat(version);
  }

  /**
   * Replaces the draft with an uploaded file. Refused, with every problem
   * listed and the draft untouched, unless the tree validates without errors
   * and the scenario file can be read.
   */
  async importDraft(
    treeId: string,
    file: unknown,
    baseRevision: number,
    actor: Actor,
  ): Promise<SaveResult> {
    const read = readImport(treeId, file);
    if ('problems' in read) return { status: 'invalid', problems: read.problems };
    const check = checkDraft(read.content, await this.sharedRules());
    const problems: ReadableIssue[] = [
      ...check.treeProblems.filter((problem) => problem.severity === 'error'),
      ...check.scenarioProblems.map((problem) => ({
        ...problem,
        path: `scenarios.${problem.path}`,
      })),
    ];
    if (problems.length > 0) return { status: 'invalid', problems };
    const result = await this.saveDraft(treeId, read.content, baseRevision, actor);
    if (result.status === 'saved') {
      await this.store.audit({
        actor: actor.email,
        action: 'imported',
        subject: treeId,
        detail: { revision: result.draft.revision },
      });
    }
    return result;
  }
}

/** The content with the shared items in force; content that is not a tree is left as it is. */
function composed(content: TreeContent, shared: SharedRules | undefined): TreeContent {
  const tree = treeSchema.safeParse(content.tree);
  if (!shared || !tree.success) return content;
  return { ...content, tree: composeTree(tree.data, shared) };
}

/**
 * Problems that keep a draft from being saved at all: content that is not a
 * tree or a scenario file in the content format, or carries another tree's id.
 */
function structuralProblems(treeId: string, content: TreeContent): ReadableIssue[] {
  const tree = treeSchema.safeParse(content.tree);
  const problems = tree.success ? [] : readableIssues(tree.error.issues, content.tree);
  if (tree.success && tree.data.id !== treeId) {
    problems.push({
      code: 'tree-id',
      path: 'id',
      message: `Dit concept hoort bij de boom "${treeId}", maar de id in de inhoud is "${tree.data.id}". Gebruik de id "${treeId}".`,
    });
  }
  const scenarios = parseScenarioFile(content.scenarios);
  return [
    ...problems,
    ...scenarios.problems.map((problem) => ({ ...problem, path: `scenarios.${problem.path}` })),
  ];
}
