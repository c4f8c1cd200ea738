// What beheerders do with the shared rules and contacts (SPEC §11): keep one
// draft and published versions beside the trees, and publish a change to
// every tree at once — only when each tree, composed with the new set, passes
// its checks and scenarios. The editor, the CLI and tests use this service.

import type { PlainDate } from '../core/dates/plain-date.ts';
import { diffSharedRules, sharedChangeNote } from '../core/diff/shared-rules-diff.ts';
import type { Problem } from '../core/problem.ts';
import { checkDraft, type DraftCheck } from '../core/publish/draft-check.ts';
import { adoptFailingScenarios } from '../core/publish/scenario-adopt.ts';
import { parseScenarioFile } from '../core/publish/scenarios.ts';
import { pairsInForce } from '../core/time/pairs-in-force.ts';
import type { SharedInTime } from '../core/time/rules-timeline.ts';
import { versionInForce } from '../core/time/versions-in-time.ts';
import { type ReadableIssue, readableIssues } from '../core/tree/readable-issues.ts';
import {
  composeTree,
  ownPart,
  type SharedRules,
  sharedRulesId,
  sharedRulesSchema,
} from '../core/tree/shared-rules.ts';
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
  type EffectiveDatesInput,
  readEffectiveDates,
  type VersionInTime,
  versionTimeline,
} from './effective-dates.ts';
import {
  type CancelResult,
  cancelScheduled,
  liveVersions,
  nextVersionNumber,
} from './version-lifecycle.ts';

/** The shared rules as stored: the set in `tree`, no scenarios of its own. */
export function sharedRulesContent(rules: SharedRules): TreeContent {
  return { tree: rules, scenarios: null };
}

function readRules(content: TreeContent): SharedRules | undefined {
  const parsed = sharedRulesSchema.safeParse(content.tree);
  return parsed.success ? parsed.data : undefined;
}

/** Every shared-rules version that was not cancelled, with its rules. */
export async function sharedInTime(store: Store): Promise<SharedInTime[]> {
  const versions: SharedInTime[] = [];
  for (const record of await liveVersions(store, sharedRulesId)) {
    const rules = readRules(record.content);
    if (!rules) continue;
    const { version, geldigVanaf, geldtVoorOntruimingenVanaf } = record;
    versions.push({
      version,
      geldigVanaf,
      ...(geldtVoorOntruimingenVanaf ? { geldtVoorOntruimingenVanaf } : {}),
      rules,
    });
  }
  return versions;
}

/** The shared rules in force on `day`, if the store has any. */
export async function publishedSharedRules(
  store: Store,
  day: PlainDate,
): Promise<SharedRules | undefined> {
  // The summaries say which version is in force; only that one's content is read.
  const live = (await store.versions(sharedRulesId)).filter((summary) => !summary.cancelled);
  const inForce = versionInForce(live, day);
  const record = inForce && (await store.version(sharedRulesId, inForce.version));
  return record && readRules(record.content);
}

/** One tree version as it would be in force with a shared rules set. */
export interface TreeGate {
  treeId: string;
  title: string;
  /** The tree version composed with the set. */
  version: number;
  /** The first day this tree version and the set are in force together. */
  from: PlainDate;
  /** The version composed with the set; scenarios from its draft when the tree changes. */
  content: TreeContent;
  check: DraftCheck;
  /** True when the set changes the tree. */
  changed: boolean;
  /** True when publishing the set today adds a version of the tree (its version in force, changed). */
  publishes: boolean;
}

export interface SharedDraft {
  draft: DraftRecord;
  rules: SharedRules;
  gates: TreeGate[];
}

export type SharedSaveResult =
  | { status: 'saved'; draft: DraftRecord }
  | { status: 'conflict'; current: DraftRecord }
  | { status: 'invalid'; problems: ReadableIssue[] }
  | { status: 'not-found' };

export type SharedPublishResult =
  | { status: 'published'; version: VersionRecord; trees: VersionRecord[] }
  | { status: 'refused'; gates: TreeGate[] }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'not-found' };

export class SharedRulesAdmin {
  constructor(
    private readonly store: Store,
    /**
     * Told for every tree that got a new version (or with `sharedRulesId` when
     * none did), e.g. to refresh the catalog.
     */
    private readonly published: (treeId: string) => void | Promise<void> = () => {},
    /** Today in Europe/Amsterdam: which versions are in force, scheduled or past. */
    readonly today: () => PlainDate = () => amsterdamDate(new Date()),
    /** The region's publish rule, as the tree admin has it: no tree version with an unconfirmed assumption. */
    private readonly options: PublishRule = {},
  ) {}

