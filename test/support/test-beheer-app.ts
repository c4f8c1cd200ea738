// An app with beheer, over a throw-away SQLite store in memory seeded with the
// default trees, for socket-free tests (`app.request(path)`).

import { defaultTreeContents, loadSharedRules } from '../../src/content/default-content.ts';
import { SharedRulesAdmin } from '../../src/services/shared-rules-admin.ts';
import { TreeAdmin } from '../../src/services/tree-admin.ts';
import { openStore } from '../../src/store/open-store.ts';
import { amsterdamDate } from '../../src/views/amsterdam-date.ts';
import { createApp } from '../../src/web/app.ts';
import { storeCatalog } from '../../src/web/store-catalog.ts';
import { testAssets, testNow } from './test-app.ts';

export interface TestBeheerAppOptions {
  /** The app's clock; pass a function over a variable to move time in a test. */
  now?: () => Date;
  secureCookies?: boolean;
  /**
   * False: a store without the shared rules (as before they existed), where
   * every parameter is the tree's own — for tests of the tree editor that
   * change a period such as regeling_maanden inside one tree.
   */
  sharedRules?: boolean;
}

export async function testBeheerApp(options: TestBeheerAppOptions = {}) {
  const store = await openStore({ dataDir: ':memory:' });
  // One clock for the store's first versions, the catalog, the services and the app.
  const now = options.now ?? (() => testNow);
  const today = () => amsterdamDate(now());
  await store.seedTrees(defaultTreeContents(), null, today());
  if (options.sharedRules !== false)
    await new SharedRulesAdmin(store, undefined, today).seed(loadSharedRules());
  const catalog = await storeCatalog(store, { today });
  const admin = new TreeAdmin(store, () => catalog.refresh(), today);
  const app = createApp({
    catalog,
    assets: testAssets,
    now,
    store,
    admin,
    ...(options.secureCookies ? { secureCookies: true } : {}),
  });
  return {
    app,
    store,
    admin,
    async close() {
      catalog.close();
      await store.close();
    },
  };
}
