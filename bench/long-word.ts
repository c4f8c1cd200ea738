// A diagram of a tree whose first question is one 10,000-character word (the
// review's attack: it once kept the server busy for 369 s): how long the SVG
// takes, and how long /health waits meanwhile. In-process, on a fresh app, so
// no cache helps.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadDefaultTrees } from '../src/content/default-content.ts';
import type { Tree } from '../src/core/tree/tree.ts';
import { createApp } from '../src/web/app.ts';
import { inMemoryCatalog } from '../src/web/published-tree.ts';
import { testAssets, testNow } from '../test/support/test-app.ts';

export interface LongWordResult {
  diagramMs: number;
  healthMs: number;
}

export async function longWordDiagram(): Promise<LongWordResult> {
  const trees = loadDefaultTrees();
  const tree = trees[0] as Tree;
  const node = tree.nodes[0];
  if (!node || !('text' in node)) throw new Error('the first node has no text');
  node.text = 'Q'.repeat(10_000);
  const app = createApp({
    catalog: inMemoryCatalog(trees),
    assets: testAssets,
    now: () => testNow,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const running = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(running),
    );
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // Warm the font and layout engine on the normal tree first.
    await (await fetch(`${base}/boom/${trees[1]?.id}/overzicht.svg`)).text();
    const started = performance.now();
    const diagram = fetch(`${base}/boom/${tree.id}/overzicht.svg`).then(async (response) => {
      await response.text();
      return performance.now() - started;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const healthStarted = performance.now();
    await (await fetch(`${base}/health`)).text();
    const healthMs = performance.now() - healthStarted;
    return { diagramMs: await diagram, healthMs };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
