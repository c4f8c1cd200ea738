// The worker pool on its own, with a stand-in worker script (plain JavaScript,
// no PDF library): the real worker runs in the built server, where
// test/wire/pdf-worker.test.ts asks it for every kind of PDF.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { PdfJob } from './pdf-job.ts';
import { pdfWorkers } from './pdf-workers.ts';

const folder = mkdtempSync(join(tmpdir(), 'wkb-pdf-workers-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Answers a job with its title as bytes; "fail" with an error, "crash" by ending the thread. */
const standIn = pathToFileURL(join(folder, 'stand-in-worker.mjs'));
writeFileSync(
  standIn,
  `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, job }) => {
  const title = job.handout.title;
  if (title === 'crash') process.exit(3);
  if (title === 'fail') parentPort.postMessage({ id, error: 'no glyph' });
  else parentPort.postMessage({ id, bytes: new TextEncoder().encode(title + ' ' + threadId) });
});
`,
);

const job = (title: string) =>
  ({
    kind: 'handout',
    handout: { title, deadline: '', body: '', printed: '' },
    created: new Date(0),
  }) satisfies PdfJob;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('PDF worker threads', () => {
  it('answer every job with its own PDF, many at once, on at most the given number of threads', async () => {
    const render = pdfWorkers(standIn, 2);
    const titles = Array.from({ length: 30 }, (_, index) => `pdf-${index}`);
    const answers = (await Promise.all(titles.map((title) => render(job(title))))).map(text);
    assert.deepEqual(
      answers.map((answer) => answer.split(' ')[0]),
      titles,
    );
    const threads = new Set(answers.map((answer) => answer.split(' ')[1]));
    assert.ok(threads.size >= 1 && threads.size <= 2, `${threads.size} threads`);
  });

  it('refuse a job the worker could not render, and go on with the next', async () => {
    const render = pdfWorkers(standIn, 1);
    await assert.rejects(render(job('fail')), /PDF rendering failed: no glyph/);
    assert.match(text(await render(job('next'))), /^next /);
  });

  it('refuse the jobs of a thread that died, and start a new one for the next job', {
    timeout: 20_000,
  }, async () => {
    const render = pdfWorkers(standIn, 1);
    const before = text(await render(job('before')));
    await assert.rejects(render(job('crash')), /the PDF worker stopped \(exit code 3\)/);
    const afterwards = text(await render(job('after')));
    assert.match(afterwards, /^after /);
    assert.notEqual(afterwards.split(' ')[1], before.split(' ')[1], 'a new thread');
  });
});
