// What beheerders do with trees — save a draft, publish, roll back, import,
// export — for the editor, the admin API and the CLI alike. Every change is
// written to the audit log; expected failures are values, not exceptions.
import { checkDraft, type DraftCheck } from '../core/publish/draft-check.ts';
import { parseScenarioFile } from '../core/publish/scenarios.ts';
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
import type { Actor } from './actor.ts';
import { publishedSharedRules } from './shared-rules-admin.ts';
import { exportFormat, readImport } from './tree-export.ts';

export type { Actor } from './actor.ts';

export type SaveResult =
  | { status: 'saved'; draft: DraftRecord; check: DraftCheck }
  | { status: 'conflict'; current: DraftRecord; check: DraftCheck }
  | { status: 'invalid'; problems: ReadableIssue[] }
  | { status: 'not-found' };

export type PublishResult =
  | { status: 'published'; version: VersionRecord }
  | { status: 'refused'; check: DraftCheck }
  | { status: 'invalid'; problems: ReadableIssue[] }
  | { status: 'not-found' };

export class TreeAdmin {
  constructor(
    private readonly store: Store,
    /** Told after every publish and rollback, e.g. to refresh the catalog. */
    readonly published: (treeId: string) => void | Promise<void> = () => {},
  ) {}

  treeIds(): Promise<string[]> {
    return this.store.treeIds();
  }

  /** The shared rules in force, which every tree is composed with (SPEC §11). */
  sharedRules(): Promise<SharedRules | undefined> {
    return publishedSharedRules(this.store);
  }

  /** The draft as composed with the shared rules in force: their items are always current. */
  async draft(treeId: string): Promise<{ draft: DraftRecord; check: DraftCheck } | undefined> {
    const stored = await this.store.draft(treeId);
    if (!stored) return undefined;
    const shared = await this.sharedRules();
    const draft = { ...stored, content: composed(stored.content, shared) };
    return { draft, check: checkDraft(draft.content, shared) };
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

  /** Publishes the current draft when the validator finds no errors and every scenario passes. */
  async publish(treeId: string, note: string, actor: Actor): Promise<PublishResult> {
    const draft = (await this.draft(treeId))?.draft;
    if (!draft) return { status: 'not-found' };
    if (note.trim() === '') {
      return {
        status: 'invalid',
        problems: [
          {
            code: 'note-missing',
            path: 'note',
            message: 'Schrijf kort op wat er verandert. Dat helpt later bij het terugzoeken.',
          },
        ],
      };
    }
    const check = checkDraft(draft.content, await this.sharedRules());
    if (!check.publishable) {
      await this.store.audit({
        actor: actor.email,
        action: 'publish-refused',
        subject: treeId,
        detail: { revision: draft.revision },
      });
      return { status: 'refused', check };
    }
    const version = await this.store.publish(treeId, draft.content, note.trim(), actor.email);
    await this.store.audit({
      actor: actor.email,
      action: 'published',
      subject: treeId,
      detail: { version: version.version, revision: draft.revision, note: version.note },
    });
    await this.published(treeId);
    return { status: 'published', version };
  }

  /** Publishes an older version again, as a new version. The draft is left as it is. */
  async rollback(
    treeId: string,
    versionNumber: number,
    actor: Actor,
  ): Promise<{ status: 'published'; version: VersionRecord } | { status: 'not-found' }> {
    const old = await this.store.version(treeId, versionNumber);
    if (!old) return { status: 'not-found' };
    // The shared items stay as they are in force: both trees keep one set of rules.
    const version = await this.store.publish(
      treeId,
      composed(old.content, await this.sharedRules()),
      `Teruggezet naar versie ${versionNumber}`,
      actor.email,
    );
    await this.store.audit({
      actor: actor.email,
      action: 'rolled-back',
      subject: treeId,
      detail: { from: versionNumber, version: version.version },
    });
    await this.published(treeId);
    return { status: 'published', version };
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
