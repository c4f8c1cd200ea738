// PDFs rendered in worker threads, so a flood of PDF requests leaves the event
// loop to the walk pages. Workers start with the first PDF (not at start-up:
// the cold start has a budget), keep the process alive only while they have
// jobs, and a worker that dies takes only its own jobs with it. Jobs wait in
// the worker's message queue.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfRenderer } from './pdf-job.ts';
import type { PdfWorkerAnswer } from './pdf-worker.ts';

interface Waiting {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

interface Running {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

/** One per core the main thread leaves free, at most two: each holds its own PDFKit and fonts. */
export const defaultPdfWorkerCount = Math.min(2, Math.max(1, availableParallelism() - 1));

export function pdfWorkers(script: URL, count = defaultPdfWorkerCount): PdfRenderer {
  const running: Running[] = [];
  let nextId = 0;

  const start = (): Running => {
    const entry: Running = { worker: new Worker(script), waiting: new Map() };
    entry.worker.on('message', (answer: PdfWorkerAnswer) => {
      const waiting = entry.waiting.get(answer.id);
      if (!waiting) return;
      entry.waiting.delete(answer.id);
      if (entry.waiting.size === 0) entry.worker.unref();
      if ('bytes' in answer) waiting.resolve(answer.bytes);
      else waiting.reject(new Error(`PDF rendering failed: ${answer.error}`));
    });
    const stopped = (error: Error) => {
      const index = running.indexOf(entry);
      if (index !== -1) running.splice(index, 1);
      for (const waiting of entry.waiting.values()) waiting.reject(error);
      entry.waiting.clear();
    };
    entry.worker.on('error', stopped);
    entry.worker.on('exit', (code) =>
      stopped(new Error(`the PDF worker stopped (exit code ${code})`)),
    );
    // After the listeners: adding a 'message' listener refs the worker again.
    entry.worker.unref();
    running.push(entry);
    return entry;
  };

  /** The least busy worker; a new one when every worker is busy and there is room. */
  const pick = (): Running => {
    let best: Running | undefined;
    for (const entry of running) if (!best || entry.waiting.size < best.waiting.size) best = entry;
    if (best && (best.waiting.size === 0 || running.length >= count)) return best;
    return start();
  };

  return (job) =>
    new Promise((resolve, reject) => {
      const entry = pick();
      const id = nextId++;
      if (entry.waiting.size === 0) entry.worker.ref();
      entry.waiting.set(id, { resolve, reject });
      try {
        entry.worker.postMessage({ id, job });
      } catch (error) {
        entry.waiting.delete(id);
        if (entry.waiting.size === 0) entry.worker.unref();
        reject(error);
      }
    });
}
