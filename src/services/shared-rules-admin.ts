// What beheerders do with the shared rules and contacts (SPEC §11): keep one
// draft and published versions beside the trees, and publish a change to
// every tree at once — only when each tree, composed with the new set, passes
// its checks and scenarios. The editor, the CLI and tests use this service.

import { diffSharedRules, sharedChangeNote } from '../core/diff/shared-rules-diff.ts';
import { checkDraft, type DraftCheck } from '../core/publish/draft-check.ts';
import { adoptFailingScenarios } from '../core/publish/scenario-adopt.ts';
import { parseScenarioFile } from '../core/publish/scenarios.ts';
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
import type { Actor } from './actor.ts';

/** The shared rules as stored: the set in `tree`, no scenarios of its own. */
export function sharedRulesContent(rules: SharedRules): TreeContent {
  return { tree: rules, scenarios: null };
}

function readRules(content: TreeContent): SharedRules | undefined {
  const parsed = sharedRulesSchema.safeParse(content.tree);
  return parsed.success ? parsed.data : undefined;
}

/** The shared rules in force: the latest published version, if the store has one. */
export async function publishedSharedRules(store: Store): Promise<SharedRules | undefined> {
  const [latest] = await store.versions(sharedRulesId);
  const version = latest && (await store.version(sharedRulesId, latest.version));
  return version && readRules(version.content);
}

/** One tree as it would be published with a shared rules set. */
export interface TreeGate {
  treeId: string;
  title: string;
  /** Its latest version composed with the set; scenarios from its draft when the tree changes. */
  content: TreeContent;
  check: DraftCheck;
  /** True when the set changes the tree, so publishing adds a version of it. */
  changed: boolean;
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
  | { status: 'not-found' };

export class SharedRulesAdmin {
  constructor(
    private readonly store: Store,
    /** Told for every tree that got a new version, e.g. to refresh the catalog. */
    private readonly published: (treeId: string) => void | Promise<void> = () => {},
  ) {}

  /** Stores the set as draft and version 1 when the store has none; true when it did. */
  async seed(rules: SharedRules, actor: string | null = null): Promise<boolean> {
    const created = await this.store.seedTrees(
      [{ treeId: sharedRulesId, content: sharedRulesContent(rules) }],
      actor,
    );
    return created.length > 0;
  }

  async draft(): Promise<SharedDraft | undefined> {
    const draft = await this.store.draft(sharedRulesId);
    const rules = draft && readRules(draft.content);
    return draft && rules && { draft, rules, gates: await this.gates(rules) };
  }

  /** Every tree composed with `rules`: what publishing the set would publish. */
  async gates(rules: SharedRules): Promise<TreeGate[]> {
    const before = (await publishedSharedRules(this.store)) ?? rules;
    const gates: TreeGate[] = [];
    for (const latest of await this.store.latestVersions()) {
      const tree = treeSchema.safeParse(latest.content.tree);
      if (!tree.success) continue;
      // The shared items it had are taken out first, so an item the set drops goes missing.
      const composed = composeTree(ownPart(tree.data, before), rules);
      const changed = JSON.stringify(composed) !== JSON.stringify(tree.data);
      // Scenarios are the tree's tests: a change of period may need them adjusted in its draft.
      const draft = changed ? await this.store.draft(latest.treeId) : undefined;
      const content = { tree: composed, scenarios: (draft ?? latest).content.scenarios };
      gates.push({
        treeId: latest.treeId,
        title: tree.data.title,
        content,
        check: checkDraft(content, rules),
        changed,
      });
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
   * Publishes the draft and, together in one transaction, a new version of
   * every tree it changes, each with a note naming the change. Refused when
   * any tree composed with it fails its checks or scenarios.
   */
  async publish(note: string, actor: Actor): Promise<SharedPublishResult> {
    const found = await this.draft();
    if (!found) return { status: 'not-found' };
    if (found.gates.some((gate) => !gate.check.publishable)) {
      await this.store.audit({
        actor: actor.email,
        action: 'publish-refused',
        subject: sharedRulesId,
        detail: {
          revision: found.draft.revision,
          trees: found.gates.filter((gate) => !gate.check.publishable).map((gate) => gate.treeId),
        },
      });
      return { status: 'refused', gates: found.gates };
    }
    const before = (await publishedSharedRules(this.store)) ?? found.rules;
    const changeNote = sharedChangeNote(diffSharedRules(before, found.rules));
    const treeNote = note.trim() ? `${changeNote} (${note.trim()})` : changeNote;
    const changed = found.gates.filter((gate) => gate.changed);
    const [version, ...trees] = await this.store.publishTogether(
      [
        {
          treeId: sharedRulesId,
          content: sharedRulesContent(found.rules),
          note: note.trim() || changeNote,
        },
        ...changed.map((gate) => ({ treeId: gate.treeId, content: gate.content, note: treeNote })),
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
        trees: trees.map((tree) => ({ treeId: tree.treeId, version: tree.version })),
      },
    });
    for (const tree of trees) await this.published(tree.treeId);
    return { status: 'published', version, trees };
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
    const gate = found?.gates.find((candidate) => candidate.treeId === treeId);
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
