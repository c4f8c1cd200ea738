import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { UsageEvent } from '../core/usage/usage-event.ts';
import type { UsageCountRow } from '../store/usage-store.ts';
import { usageRecorder } from './usage-recorder.ts';

const started: UsageEvent = {
  kind: 'walk-started',
  treeId: 'hulpverlening',
  treeVersion: 1,
  orgType: 'wij',
};

describe('usage recorder', () => {
  it('sums equal events per day into one row and writes them when closed', async () => {
    const batches: UsageCountRow[][] = [];
    let now = new Date('2026-11-28T22:30:00Z'); // 23:30 in Amsterdam
    const recorder = usageRecorder({
      write: async (rows) => {
        batches.push(rows);
      },
      now: () => now,
      flushAfterMs: 60_000,
    });
    recorder.record([started, started, { ...started, orgType: '' }]);
    now = new Date('2026-11-28T23:30:00Z'); // past midnight in Amsterdam
    recorder.record([started]);
    assert.equal(batches.length, 0, 'nothing is written before the flush');
    await recorder.close();
    assert.deepEqual(
      batches.flat().map((row) => [row.day, row.orgType, row.count]),
      [
        ['2026-11-28', 'wij', 2],
        ['2026-11-28', '', 1],
        ['2026-11-29', 'wij', 1],
      ],
    );
    recorder.record([started]);
    await recorder.flush();
    assert.equal(batches.length, 1, 'a closed recorder counts nothing more');
  });

  it('writes by itself after the wait, and at once when many rows are pending', async () => {
    const written: number[] = [];
    const recorder = usageRecorder({
      write: async (rows) => {
        written.push(rows.length);
      },
      now: () => new Date('2026-11-28T11:00:00Z'),
      flushAfterMs: 20,
      maxPendingRows: 3,
    });
    recorder.record([started]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(written, [1]);
    recorder.record(
      ['a', 'b', 'c'].map((nodeId) => ({ ...started, kind: 'question-shown', nodeId })),
    );
    await recorder.flush();
    assert.deepEqual(written, [1, 3]);
    await recorder.close();
  });

  it('drops a batch the store refuses, logs without counts or fields, and keeps counting', async () => {
    const lines: string[] = [];
    let fail = true;
    const stored: UsageCountRow[] = [];
    const recorder = usageRecorder({
      write: async (rows) => {
        if (fail) throw new Error('database is locked');
        stored.push(...rows);
      },
      now: () => new Date('2026-11-28T11:00:00Z'),
      flushAfterMs: 60_000,
      log: (line) => lines.push(line),
    });
    recorder.record([started]);
    await recorder.flush();
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0] ?? '', /hulpverlening|wij|2026/);
    fail = false;
    recorder.record([started]);
    await recorder.close();
    assert.deepEqual(
      stored.map((row) => row.count),
      [1],
    );
  });
});
