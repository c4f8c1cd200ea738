import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate } from 'node:timers/promises';
import { pdfText } from '../../test/support/pdf-read-back.ts';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { loadDefaultTrees } from '../content/default-content.ts';
import { type PdfJob, type PdfRenderer, renderPdfJob } from '../render/pdf-job.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import { createApp } from './app.ts';
import { PdfCache } from './pdf-cache.ts';
import { inMemoryCatalog, publishTree, type TreeCatalog } from './published-tree.ts';

const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';
const advice = `/boom/hulpverlening/advies.pdf?${answers}`;
const handout = `/boom/hulpverlening/uitleg-huurder.pdf?${answers}`;
const diagram = '/boom/hulpverlening/overzicht.pdf?formaat=a4';

/** Renders as the server does, counting each render; the job crosses a structured clone as it would to a worker. */
function countingRenderer(): { render: PdfRenderer; renders: PdfJob['kind'][] } {
  const renders: PdfJob['kind'][] = [];
  return {
    renders,
    render: (job) => {
      renders.push(job.kind);
      return renderPdfJob(structuredClone(job));
    },
  };
}

function appWith(
  options: { catalog?: TreeCatalog; now?: () => Date; render?: PdfRenderer; bytes?: number } = {},
) {
  return createApp({
    catalog: options.catalog ?? inMemoryCatalog(loadDefaultTrees()),
    assets: testAssets,
    now: options.now ?? (() => testNow),
    ...(options.render ? { renderPdf: options.render } : {}),
    ...(options.bytes === undefined ? {} : { pdfCacheBytes: options.bytes }),
  });
}

async function pdfOf(app: ReturnType<typeof createApp>, path: string): Promise<Uint8Array> {
  const response = await app.request(path);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  return new Uint8Array(await response.arrayBuffer());
}

/** A PDF of a given size, for the cache on its own. */
const job = { kind: 'diagram' } as PdfJob;
const sized = (size: number) => async () => new Uint8Array(size);

describe('PDFs through the app', () => {
  it('renders a PDF asked for twice once, and sends the same bytes both times', async () => {
    const { render, renders } = countingRenderer();
    const app = appWith({ render });
    for (const path of [advice, handout, diagram]) {
      const first = await pdfOf(app, path);
      const second = await pdfOf(app, path);
      assert.deepEqual(second, first, path);
    }
    assert.deepEqual(renders, ['advice', 'handout', 'diagram']);
    assert.ok(
      pdfText(await pdfOf(app, advice)).includes('Uw cliënt past bij het tweedekansbeleid'),
    );
  });

  it('takes the same walk asked in another order, or with answers off its path, as the same PDF', async () => {
    const { render, renders } = countingRenderer();
    const app = appWith({ render });
    const first = await pdfOf(app, advice);
    const reordered = answers.split('&').reverse().join('&');
    assert.deepEqual(await pdfOf(app, `/boom/hulpverlening/advies.pdf?${reordered}`), first);
    assert.deepEqual(await pdfOf(app, `${advice}&bewind_zonder_regeling=ja`), first);
    assert.deepEqual(renders, ['advice']);
  });

  it('renders two requests for the same PDF at the same time once', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const renders: PdfJob['kind'][] = [];
    const app = appWith({
      render: async (job) => {
        renders.push(job.kind);
        await gate;
        return renderPdfJob(job);
      },
    });
    const both = Promise.all([pdfOf(app, advice), pdfOf(app, advice)]);
    // Let both requests reach the cache while the first render is held.
    for (let turn = 0; turn < 20; turn++) await setImmediate();
    release();
    const [first, second] = await both;
    assert.deepEqual(second, first);
    assert.deepEqual(renders, ['advice']);
  });

  it('renders again after a new version is published', async () => {
    const [tree] = loadDefaultTrees().filter((candidate) => candidate.id === 'hulpverlening');
    assert.ok(tree);
    let inForce = publishTree(tree, 1);
    const catalog: TreeCatalog = {
      list: () => [inForce],
      get: async (treeId, version) =>
        treeId === tree.id && (version === undefined || version === inForce.version)
          ? inForce
          : undefined,
    };
    const { render, renders } = countingRenderer();
    const app = appWith({ catalog, render });
    await pdfOf(app, advice);
    await pdfOf(app, diagram);
    inForce = publishTree(tree, 2);
    assert.ok(pdfText(await pdfOf(app, advice)).includes('versie 2'));
    assert.ok(pdfText(await pdfOf(app, diagram)).includes('versie 2'));
    assert.deepEqual(renders, ['advice', 'diagram', 'advice', 'diagram']);
  });

  it('renders again the next day in Amsterdam, for a PDF computed for today', async () => {
    let now = testNow;
    const { render, renders } = countingRenderer();
    const app = appWith({ now: () => now, render });
    assert.ok(pdfText(await pdfOf(app, advice)).includes('Advies van 28 november 2026'));
    // 23:30 UTC on the 28th is already the 29th in Amsterdam.
    now = new Date('2026-11-28T23:30:00Z');
    assert.ok(pdfText(await pdfOf(app, advice)).includes('Advies van 29 november 2026'));
    assert.deepEqual(renders, ['advice', 'advice']);
  });

  it('lets the least recently used PDF go when the bound is reached', async () => {
    const { render, renders } = countingRenderer();
    // Room for about two advice PDFs (~48 KB each).
    const app = appWith({ render, bytes: 100_000 });
    const on = (day: number) => `${advice}&peildatum=2026-11-${day}`;
    await pdfOf(app, on(20));
    await pdfOf(app, on(21));
    await pdfOf(app, on(20));
    await pdfOf(app, on(22));
    assert.equal(renders.length, 3);
    await pdfOf(app, on(20));
    await pdfOf(app, on(22));
    assert.equal(renders.length, 3, 'the two most recently used are still there');
    await pdfOf(app, on(21));
    assert.equal(renders.length, 4, 'the least recently used was let go');
  });
});

