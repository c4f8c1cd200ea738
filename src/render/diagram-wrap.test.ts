// Review D3: a 10,000-character word kept the server busy for 369 s, because a
// word longer than a line was cut by shortening it one character at a time.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type ServerType, serve } from '@hono/node-server';
import { testAssets, testNow } from '../../test/support/test-app.ts';
import { loadDefaultTrees } from '../content/default-content.ts';
import type { Tree } from '../core/tree/tree.ts';
import { createApp } from '../web/app.ts';
import { inMemoryCatalog } from '../web/published-tree.ts';
import { textWidth } from './diagram-font.ts';
import { layoutTree } from './diagram-layout.ts';
import { wrapText } from './diagram-wrap.ts';

const longWord = 'Q'.repeat(10_000);

/**
 * The bug took 369 s; linear wrapping takes milliseconds. The limit catches
 * the bug with a wide margin and holds on a busy machine; the bench measures
 * the real time.
 */
const limitMs = 10_000;

/** The default trees, with the first question's text one unbreakable word. */
function treesWithLongWord(): Tree[] {
  const trees = loadDefaultTrees();
  const first = trees[0] as Tree;
  const node = first.nodes[0];
  assert.ok(node && 'text' in node);
  node.text = longWord;
  return trees;
}

describe('wrapText', () => {
  it('keeps words whole and fills lines greedily', () => {
    assert.deepEqual(wrapText('een twee drie vier', textWidth('een twee', 10) + 0.01, 10), [
      'een twee',
      'drie vier',
    ]);
  });

  it('cuts a word longer than a line into pieces that fit, losing nothing', () => {
    const lines = wrapText(`kort ${'W'.repeat(50)} eind`, 60, 10);
    for (const line of lines) assert.ok(textWidth(line, 10) <= 60 || line.length === 1, line);
    assert.equal(lines.join('').replaceAll(' ', ''), `kort${'W'.repeat(50)}eind`);
  });

  it('wraps a 10,000-character word in moments, not minutes', () => {
    const started = performance.now();
    const lines = wrapText(longWord, 200, 11);
    assert.ok(performance.now() - started < limitMs, `${performance.now() - started} ms`);
    assert.equal(lines.join(''), longWord);
  });

  it('lays out a tree with a 10,000-character word in moments, not minutes', async () => {
    const tree = treesWithLongWord()[0] as Tree;
    await layoutTree(tree); // load the font and layout engine first
    const started = performance.now();
    await layoutTree({ ...tree, nodes: [...tree.nodes] });
    const took = performance.now() - started;
    assert.ok(took < limitMs, `layout took ${took.toFixed(0)} ms`);
  });
});

describe('a diagram with a 10,000-character word on a running server', () => {
  let server: ServerType;
  let base: string;
  let treeId: string;
  before(async () => {
    const trees = treesWithLongWord();
    treeId = (trees[0] as Tree).id;
    const app = createApp({
      catalog: inMemoryCatalog(trees),
      assets: testAssets,
      now: () => testNow,
    });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('renders in moments and does not hold up another request for long', async () => {
    const started = performance.now();
    const diagram = fetch(`${base}/boom/${treeId}/overzicht.svg`).then(async (response) => {
      await response.text();
      return { status: response.status, took: performance.now() - started };
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const healthStarted = performance.now();
    const health = await fetch(`${base}/health`);
    const healthTook = performance.now() - healthStarted;
    assert.equal(health.status, 200);
    const svg = await diagram;
    assert.equal(svg.status, 200);
    assert.ok(svg.took < limitMs, `diagram took ${svg.took.toFixed(0)} ms`);
    assert.ok(healthTook < limitMs, `/health waited ${healthTook.toFixed(0)} ms`);
  });
});
