// The anonymous usage counts (SPEC §8): counts are only ever added
// to (an upsert per day and field combination) and read back summed per
// month or per year. No method stores or returns anything per walk.
import { type Kysely, sql } from 'kysely';
import type { UsageCount } from '../core/usage/usage-dashboard.ts';
import type { Database } from './database.ts';
import type { StoreDialect } from './store-dialect.ts';

/** One count to add: every field but `count` is part of the key; '' when absent. */
/** A stored count: the allowed fields of SPEC §8, the day and how often. */
export interface UsageCountRow extends Omit<UsageCount, 'month'> {
  /** YYYY-MM-DD, Europe/Amsterdam. */
  day: string;
}

/** Counts summed per calendar month (YYYY-MM) over every day in it. */
export type UsageMonthRow = UsageCount;

export interface UsageQuery {
  /** First day included, YYYY-MM-DD. */
  fromDay: string;
  /** Last day included, YYYY-MM-DD. */
  toDay: string;
  treeId?: string;
  orgType?: string;
}

export interface UsageMethods {
  /** Adds the counts to what is stored (rows with the same key are summed). */
  addUsageCounts(rows: readonly UsageCountRow[]): Promise<void>;
  /** Outcome-reached counts per calendar year of `day`, for the given outcomes. */
  outcomeCountsPerYear(
    outcomeIds: readonly string[],
  ): Promise<{ year: number; outcomeId: string; count: number }[]>;
  /** The counts of a period, summed per month, ordered by month. */
  usagePerMonth(query: UsageQuery): Promise<UsageMonthRow[]>;
  /** Every stored row exactly as the database returns it (for the privacy tests). */
  rawUsageRows(): Promise<Record<string, unknown>[]>;
}

/** The allowed fields of a count (SPEC §8); with the day they make its key. */
const fieldColumns = [
  'kind',
  'tree_id',
  'tree_version',
  'org_type',
  'node_id',
  'outcome_id',
  'verdict',
] as const;
const keyColumns = ['day', ...fieldColumns] as const;

/** Rows per statement: 9 parameters each stays far below both databases' limits. */
const chunkSize = 500;

export function usageStore(db: Kysely<Database>, _dialect: StoreDialect): UsageMethods {
  return {
    async addUsageCounts(rows) {
      const merged = mergeRows(rows);
      if (merged.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < merged.length; start += chunkSize) {
          await trx
            .insertInto('usage_counts')
            .values(
              merged.slice(start, start + chunkSize).map((row) => ({
                day: row.day,
                kind: row.kind,
                tree_id: row.treeId,
                tree_version: row.treeVersion,
                org_type: row.orgType,
                node_id: row.nodeId,
                outcome_id: row.outcomeId,
                verdict: row.verdict,
                count: row.count,
              })),
            )
            .onConflict((conflict) =>
              conflict.columns(keyColumns).doUpdateSet({
                count: sql<number>`usage_counts.count + excluded.count`,
              }),
            )
            .execute();
        }
      });
    },

    async outcomeCountsPerYear(outcomeIds) {
      if (outcomeIds.length === 0) return [];
      const year = sql<string>`substr(day, 1, 4)`;
      const rows = await db
        .selectFrom('usage_counts')
        .select([year.as('year'), 'outcome_id', sql<string>`sum(count)`.as('total')])
        .where('kind', '=', 'outcome-reached')
        .where('outcome_id', 'in', [...outcomeIds])
        .groupBy([year, 'outcome_id'])
        .orderBy(year)
        .orderBy('outcome_id')
        .execute();
      return rows.map((row) => ({
        year: Number(row.year),
        outcomeId: row.outcome_id,
        count: Number(row.total),
      }));
    },

    async usagePerMonth({ fromDay, toDay, treeId, orgType }) {
      const month = sql<string>`substr(day, 1, 7)`;
      let query = db
        .selectFrom('usage_counts')
        .select([month.as('month'), ...fieldColumns, sql<string>`sum(count)`.as('total')])
        .where('day', '>=', fromDay)
        .where('day', '<=', toDay);
      if (treeId !== undefined) query = query.where('tree_id', '=', treeId);
      if (orgType !== undefined) query = query.where('org_type', '=', orgType);
      const rows = await query
        .groupBy([month, ...fieldColumns])
        .orderBy(month)
        .execute();
      return rows.map((row) => ({
        month: row.month,
        kind: row.kind,
        treeId: row.tree_id,
        treeVersion: Number(row.tree_version),
        orgType: row.org_type,
        nodeId: row.node_id,
        outcomeId: row.outcome_id,
        verdict: row.verdict,
        count: Number(row.total),
      }));
    },

    async rawUsageRows() {
      return db.selectFrom('usage_counts').selectAll().orderBy('day').execute();
    },
  };
}

/** Sums rows with the same key, so one statement never names a key twice (PostgreSQL refuses that). */
function mergeRows(rows: readonly UsageCountRow[]): UsageCountRow[] {
  const byKey = new Map<string, UsageCountRow>();
  for (const row of rows) {
    if (!Number.isInteger(row.count) || row.count <= 0) continue;
    const key = JSON.stringify([
      row.day,
      row.kind,
      row.treeId,
      row.treeVersion,
      row.orgType,
      row.nodeId,
      row.outcomeId,
      row.verdict,
    ]);
    const found = byKey.get(key);
    if (found) found.count += row.count;
    else byKey.set(key, { ...row });
  }
  return [...byKey.values()];
}
