// The install's list of regions, kept in the main store. Definitions are
// stored as given (JSON text); the caller validates them (core/regions) and
// writes the audit entry.
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { StoreDialect } from './store-dialect.ts';

export interface RegionRecord {
  id: string;
  /** The region's definition as saved (see core/regions/region.ts). */
  definition: unknown;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RegionMethods {
  /** Every region, by id. */
  regions(): Promise<RegionRecord[]>;
  region(id: string): Promise<RegionRecord | undefined>;
  /** False when a region with this id exists already. */
  createRegion(id: string, definition: unknown, actor: string | null): Promise<boolean>;
  /** False when there is no such region. */
  updateRegion(id: string, definition: unknown, actor: string | null): Promise<boolean>;
}

type Row = Database['regions'];

const toRecord = (row: Row): RegionRecord => ({
  id: row.id,
  definition: JSON.parse(row.definition),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

export function regionStore(db: Kysely<Database>, dialect: StoreDialect): RegionMethods {
  return {
    async regions() {
      const rows = await db.selectFrom('regions').selectAll().orderBy('id').execute();
      return rows.map(toRecord);
    },
    async region(id) {
      const row = await db
        .selectFrom('regions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async createRegion(id, definition, actor) {
      const at = new Date().toISOString();
      try {
        await db
          .insertInto('regions')
          .values({
            id,
            definition: JSON.stringify(definition),
            created_at: at,
            updated_at: at,
            updated_by: actor,
          })
          .execute();
        return true;
      } catch (error) {
        if (dialect.isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async updateRegion(id, definition, actor) {
      const result = await db
        .updateTable('regions')
        .set({
          definition: JSON.stringify(definition),
          updated_at: new Date().toISOString(),
          updated_by: actor,
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
