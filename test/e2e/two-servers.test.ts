// Two app servers on one store: a publish on one is served by the
// other within two seconds, on PostgreSQL and on the embedded SQLite file.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import {
  postgresTestDatabase,
  postgresUnavailable,
  sqliteTestDatabase,
  type TestDatabase,
} from '../store/test-databases.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

async function publishedVersion(server: RunningServer): Promise<number | undefined> {
  const response = await fetch(`${server.url}/api/v1/trees`);
  const body = (await response.json()) as { trees: { id: string; version: number }[] };
  return body.trees.find((tree) => tree.id === 'hulpverlening')?.version;
}

function twoServers(kind: string, createDatabase: () => Promise<TestDatabase>, skip?: string) {
  describe(`two app servers on one ${kind} store`, { skip }, () => {
    let database: TestDatabase;
    let servers: RunningServer[] = [];
    let authorization: string;

    before(async () => {
      database = await createDatabase();
      const env: Record<string, string> = database.options.databaseUrl
        ? { DATABASE_URL: database.options.databaseUrl }
        : { DATA_DIR: database.options.dataDir ?? '' };
      // One after the other: the first seeds the default trees.
      servers.push(await startServer({ env }));
      servers.push(await startServer({ env }));
      const store = await database.open();
      try {
        const user = await store.createUser({
          email: 'beheer@example.nl',
          role: 'beheerder',
          passwordHash: null,
        });
        const token = newToken();
        await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'test' });
        authorization = `Bearer ${token}`;
      } finally {
        await store.close();
      }
    });

    after(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      servers = [];
      await database?.dispose();
    });

    it('serves a version published on the first server from the second within 2 seconds', async () => {
      const [first, second] = servers as [RunningServer, RunningServer];
      assert.equal(await publishedVersion(second), 1);
      const published = await fetch(`${first.url}/api/v1/admin/trees/hulpverlening/rollback`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: 1 }),
      });
      assert.equal(published.status, 201, await published.clone().text());
      const { version } = (await published.json()) as { version: number };
      const started = performance.now();
      while ((await publishedVersion(second)) !== version) {
        assert.ok(
          performance.now() - started < 2000,
          'the second server did not serve the new version within 2 s',
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  });
}

twoServers('SQLite', async () => sqliteTestDatabase());
twoServers('PostgreSQL', postgresTestDatabase, await postgresUnavailable());