  /** Stores the set as draft and version 1 when the store has none; true when it did. */
  async seed(rules: SharedRules, actor: string | null = null): Promise<boolean> {
    const created = await this.store.seedTrees(
      [{ treeId: sharedRulesId, content: sharedRulesContent(rules) }],
      actor,
      this.today(),
    );
    return created.length > 0;
  }

  async draft(): Promise<SharedDraft | undefined> {
    const draft = await this.store.draft(sharedRulesId);
    const rules = draft && readRules(draft.content);
    return draft && rules && { draft, rules, gates: await this.gates(rules) };
  }

  /**
   * Every tree version that will be in force with `rules` from `geldigVanaf`
   * (today when left out), composed with it: what publishing the set would
   * do. From today, the version in force now gets a new version when the set
   * changes it; a scheduled set is composed with the trees at run time.
   */
  async gates(rules: SharedRules, geldigVanaf: PlainDate = this.today()): Promise<TreeGate[]> {
    const today = this.today();
    const shared = await sharedInTime(this.store);
    const before = versionInForce(shared, today)?.rules ?? rules;
    const candidate = {
      version: await nextVersionNumber(this.store, sharedRulesId),
      geldigVanaf,
      rules,
    };
    const gates: TreeGate[] = [];
    for (const treeId of await this.store.treeIds()) {
      const trees = await liveVersions(this.store, treeId);
      const pairs = pairsInForce(trees, [...shared, candidate], geldigVanaf).filter(
        (pair) => pair.shared === candidate,
      );
      for (const [index, { tree: version, from }] of pairs.entries()) {
        const tree = treeSchema.safeParse(version.content.tree);
        if (!tree.success) continue;
        const now = geldigVanaf === today && index === 0;
        // Published now, the shared items it had are taken out first, so an item the set drops goes missing.
        const composed = composeTree(now ? ownPart(tree.data, before) : tree.data, rules);
        const changed = JSON.stringify(composed) !== JSON.stringify(tree.data);
        // Scenarios are the tree's tests: a change of period may need them adjusted in its draft.
        const draft = changed ? await this.store.draft(treeId) : undefined;
        const content = { tree: composed, scenarios: (draft ?? version).content.scenarios };
        gates.push({
          treeId,
          title: tree.data.title,
          version: version.version,
          from,
          content,
          check: checkDraft(content, rules),
          changed,
          publishes: now && changed,
        });
      }
    }
    return gates;
  }

  async saveDraft(input: unknown, baseRevision: number, actor: Actor): Promise<SharedSaveResult> {
    if (!(await this.store.draft(sharedRulesId))) return { status: 'not-found' };
    const parsed = sharedRulesSchema.safeParse(input);
    if (!parsed.success)
      return { status: 'invalid', problems: readableIssues(parsed.error.issues, input) };
    const result = await this.store.saveDraft(
      sharedRulesId,
      sharedRulesContent(parsed.data),
      baseRevision,
      actor.email,
    );
    if (!result.ok) return { status: 'conflict', current: result.current };
    await this.store.audit({
      actor: actor.email,
      action: 'draft-saved',
      subject: sharedRulesId,
      detail: { revision: result.draft.revision },
    });
    return { status: 'saved', draft: result.draft };
  }

