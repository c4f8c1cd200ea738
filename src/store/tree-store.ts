// Trees: one working draft per tree (optimistic concurrency on `revision`) and
// an append-only history of published versions (primary key tree_id+version).
import type { Kysely, Selectable, Transaction } from 'kysely';
import { sharedRulesId } from '../core/tree/shared-rules.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import type { Database, TreeDraftTable, TreeVersionTable } from './database.ts';
import type {
  DraftRecord,
  PublishEntry,
  Store,
  TreeContent,
  VersionRecord,
  VersionSummary,
} from './store.ts';
import type { StoreDialect } from './store-dialect.ts';

type TreeMethods = Pick<
  Store,
  | 'treeIds'
  | 'seedTrees'
  | 'latestVersions'
  | 'version'
  | 'versions'
  | 'draft'
  | 'saveDraft'
  | 'publish'
  | 'publishTogether'
  | 'allVersions'
  | 'cancelVersion'
>;

const summaryColumns = [
  'v.tree_id',
  'v.version',
  'v.published_at',
  'v.published_by',
  'v.note',
  'v.geldig_vanaf',
  'v.geldt_voor_ontruimingen_vanaf',
  'c.cancelled_at',
  'c.cancelled_by',
] as const;

type SummaryRow = Omit<Selectable<TreeVersionTable>, 'content'> & {
  cancelled_at?: string | null;
  cancelled_by?: string | null;
};

