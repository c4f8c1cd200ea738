// Collects anonymous usage events in memory and adds them to the store in
// batches: a page never waits for the database. Events are summed
// per day and field combination at once, so memory holds counts, not events.
// A failed write is dropped with a log line that names no field or count.
import type { UsageEvent } from '../core/usage/usage-event.ts';
import type { UsageCountRow } from '../store/usage-store.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';

export interface UsageRecorder {
  /** Counts the events; never throws, never waits. */
  record(events: readonly UsageEvent[]): void;
  /** Writes what is pending now. */
  flush(): Promise<void>;
  /** Writes what is pending and stops counting (shutdown). */
  close(): Promise<void>;
}

export interface UsageRecorderOptions {
  /** Adds the counts to the store (`store.addUsageCounts`). */
  write: (rows: UsageCountRow[]) => Promise<void>;
  /** The clock; the day is taken in Europe/Amsterdam. */
  now: () => Date;
  /** Longest wait before pending counts are written. */
  flushAfterMs?: number;
  /** Write at once when this many different rows are pending. */
  maxPendingRows?: number;
  log?: (line: string) => void;
}

export function usageRecorder({
  write,
  now,
  flushAfterMs = 1000,
  maxPendingRows = 500,
  log = (line) => console.error(line),
}: UsageRecorderOptions): UsageRecorder {
  let pending = new Map<string, UsageCountRow>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let closed = false;

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return writing;
    const rows = [...pending.values()];
    pending = new Map();
    // One write at a time, in order; a failure loses this batch only.
    writing = writing.then(() =>
      write(rows).catch((error: unknown) => {
        log(
          `Usage counts could not be stored and were dropped: ${(error as Error)?.message ?? error}`,
        );
      }),
    );
    return writing;
  };

  return {
    record(events) {
      if (closed || events.length === 0) return;
      try {
        const day = amsterdamDate(now());
        for (const event of events) {
          const row: UsageCountRow = {
            day,
            kind: event.kind,
            treeId: event.treeId,
            treeVersion: event.treeVersion,
            orgType: event.orgType,
            nodeId: event.nodeId ?? '',
            outcomeId: event.outcomeId ?? '',
            verdict: event.verdict ?? '',
            count: 1,
          };
          const { count: _, ...key } = row;
          const id = JSON.stringify(Object.values(key));
          const found = pending.get(id);
          if (found) found.count += 1;
          else pending.set(id, row);
        }
        if (pending.size >= maxPendingRows) void flush();
        else if (!timer) {
          timer = setTimeout(() => void flush(), flushAfterMs);
          timer.unref?.();
        }
      } catch (error) {
        log(`Usage events could not be counted: ${(error as Error)?.message ?? error}`);
      }
    },
    flush,
    async close() {
      closed = true;
      await flush();
    },
  };
}
