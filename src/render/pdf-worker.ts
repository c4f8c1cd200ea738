// A worker thread that renders PDFs (bundled as dist/server/pdf-worker.mjs):
// PDFKit and fontkit run for tens of milliseconds without yielding, which on
// the main thread held up every walk page behind them.
import { parentPort } from 'node:worker_threads';
import { type PdfJob, renderPdfJob } from './pdf-job.ts';

export type PdfWorkerAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('pdf-worker runs as a worker thread only');

port.on('message', async ({ id, job }: { id: number; job: PdfJob }) => {
  try {
    const bytes = await renderPdfJob(job);
    port.postMessage({ id, bytes } satisfies PdfWorkerAnswer, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ id, error: message } satisfies PdfWorkerAnswer);
  }
});
