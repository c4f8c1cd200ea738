// The latest published version of every tree (and its cancellations), and which trees moved between
// two looks: how SQLite is polled and how PostgreSQL catches up after losing
// its LISTEN connection.
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/** Per tree: its highest version number and how many versions were cancelled. */
export type PublishedSnapshot = Map<string, string>;

export async function publishedSnapshot(db: Kysely<Database>): Promise<PublishedSnapshot> {
  const rows = await db
    .selectFrom('tree_versions')
    .select(['tree_id', (eb) => eb.fn.max('version').as('version')])
    .groupBy('tree_id')
    .execute();
  const cancelled = await db
    .selectFrom('tree_version_cancellations')
    .select(['tree_id', (eb) => eb.fn.countAll().as('count')])
    .groupBy('tree_id')
    .execute();
  const cancelledOf = new Map(cancelled.map((row) => [row.tree_id, Number(row.count)]));
  return new Map(
    rows.map((row) => [row.tree_id, `${Number(row.version)}:${cancelledOf.get(row.tree_id) ?? 0}`]),
  );
}

/** The trees with a version published or cancelled between two looks. */
export function treesPublishedSince(before: PublishedSnapshot, after: PublishedSnapshot): string[] {
  return [...after]
    .filter(([treeId, state]) => state !== before.get(treeId))
    .map(([treeId]) => treeId);
}