describe('the PDF cache', () => {
  it('shared by regions, keeps the same request of two regions apart, within one bound', async () => {
    let made = 0;
    const cache = new PdfCache({
      render: async () => new Uint8Array(10 + made++),
      today: () => amsterdamDate(testNow),
      maxBytes: 1000,
    });
    const groningen = cache.scoped('groningen');
    const westerkwartier = cache.scoped('westerkwartier');
    const ours = await groningen.pdf('/boom/hulpverlening/advies.pdf?a=1', 1, () => job);
    const theirs = await westerkwartier.pdf('/boom/hulpverlening/advies.pdf?a=1', 1, () => job);
    assert.notEqual(theirs.length, ours.length);
    assert.equal(await groningen.pdf('/boom/hulpverlening/advies.pdf?a=1', 1, () => job), ours);
    assert.equal(made, 2);
    assert.equal(cache.bytes, 21);
  });

  it('keeps its PDFs within its byte bound and never keeps one larger than the bound', async () => {
    const cache = new PdfCache({
      render: sized(0),
      today: () => amsterdamDate(testNow),
      maxBytes: 100,
    });
    for (let request = 0; request < 20; request++) {
      await cache.pdf(`/a?${request}`, 1, () => job);
      assert.ok(cache.bytes <= 100, `${cache.bytes} bytes after ${request + 1} PDFs`);
    }
    const big = new PdfCache({
      render: sized(101),
      today: () => amsterdamDate(testNow),
      maxBytes: 100,
    });
    assert.equal((await big.pdf('/big', 1, () => job)).length, 101);
    assert.equal(big.bytes, 0);
    assert.equal(big.size, 0);
  });

  it('counts what each PDF holds and lets the oldest go first', async () => {
    let size = 40;
    const cache = new PdfCache({
      render: async () => new Uint8Array(size),
      today: () => amsterdamDate(testNow),
      maxBytes: 100,
    });
    await cache.pdf('/one', 1, () => job);
    await cache.pdf('/two', 1, () => job);
    assert.equal(cache.bytes, 80);
    size = 30;
    await cache.pdf('/three', 1, () => job);
    assert.equal(cache.bytes, 70);
    assert.equal(cache.size, 2);
  });

  it('forgets a failed render, so the next request tries again', async () => {
    let attempts = 0;
    const cache = new PdfCache({
      render: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('font missing');
        return new Uint8Array(10);
      },
      today: () => amsterdamDate(testNow),
    });
    await assert.rejects(
      cache.pdf('/a', 1, () => job),
      /font missing/,
    );
    assert.equal((await cache.pdf('/a', 1, () => job)).length, 10);
    assert.equal(attempts, 2);
  });

  it('holds nothing from an earlier day once the day is over', async () => {
    let now = testNow;
    const cache = new PdfCache({ render: sized(10), today: () => amsterdamDate(now) });
    await cache.pdf('/a', 1, () => job);
    await cache.pdf('/b', 1, () => job);
    assert.equal(cache.size, 2);
    now = new Date('2026-11-29T11:00:00Z');
    await cache.pdf('/c', 1, () => job);
    assert.equal(cache.size, 1);
    assert.equal(cache.bytes, 10);
  });
});
