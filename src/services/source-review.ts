// Te controleren (SPEC §11): the list of every statement no beheerder has
// confirmed yet, over the drafts of the shared rules and of each tree, and
// confirming one item — or every item whose source is the thesis, as one
// action. Confirming changes a draft; it travels with the next version.
import {
  confirmable,
  confirmInTree,
  confirmShared,
  type ReviewItem,
  sharedReviewItems,
  treeReviewItems,
} from '../core/publish/review-items.ts';
import { type SharedRules, sharedRulesId, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import { type Tree, treeSchema } from '../core/tree/tree.ts';
import type { DraftRecord, Store } from '../store/store.ts';
import { sharedRulesContent } from './shared-rules-admin.ts';
import type { Actor } from './tree-admin.ts';

export interface ReviewGroup {
  /** A tree id, or `sharedRulesId` for the shared rules. */
  owner: string;
  title: string;
  items: ReviewItem[];
}

export type ConfirmResult = { status: 'confirmed'; item: ReviewItem } | { status: 'not-found' };

interface Owned {
  draft: DraftRecord;
  title: string;
  items: ReviewItem[];
  /** The draft's content with these items confirmed. */
  confirm(keys: ReadonlySet<string>): { tree: unknown; scenarios: unknown };
}

export class SourceReview {
  constructor(private readonly store: Store) {}

  private async owned(): Promise<Map<string, Owned>> {
    const owners = new Map<string, Owned>();
    const sharedDraft = await this.store.draft(sharedRulesId);
    const parsedShared = sharedDraft && sharedRulesSchema.safeParse(sharedDraft.content.tree);
    const shared: SharedRules = parsedShared?.success
      ? parsedShared.data
      : sharedRulesSchema.parse({});
    if (sharedDraft && parsedShared?.success) {
      owners.set(sharedRulesId, {
        draft: sharedDraft,
        title: shared.title,
        items: sharedReviewItems(shared),
        confirm: (keys) => sharedRulesContent(confirmShared(shared, keys)),
      });
    }
    for (const treeId of await this.store.treeIds()) {
      const draft = await this.store.draft(treeId);
      const parsed = draft && treeSchema.safeParse(draft.content.tree);
      if (!draft || !parsed?.success) continue;
      const tree: Tree = parsed.data;
      owners.set(treeId, {
        draft,
        title: tree.title,
        items: treeReviewItems(tree, shared),
        confirm: (keys) => ({ ...draft.content, tree: confirmInTree(tree, keys) }),
      });
    }
    return owners;
  }

  /** The shared rules first, then every tree; each with its items te controleren. */
  async list(): Promise<ReviewGroup[]> {
    return [...(await this.owned())].map(([owner, { title, items }]) => ({ owner, title, items }));
  }

  async confirm(owner: string, key: string, actor: Actor): Promise<ConfirmResult> {
    const found = (await this.owned()).get(owner);
    const item = found?.items.find((candidate) => candidate.key === key);
    if (!found || !item || !confirmable(item)) return { status: 'not-found' };
    const revision = await this.save(owner, found, new Set([key]), actor);
    await this.store.audit({
      actor: actor.email,
      action: 'source-confirmed',
      subject: owner,
      detail: { item: key, label: item.label, revision },
    });
    return { status: 'confirmed', item };
  }

  /** Confirms every unconfirmed item whose source is the thesis, logged as one action. */
  async confirmThesis(actor: Actor): Promise<number> {
    const confirmed: Record<string, string[]> = {};
    for (const [owner, found] of await this.owned()) {
      const keys = found.items
        .filter((item) => item.source?.kind === 'thesis' && confirmable(item))
        .map((item) => item.key);
      if (keys.length === 0) continue;
      await this.save(owner, found, new Set(keys), actor);
      confirmed[owner] = keys;
    }
    const count = Object.values(confirmed).reduce((sum, keys) => sum + keys.length, 0);
    if (count > 0) {
      await this.store.audit({
        actor: actor.email,
        action: 'sources-confirmed',
        subject: null,
        detail: { kind: 'thesis', count, items: confirmed },
      });
    }
    return count;
  }

  /** Saves the confirmed draft on its own revision; someone saving at the same moment wins, then we retry once. */
  private async save(
    owner: string,
    found: Owned,
    keys: ReadonlySet<string>,
    actor: Actor,
  ): Promise<number> {
    const saved = await this.store.saveDraft(
      owner,
      found.confirm(keys),
      found.draft.revision,
      actor.email,
    );
    if (saved.ok) return saved.draft.revision;
    const again = (await this.owned()).get(owner);
    if (!again) throw new Error(`The draft of "${owner}" disappeared while confirming`);
    const retried = await this.store.saveDraft(
      owner,
      again.confirm(keys),
      again.draft.revision,
      actor.email,
    );
    if (!retried.ok) throw new Error(`The draft of "${owner}" kept changing while confirming`);
    return retried.draft.revision;
  }
}
