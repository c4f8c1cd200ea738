import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeContract } from '../../test/store/store-contract.ts';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
} from '../../test/store/test-databases.ts';
import { listenerApplicationName } from './postgres-listener.ts';

const content = { tree: {}, scenarios: [] };
const postgresSkip = await postgresUnavailable();

storeContract('sqlite', async () => sqliteTestDatabase());
storeContract('postgres', postgresTestDatabase, postgresSkip);

describe('Store on postgres, beyond the contract', { skip: postgresSkip }, () => {
  it('migrates its own schema when another schema of the database holds a store', async () => {
    const [first, second] = [await postgresTestDatabase(), await postgresTestDatabase()];
    try {
      await (await first.open()).close();
      const store = await second.open();
      assert.deepEqual(await store.seedTrees([{ treeId: 'woonkans', content }], null), [
        'woonkans',
      ]);
      await store.close();
    } finally {
      await Promise.all([first.dispose(), second.dispose()]);
    }
  });

  it('reconnects a lost LISTEN connection and reports what was published meanwhile', async () => {
    const database = await postgresTestDatabase();
    const [watcher, publisher] = [await database.open(), await database.open()];
    try {
      const heard: string[] = [];
      const stop = await watcher.watchPublished((treeId) => heard.push(treeId));
      await database.execute(`select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = '${listenerApplicationName}:${database.schema}'`);
      await publisher.seedTrees([{ treeId: 'tijdens', content }], null);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await publisher.seedTrees([{ treeId: 'daarna', content }], null);
      await new Promise((resolve) => setTimeout(resolve, 500));
      stop();
      assert.deepEqual(heard, ['tijdens', 'daarna']);
    } finally {
      await Promise.all([watcher.close(), publisher.close()]);
      await database.dispose();
    }
  });
});
