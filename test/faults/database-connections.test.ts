// Fault test: PostgreSQL ends every connection of a running
// server three times while walk pages and evaluation answers are in flight
// (pg_terminate_backend, as a restart, failover or network reset does). The
// process stays up, walks answer 200 throughout, answers are refused with a
// Dutch 503 while the connections are gone and taken again afterwards, and
// every acknowledged answer is stored.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { defaultTreeContents } from '../../src/content/default-content.ts';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import { allStatements } from '../../src/core/evaluation/evaluation-form.ts';
import { responseFields } from '../../src/core/evaluation/evaluation-response.ts';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { postgresUnavailable } from '../store/test-databases.ts';
import { eventually } from '../support/eventually.ts';
import { type FaultDatabase, faultDatabase } from '../support/fault-database.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const skip = await postgresUnavailable();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function answers(key: string): URLSearchParams {
  return new URLSearchParams({
    sleutel: key,
    ...Object.fromEntries(
      allStatements(defaultEvaluationForm).map((statement) => [
        responseFields.score(statement.id),
        '4',
      ]),
    ),
  });
}

describe('PostgreSQL ends all connections of the server, three times, under load', { skip }, () => {
  let database: FaultDatabase;
  let server: RunningServer;
  let store: Store;
  let round: { id: number; slug: string };

  before(async () => {
    database = await faultDatabase();
    store = await openStore({ databaseUrl: database.url });
    const form = await store.saveEvaluationForm(defaultEvaluationForm, null);
    round = await store.createEvaluationRound({
      title: 'Ronde tijdens het verbreken',
      slug: randomBytes(18).toString('base64url'),
      formId: form.id,
      opensOn: '2000-01-01',
      closesOn: '2999-12-31',
      createdBy: null,
    });
    await store.close();
    server = await startServer({ env: { DATABASE_URL: database.url, RATE_LIMITS: 'off' } });
  });

  after(async () => {
    await server?.stop();
    await database?.dispose();
  });

  it('stays up, keeps walking, refuses writes in Dutch and loses nothing acknowledged', async () => {
    const acknowledged: string[] = [];
    const refused: string[] = [];
    const failures: string[] = [];
    let walks = 0;
    let running = true;
    let next = 0;

    const walker = async () => {
      while (running) {
        const response = await fetch(`${server.url}/boom/hulpverlening?ontruimd=ja`).catch(
          (error: Error) => ({ status: `no answer (${error.message})`, text: async () => '' }),
        );
        if (response.status === 200) walks++;
        else failures.push(`walk: ${response.status}`);
        await response.text();
      }
    };
    const answerer = async () => {
      while (running) {
        const key = `verbroken-${String(next++).padStart(5, '0')}-abcdefghij`;
        const response = await fetch(`${server.url}/evaluatie/${round.slug}`, {
          method: 'POST',
          body: answers(key),
          redirect: 'manual',
          headers: { Origin: server.url },
        }).catch((error: Error) => ({
          status: `no answer (${error.message})`,
          text: async () => '',
        }));
        const body = await response.text();
        if (response.status === 303) acknowledged.push(key);
        else if (response.status === 503 && /niet opgeslagen/.test(body)) refused.push(key);
        else failures.push(`answer ${key}: ${response.status}`);
      }
    };
    // A small, bounded load: two walkers and two answerers.
    const load = Promise.all([walker(), walker(), answerer(), answerer()]);
    const ended: number[] = [];
    try {
      for (let round = 0; round < 3; round++) {
        await sleep(700);
        // Once the server has connected again, end all of its connections.
        let count = 0;
        for (let tries = 0; count === 0 && tries < 50; tries++) {
          count = await database.terminateConnections();
          if (count === 0) await sleep(100);
        }
        ended.push(count);
      }
      await sleep(1500);
    } finally {
      running = false;
      await load;
    }

    assert.deepEqual(failures, [], 'every walk answers 200, every answer is 303 or a Dutch 503');
    assert.ok(
      ended.every((count) => count > 0),
      `each time the server had connections to end: ${ended}`,
    );
    assert.ok(walks > 20, `walks went on (${walks})`);
    assert.equal((await fetch(`${server.url}/health`)).status, 200, 'the process is still up');

    // After the faults, answers are taken again.
    const after = await fetch(`${server.url}/evaluatie/${round.slug}`, {
      method: 'POST',
      body: answers('na-het-verbreken-0123456789'),
      redirect: 'manual',
      headers: { Origin: server.url },
    });
    assert.equal(after.status, 303);
    acknowledged.push('na-het-verbreken-0123456789');

    const check = await openStore({ databaseUrl: database.url });
    try {
      for (const key of acknowledged)
        assert.ok(await check.hasEvaluationResponse(round.id, key), `acknowledged ${key} is lost`);
    } finally {
      await check.close();
    }
    console.log(
      `walks ${walks}, answers acknowledged ${acknowledged.length}, refused ${refused.length}`,
    );
  });
});

describe('the server starts while the database refuses connections', { skip }, () => {
  const marker = 'Is uw cliënt ontruimd? (opgeslagen versie)';
  let database: FaultDatabase;
  let server: RunningServer;
  let bearer: string;

  before(async () => {
    database = await faultDatabase();
    // The stored content differs from the default content in content/.
    const store = await openStore({ databaseUrl: database.url });
    await store.seedTrees(defaultTreeContents(), null);
    const latest = (await store.latestVersions()).find((r) => r.treeId === 'hulpverlening');
    assert.ok(latest);
    const content = structuredClone(latest.content) as {
      tree: { nodes: { id: string; text?: string }[] };
      scenarios: unknown;
    };
    const first = content.tree.nodes.find((node) => node.id === 'ontruimd');
    assert.ok(first);
    first.text = marker;
    await store.publish('hulpverlening', content as typeof latest.content, 'opgeslagen', null);
    const user = await store.createUser({
      email: 'weg@woonkans.test',
      role: 'beheerder',
      passwordHash: null,
    });
    const token = newToken();
    await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'fault' });
    bearer = `Bearer ${token}`;
    await store.close();
    await database.allowConnections(false);
    server = await startServer({ env: { DATABASE_URL: database.url } });
  });

  after(async () => {
    await server?.stop();
    await database?.dispose();
  });

  const admin = () =>
    fetch(`${server.url}/api/v1/admin/trees/hulpverlening/draft`, {
      headers: { Authorization: bearer },
    });

  it('walks the default content and refuses beheer in Dutch', async () => {
    const walk = await fetch(`${server.url}/boom/hulpverlening`);
    assert.equal(walk.status, 200);
    assert.doesNotMatch(await walk.text(), /opgeslagen versie/);
    const refused = await admin();
    assert.equal(refused.status, 503);
    assert.match(((await refused.json()) as { detail: string }).detail, /niet bereikbaar/);
    const signIn = await fetch(`${server.url}/beheer/inloggen`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: server.url,
        'Sec-Fetch-Site': 'same-origin',
      },
      body: new URLSearchParams({ email: 'weg@woonkans.test', wachtwoord: 'x'.repeat(16) }),
    });
    assert.equal(signIn.status, 503);
    assert.match(await signIn.text(), /Even niet beschikbaar/);
  });

  it('serves the stored versions and beheer once the database accepts connections', async () => {
    await database.allowConnections(true);
    const started = Date.now();
    await eventually(async () => {
      const walk = await (await fetch(`${server.url}/boom/hulpverlening`)).text();
      return walk.includes('(opgeslagen versie)') ? true : undefined;
    }, 10_000);
    assert.equal((await admin()).status, 200);
    assert.ok(Date.now() - started < 10_000);
  });
});
