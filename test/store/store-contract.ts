// One behaviour suite for every Store adapter (like Hono's runtime-tests):
// store.test.ts runs it on SQLite and on PostgreSQL. Each test gets a fresh
// database. Note: on SQLite, two store instances in one process must not run
// transactions at the same time (one would busy-wait, blocking the other), so
// cross-instance concurrency of publishes is tested with two processes.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { accountContract } from './account-contract.ts';
import { type ContractContext, sampleContent } from './contract-context.ts';
import { evaluationContract } from './evaluation-contract.ts';
import { figureContract } from './figure-contract.ts';
import type { TestDatabase } from './test-databases.ts';
import { treeContract } from './tree-contract.ts';
import { usageContract } from './usage-contract.ts';

export function storeContract(
  kind: Store['kind'],
  createDatabase: () => Promise<TestDatabase>,
  skip?: string,
): void {
  describe(`Store on ${kind}`, { skip }, () => {
    let database: TestDatabase;
    let store: Store;
    const others: Store[] = [];
    const ctx: ContractContext = {
      get store() {
        return store;
      },
      get database() {
        return database;
      },
      async another() {
        const instance = await database.open();
        others.push(instance);
        return instance;
      },
      seed: (...treeIds) =>
        store.seedTrees(
          treeIds.map((treeId) => ({ treeId, content: sampleContent(treeId) })),
          null,
        ),
    };

    beforeEach(async () => {
      database = await createDatabase();
      store = await database.open();
    });
    afterEach(async () => {
      await Promise.all([store, ...others.splice(0)].map((instance) => instance.close()));
      await database.dispose();
    });

    it(`is a ${kind} store whose migrations run once`, async () => {
      assert.equal(store.kind, kind);
      const applied: string[][] = [];
      const reopened = await openStore({
        ...database.options,
        onMigrated: (names) => applied.push(names),
      });
      others.push(reopened);
      await reopened.migrate();
      assert.deepEqual(applied, [[], []]);
      assert.deepEqual(await reopened.treeIds(), []);
    });

    treeContract(ctx);
    accountContract(ctx);
    evaluationContract(ctx);
    usageContract(ctx);
    figureContract(ctx);
  });
}
