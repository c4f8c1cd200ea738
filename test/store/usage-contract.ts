// The store contract: anonymous usage counts are added up per day
// and field combination, and read back per month and per year.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { UsageCountRow } from '../../src/store/usage-store.ts';
import type { ContractContext } from './contract-context.ts';

function row(day: string, kind: string, fields: Partial<UsageCountRow> = {}): UsageCountRow {
  return {
    day,
    kind,
    treeId: 'woonkans',
    treeVersion: 1,
    orgType: '',
    nodeId: '',
    outcomeId: '',
    verdict: '',
    count: 1,
    ...fields,
  };
}

export function usageContract(ctx: ContractContext): void {
  it('adds usage counts to what is stored, also within one call', async () => {
    const { store } = ctx;
    await store.addUsageCounts([
      row('2025-03-01', 'walk-started', { orgType: 'wij', count: 2 }),
      row('2025-03-01', 'walk-started', { orgType: 'wij', count: 3 }),
    ]);
    await store.addUsageCounts([row('2025-03-01', 'walk-started', { orgType: 'wij', count: 4 })]);
    await store.addUsageCounts([]);
    const rows = await store.rawUsageRows();
    assert.equal(rows.length, 1);
    assert.equal(Number(rows[0]?.count), 9);
    assert.deepEqual(Object.keys(rows[0] ?? {}).sort(), [
      'count',
      'day',
      'kind',
      'node_id',
      'org_type',
      'outcome_id',
      'tree_id',
      'tree_version',
      'verdict',
    ]);
  });

  it('sums outcome counts per calendar year, only for the outcomes asked', async () => {
    const { store } = ctx;
    await store.addUsageCounts([
      row('2024-12-31', 'outcome-reached', { outcomeId: 'a', verdict: 'ja', count: 2 }),
      row('2025-01-01', 'outcome-reached', { outcomeId: 'a', verdict: 'nee', count: 3 }),
      row('2025-06-01', 'outcome-reached', { outcomeId: 'a', verdict: 'ja', treeVersion: 2 }),
      row('2025-06-01', 'outcome-reached', { outcomeId: 'b', count: 5 }),
      row('2025-06-01', 'outcome-reached', { outcomeId: 'c', count: 7 }),
      row('2025-06-01', 'advice-printed', { outcomeId: 'a', count: 11 }),
    ]);
    assert.deepEqual(await store.outcomeCountsPerYear(['a', 'b']), [
      { year: 2024, outcomeId: 'a', count: 2 },
      { year: 2025, outcomeId: 'a', count: 4 },
      { year: 2025, outcomeId: 'b', count: 5 },
    ]);
    assert.deepEqual(await store.outcomeCountsPerYear([]), []);
  });

  it('reads the counts of a period per month, filtered by tree and organisation', async () => {
    const { store } = ctx;
    await store.addUsageCounts([
      row('2025-01-31', 'walk-started', { orgType: 'wij' }),
      row('2025-02-01', 'walk-started', { orgType: 'wij', count: 2 }),
      row('2025-02-28', 'walk-started', { orgType: 'wij', count: 3 }),
      row('2025-02-10', 'walk-started', { orgType: 'corporatie' }),
      row('2025-02-10', 'walk-started', { treeId: 'anders', orgType: 'wij' }),
      row('2025-03-01', 'walk-started', { orgType: 'wij' }),
    ]);
    const february = await store.usagePerMonth({
      fromDay: '2025-02-01',
      toDay: '2025-02-28',
      treeId: 'woonkans',
      orgType: 'wij',
    });
    assert.deepEqual(february, [
      {
        month: '2025-02',
        kind: 'walk-started',
        treeId: 'woonkans',
        treeVersion: 1,
        orgType: 'wij',
        nodeId: '',
        outcomeId: '',
        verdict: '',
        count: 5,
      },
    ]);
    const all = await store.usagePerMonth({ fromDay: '2025-01-01', toDay: '2025-12-31' });
    assert.deepEqual(
      all.map((entry) => [entry.month, entry.treeId, entry.orgType, entry.count]).sort(),
      [
        ['2025-01', 'woonkans', 'wij', 1],
        ['2025-02', 'anders', 'wij', 1],
        ['2025-02', 'woonkans', 'corporatie', 1],
        ['2025-02', 'woonkans', 'wij', 5],
        ['2025-03', 'woonkans', 'wij', 1],
      ],
    );
  });
}
