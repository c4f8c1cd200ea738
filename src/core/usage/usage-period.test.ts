import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usagePeriod } from './usage-period.ts';

describe('usagePeriod', () => {
  it('ends a period on the last day of its last month, leap years included', () => {
    const ends: [string, string][] = [
      ['2024-02', '2024-02-29'],
      ['2023-02', '2023-02-28'],
      ['1900-02', '1900-02-28'],
      ['2000-02', '2000-02-29'],
      ['2026-04', '2026-04-30'],
      ['2026-12', '2026-12-31'],
    ];
    for (const [month, last] of ends) {
      const period = usagePeriod(month, month, '2026-12-06');
      assert.ok(!Array.isArray(period));
      assert.equal(period.toDay, last, month);
      assert.equal(period.fromDay, `${month}-01`);
    }
  });

  it('takes the twelve months up to today by default', () => {
    const period = usagePeriod(undefined, '', '2026-12-06');
    assert.ok(!Array.isArray(period));
    assert.equal(period.from, '2026-01');
    assert.equal(period.to, '2026-12');
    assert.equal(period.months.length, 12);
  });
});