function toDraft(row: Selectable<TreeDraftTable>): DraftRecord {
  return {
    treeId: row.tree_id,
    content: JSON.parse(row.content),
    revision: row.revision,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function toSummary(row: SummaryRow): VersionSummary {
  return {
    treeId: row.tree_id,
    version: row.version,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    note: row.note,
    // Versions from before effective dates count from the day they were published.
    geldigVanaf: row.geldig_vanaf ?? amsterdamDate(new Date(row.published_at)),
    ...(row.geldt_voor_ontruimingen_vanaf
      ? { geldtVoorOntruimingenVanaf: row.geldt_voor_ontruimingen_vanaf }
      : {}),
    ...(row.cancelled_at
      ? { cancelled: { at: row.cancelled_at, by: row.cancelled_by ?? null } }
      : {}),
  };
}

function toVersion(row: SummaryRow & { content: string }): VersionRecord {
  return { ...toSummary(row), content: JSON.parse(row.content) };
}

export function treeStore(db: Kysely<Database>, dialect: StoreDialect): TreeMethods {
  const withCancellations = () =>
    db
      .selectFrom('tree_versions as v')
      .leftJoin('tree_version_cancellations as c', (join) =>
        join.onRef('c.tree_id', '=', 'v.tree_id').onRef('c.version', '=', 'v.version'),
      );

  const draft = async (treeId: string) => {
    const row = await db
      .selectFrom('tree_drafts')
      .selectAll()
      .where('tree_id', '=', treeId)
      .executeTakeFirst();
    return row && toDraft(row);
  };

  /** Inserts revision 1 of a tree's draft unless the tree has one; undefined then. */
  const insertFirstDraft = async (
    executor: Kysely<Database>,
    treeId: string,
    content: TreeContent,
    actor: string | null,
  ) => {
    const row = await executor
      .insertInto('tree_drafts')
      .values({
        tree_id: treeId,
        content: JSON.stringify(content),
        revision: 1,
        updated_at: new Date().toISOString(),
        updated_by: actor,
      })
      .onConflict((conflict) => conflict.column('tree_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    return row && toDraft(row);
  };

  /** Inserts max+1 in one statement; the primary key refuses a duplicate number. */
  const appendVersionIn = async (
    trx: Transaction<Database>,
    { treeId, content, note, geldigVanaf, geldtVoorOntruimingenVanaf }: PublishEntry,
    actor: string | null,
  ) => {
    await dialect.lockTree(trx, treeId);
    const publishedAt = new Date();
    const row = await trx
      .insertInto('tree_versions')
      .columns([
        'tree_id',
        'version',
        'content',
        'published_at',
        'published_by',
        'note',
        'geldig_vanaf',
        'geldt_voor_ontruimingen_vanaf',
      ])
      .expression((eb) =>
        eb
          .selectFrom('tree_versions')
          .where('tree_id', '=', treeId)
          .select((select) => [
            select.val(treeId).as('tree_id'),
            select(select.fn.coalesce(select.fn.max('version'), select.lit(0)), '+', 1).as(
              'version',
            ),
            select.val(JSON.stringify(content)).as('content'),
            select.val(publishedAt.toISOString()).as('published_at'),
            select.val(actor).as('published_by'),
            select.val(note).as('note'),
            select.val(geldigVanaf ?? amsterdamDate(publishedAt)).as('geldig_vanaf'),
            select.val(geldtVoorOntruimingenVanaf ?? null).as('geldt_voor_ontruimingen_vanaf'),
          ]),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await dialect.announcePublished(trx, treeId, row.version);
    return toVersion(row);
  };

  const appendVersions = (entries: PublishEntry[], actor: string | null) =>
    db.transaction().execute(async (trx) => {
      const records: VersionRecord[] = [];
      for (const entry of entries) {
        records.push(await appendVersionIn(trx, entry, actor));
      }
      return records;
    });

  /** Another process took the same number between our read and our insert: once more. */
  const withRetry = async <T>(append: () => Promise<T>): Promise<T> => {
    try {
      return await append();
    } catch (error) {
      if (!dialect.isUniqueViolation(error)) throw error;
      return await append();
    }
  };

  return {
    async treeIds() {
      const rows = await db
        .selectFrom('tree_drafts')
        .select('tree_id')
        .where('tree_id', '<>', sharedRulesId)
        .orderBy('tree_id')
        .execute();
      return rows.map((row) => row.tree_id);
    },

    async seedTrees(defaults, actor, geldigVanaf) {
      const created: string[] = [];
      for (const { treeId, content } of defaults) {
        const seeded = await db.transaction().execute(async (trx) => {
          if (!(await insertFirstDraft(trx, treeId, content, actor))) return false;
          await trx
            .insertInto('tree_versions')
            .values({
              tree_id: treeId,
              version: 1,
              content: JSON.stringify(content),
              published_at: new Date().toISOString(),
              published_by: actor,
              note: 'Standaardinhoud',
              geldig_vanaf: geldigVanaf ?? amsterdamDate(new Date()),
              geldt_voor_ontruimingen_vanaf: null,
            })
            .execute();
          await dialect.announcePublished(trx, treeId, 1);
          return true;
        });
        if (seeded) created.push(treeId);
      }
      return created;
    },

    async latestVersions() {
      const rows = await withCancellations()
        .select([...summaryColumns, 'v.content'])
        .where('v.tree_id', '<>', sharedRulesId)
        .where('c.cancelled_at', 'is', null)
        .where('v.version', '=', (eb) =>
          eb
            .selectFrom('tree_versions as w')
            .leftJoin('tree_version_cancellations as x', (join) =>
              join.onRef('x.tree_id', '=', 'w.tree_id').onRef('x.version', '=', 'w.version'),
            )
            .whereRef('w.tree_id', '=', 'v.tree_id')
            .where('x.cancelled_at', 'is', null)
            .select((select) => select.fn.max('w.version').as('latest')),
        )
        .orderBy('v.tree_id')
        .execute();
      return rows.map(toVersion);
    },

    async version(treeId, version) {
      const row = await withCancellations()
        .select([...summaryColumns, 'v.content'])
        .where('v.tree_id', '=', treeId)
        .where('v.version', '=', version)
        .executeTakeFirst();
      return row && toVersion(row);
    },

    async versions(treeId) {
      const rows = await withCancellations()
        .select(summaryColumns)
        .where('v.tree_id', '=', treeId)
        .orderBy('v.version', 'desc')
        .execute();
      return rows.map(toSummary);
    },

    async allVersions() {
      const rows = await withCancellations()
        .select(summaryColumns)
        .orderBy('v.tree_id')
        .orderBy('v.version')
        .execute();
      return rows.map(toSummary);
    },

    async cancelVersion(treeId, version, actor) {
      return db.transaction().execute(async (trx) => {
        await dialect.lockTree(trx, treeId);
        const exists = await trx
          .selectFrom('tree_versions')
          .select('version')
          .where('tree_id', '=', treeId)
          .where('version', '=', version)
          .executeTakeFirst();
        if (!exists) return false;
        const inserted = await trx
          .insertInto('tree_version_cancellations')
          .values({
            tree_id: treeId,
            version,
            cancelled_at: new Date().toISOString(),
            cancelled_by: actor,
          })
          .onConflict((conflict) => conflict.columns(['tree_id', 'version']).doNothing())
          .returning('version')
          .executeTakeFirst();
        if (!inserted) return false;
        await dialect.announcePublished(trx, treeId, version);
        return true;
      });
    },

    draft,

    async saveDraft(treeId, content, baseRevision, actor) {
      if (baseRevision === 0) {
        const created = await insertFirstDraft(db, treeId, content, actor);
        if (created) return { ok: true, draft: created };
      }
      const row = await db
        .updateTable('tree_drafts')
        .set((eb) => ({
          content: JSON.stringify(content),
          revision: eb('revision', '+', 1),
          updated_at: new Date().toISOString(),
          updated_by: actor,
        }))
        .where('tree_id', '=', treeId)
        .where('revision', '=', baseRevision)
        .returningAll()
        .executeTakeFirst();
      if (row) return { ok: true, draft: toDraft(row) };
      const current = await draft(treeId);
      if (!current)
        throw new Error(`No draft of tree "${treeId}" (save with revision 0 to create one)`);
      return { ok: false, current };
    },

    async publish(treeId, content, note, actor, dates = {}) {
      const [record] = await withRetry(() =>
        appendVersions([{ treeId, content, note, ...dates }], actor),
      );
      if (!record) throw new Error(`Publishing tree "${treeId}" returned no version`);
      return record;
    },

    publishTogether(entries, actor) {
      // One lock order for every caller, so two joint publishes never wait on each other.
      const ordered = [...entries].sort((a, b) => a.treeId.localeCompare(b.treeId));
      return withRetry(() => appendVersions(ordered, actor)).then((records) =>
        entries.map((entry) => {
          const record = records.find((candidate) => candidate.treeId === entry.treeId);
          if (!record) throw new Error(`Publishing tree "${entry.treeId}" returned no version`);
          return record;
        }),
      );
    },
  };
}