  /**
   * Publishes the draft. From today: together in one transaction with a new
   * version of every tree it changes, each with a note naming the change.
   * From a later day: the set alone, composed with the trees at run time.
   * Refused when any tree version it will be in force with fails its checks
   * or scenarios.
   */
  async publish(
    note: string,
    actor: Actor,
    input: EffectiveDatesInput = {},
  ): Promise<SharedPublishResult> {
    const found = await this.draft();
    if (!found) return { status: 'not-found' };
    const today = this.today();
    const read = readEffectiveDates(input, today);
    if ('problems' in read) return { status: 'invalid', problems: read.problems };
    const { dates } = read;
    const checked =
      dates.geldigVanaf === today ? found.gates : await this.gates(found.rules, dates.geldigVanaf);
    const gates = this.options.publishNeedsConfirmedAssumptions?.()
      ? checked.map((gate) => withAssumptionsChecked(gate, found.rules))
      : checked;
    const failing = gates.filter((gate) => !gate.check.publishable);
    if (failing.length > 0) {
      await this.store.audit({
        actor: actor.email,
        action: 'publish-refused',
        subject: sharedRulesId,
        detail: {
          revision: found.draft.revision,
          trees: [...new Set(failing.map((gate) => gate.treeId))],
        },
      });
      return { status: 'refused', gates };
    }
    const before = (await publishedSharedRules(this.store, today)) ?? found.rules;
    const changeNote = sharedChangeNote(diffSharedRules(before, found.rules));
    const treeNote = note.trim() ? `${changeNote} (${note.trim()})` : changeNote;
    const [version, ...trees] = await this.store.publishTogether(
      [
        {
          treeId: sharedRulesId,
          content: sharedRulesContent(found.rules),
          note: note.trim() || changeNote,
          ...dates,
        },
        ...gates
          .filter((gate) => gate.publishes)
          .map((gate) => ({
            treeId: gate.treeId,
            content: gate.content,
            note: treeNote,
            ...dates,
          })),
      ],
      actor.email,
    );
    if (!version) throw new Error('Publishing the shared rules returned no version');
    await this.store.audit({
      actor: actor.email,
      action: 'published',
      subject: sharedRulesId,
      detail: {
        version: version.version,
        revision: found.draft.revision,
        note: version.note,
        geldigVanaf: version.geldigVanaf,
        trees: trees.map((tree) => ({ treeId: tree.treeId, version: tree.version })),
      },
    });
    for (const tree of trees) await this.published(tree.treeId);
    if (trees.length === 0) await this.published(sharedRulesId);
    return { status: 'published', version, trees };
  }

  /** Withdraws a scheduled version of the set before it takes effect. */
  async cancel(versionNumber: number, actor: Actor): Promise<CancelResult> {
    const result = await cancelScheduled(
      this.store,
      this.today(),
      sharedRulesId,
      versionNumber,
      actor,
    );
    if (result.status === 'cancelled') await this.published(sharedRulesId);
    return result;
  }

  /** Every version of the set with its status and period, newest number first. */
  async versionsInTime(): Promise<VersionInTime[]> {
    return versionTimeline(await this.store.versions(sharedRulesId), this.today());
  }

  /**
   * After a change of the shared rules: the tree's failing scenarios take
   * what the tree does under the new rules as their expectation, saved in the
   * tree's draft for the beheerder to review. The names of those changed;
   * `conflict` when the draft moved meanwhile, `not-found` for no such tree.
   */
  async adoptScenarios(
    treeId: string,
    actor: Actor,
  ): Promise<
    { status: 'adopted'; names: string[] } | { status: 'conflict' } | { status: 'not-found' }
  > {
    const found = await this.draft();
    const gate =
      found?.gates.find((candidate) => candidate.treeId === treeId && candidate.publishes) ??
      found?.gates.find((candidate) => candidate.treeId === treeId);
    const draft = await this.store.draft(treeId);
    const scenarios = parseScenarioFile(gate?.content.scenarios).file;
    if (!gate?.check.tree || !draft || !scenarios) return { status: 'not-found' };
    const { file, adopted } = adoptFailingScenarios(gate.check.tree, scenarios);
    if (adopted.length === 0) return { status: 'adopted', names: [] };
    const saved = await this.store.saveDraft(
      treeId,
      { ...draft.content, scenarios: file },
      draft.revision,
      actor.email,
    );
    if (!saved.ok) return { status: 'conflict' };
    await this.store.audit({
      actor: actor.email,
      action: 'scenarios-adopted',
      subject: treeId,
      detail: { revision: saved.draft.revision, scenarios: adopted },
    });
    return { status: 'adopted', names: adopted };
  }

  versions(): Promise<VersionSummary[]> {
    return this.store.versions(sharedRulesId);
  }

  version(versionNumber: number): Promise<VersionRecord | undefined> {
    return this.store.version(sharedRulesId, versionNumber);
  }
}

/**
 * A tree the set would publish, refused while it (with the new set) holds an
 * unconfirmed assumption: publishing the shared rules must not carry one into
 * a published tree where the tree's own publish would refuse it.
 */
function withAssumptionsChecked(gate: TreeGate, rules: SharedRules): TreeGate {
  if (!gate.publishes) return gate;
  const count = unconfirmedAssumptions(gate.content, rules);
  if (count.total === 0) return gate;
  return {
    ...gate,
    check: {
      ...gate.check,
      treeProblems: [...gate.check.treeProblems, assumptionsProblem(count)],
      publishable: false,
    },
  };
}
