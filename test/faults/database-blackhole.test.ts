// Fault test: the network to PostgreSQL silently drops every packet (no RST,
// no FIN — a firewall, a failed route, a frozen VM). Requests that need the
// database must fail within seconds instead of hanging; the public walk keeps
// working; once the network is back, the pool and the LISTEN connection heal
// by themselves — a publish made elsewhere meanwhile still reaches this server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import {
  postgresTestDatabase,
  postgresUnavailable,
  type TestDatabase,
} from '../store/test-databases.ts';
import { eventually } from '../support/eventually.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';
import { type TcpProxy, tcpProxy } from '../support/tcp-proxy.ts';

const skip = await postgresUnavailable();

describe('when the network to the database silently drops everything', { skip }, () => {
  let database: TestDatabase & { schema: string };
  let proxy: TcpProxy;
  let server: RunningServer;
  let store: Store;
  let bearer: string;

  before(async () => {
    database = await postgresTestDatabase();
    proxy = await tcpProxy({ host: '127.0.0.1', port: 5432 });
    const direct = new URL(database.options.databaseUrl ?? '');
    const viaProxy = new URL(direct);
    viaProxy.port = String(proxy.port);
    server = await startServer({ env: { DATABASE_URL: viaProxy.toString() } });
    store = await openStore({ databaseUrl: direct.toString() });
    const user = await store.createUser({
      email: 'zwartgat@woonkans.test',
      role: 'beheerder',
      passwordHash: null,
    });
    const token = newToken();
    await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'fault test' });
    bearer = `Bearer ${token}`;
  });

  after(async () => {
    await server?.stop();
    await store?.close();
    await proxy?.close();
    await database?.dispose();
  });

  const draft = () =>
    fetch(`${server.url}/api/v1/admin/trees/hulpverlening/draft`, {
      headers: { Authorization: bearer },
    });

  it('walks on, and answers 503 within seconds where the database is needed', async () => {
    assert.equal((await draft()).status, 200);
    proxy.blackhole();

    const started = Date.now();
    const waiting = draft();
    const walk = await fetch(`${server.url}/boom/hulpverlening`);
    assert.equal(walk.status, 200, 'the public walk does not wait for the database');
    // A walk waiting for the database would take the 15 s query limit.
    assert.ok(Date.now() - started < 8_000, 'the walk page came while the database hung');

    const refused = await waiting;
    assert.equal(refused.status, 503);
    assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.ok(Date.now() - started < 20_000, `hung for ${Date.now() - started} ms`);
    const again = Date.now();
    assert.equal((await draft()).status, 503);
    assert.ok(Date.now() - again < 20_000, 'a second request fails within seconds as well');
  });

  it('heals without a restart and hears a publish made elsewhere meanwhile', async () => {
    const [latest] = (await store.latestVersions()).filter((v) => v.treeId === 'hulpverlening');
    assert.ok(latest);
    const content = structuredClone(latest.content);
    const nodes = (content.tree as { nodes: { id: string; text?: string }[] }).nodes;
    const first = nodes.find((node) => node.id === 'ontruimd');
    assert.ok(first?.text);
    first.text = 'Is uw cliënt ontruimd? (tijdens het zwarte gat)';
    await store.publish('hulpverlening', content, 'tijdens het zwarte gat', null);

    proxy.restore();
    await eventually(async () => ((await draft()).status === 200 ? true : undefined), 30_000);
    await eventually(async () => {
      const walk = await (await fetch(`${server.url}/boom/hulpverlening`)).text();
      return walk.includes('(tijdens het zwarte gat)') ? true : undefined;
    }, 60_000);
  });
});
