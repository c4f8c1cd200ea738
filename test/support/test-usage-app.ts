// An app with beheer and a usage recorder over a throw-away SQLite store in
// memory, for socket-free usage tests. The recorder writes only when flushed
// (a long timer), so a test decides when counts reach the store.

import { defaultTreeContents } from '../../src/content/default-content.ts';
import { TreeAdmin } from '../../src/services/tree-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createApp } from '../../src/web/app.ts';
import { storeCatalog } from '../../src/web/store-catalog.ts';
import { usageRecorder } from '../../src/web/usage-recorder.ts';
import { testAssets, testNow } from './test-app.ts';

export async function testUsageApp(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => testNow);
  const store = await openStore({ dataDir: ':memory:' });
  await store.seedTrees(defaultTreeContents(), null);
  const catalog = await storeCatalog(store);
  const admin = new TreeAdmin(store, () => catalog.refresh());
  const usage = usageRecorder({
    write: (rows) => store.addUsageCounts(rows),
    now,
    flushAfterMs: 60_000,
  });
  const app = createApp({ catalog, assets: testAssets, now, store, admin, usage });
  return {
    app,
    store,
    usage,
    async close() {
      await usage.close();
      catalog.close();
      await store.close();
    },
  };
}
