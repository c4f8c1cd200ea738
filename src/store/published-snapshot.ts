// The latest published version of every tree, and which trees moved between
// two looks: how SQLite is polled and how PostgreSQL catches up after losing
// its LISTEN connection.
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export type PublishedSnapshot = Map<string, number>;

export async function publishedSnapshot(db: Kysely<Database>): Promise<PublishedSnapshot> {
  const rows = await db
    .selectFrom('tree_versions')
    .select(['tree_id', (eb) => eb.fn.max('version').as('version')])
    .groupBy('tree_id')
    .execute();
  return new Map(rows.map((row) => [row.tree_id, Number(row.version)]));
}

export function treesPublishedSince(before: PublishedSnapshot, after: PublishedSnapshot): string[] {
  return [...after]
    .filter(([treeId, version]) => version > (before.get(treeId) ?? 0))
    .map(([treeId]) => treeId);
}
