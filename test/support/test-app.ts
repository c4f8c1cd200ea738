// An app over the default content with a fixed clock, for socket-free tests
// (`app.request(path)`), in the manner of Hono's own tests.
import { loadDefaultTrees } from '../../src/content/default-content.ts';
import { createApp } from '../../src/web/app.ts';
import { inMemoryCatalog } from '../../src/web/published-tree.ts';

export const testAssets = {
  css: '/static/site.test.css',
  beheerCss: '/static/beheer.test.css',
  walkScript: '/static/walk.test.js',
};

/** 28 November 2026, noon in Amsterdam. */
export const testNow = new Date('2026-11-28T11:00:00Z');

export function testApp(options: { now?: Date; log?: (line: string) => void } = {}) {
  return createApp({
    catalog: inMemoryCatalog(loadDefaultTrees()),
    assets: testAssets,
    now: () => options.now ?? testNow,
    ...(options.log ? { log: options.log } : {}),
  });
}
