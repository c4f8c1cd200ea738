// Midnight on two servers, rules in time: two built servers on one PostgreSQL
// schema, their clocks set a few seconds before midnight in Amsterdam with
// libfaketime. A version of `hulpverlening` scheduled for the next day is
// published while both run; before midnight both serve the old rules, after
// midnight both serve the new ones — without a restart and without another
// publish: the catalog works out the version in force per request.
//
// The clock: LD_PRELOAD libfaketime with a relative FAKETIME ("+<seconds>"),
// the same for both servers, so both clocks show the same moment however
// long each took to start (an absolute "@…" start time restarts per process).
// The offset lives in the environment and never changes, so FAKETIME_NO_CACHE
// and FAKETIME_DONT_RESET are not needed. The server is not changed for the
// test: it reads `new Date()`, which libfaketime moves.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import type { Store } from '../../src/store/store.ts';
import {
  postgresTestDatabase,
  postgresUnavailable,
  type TestDatabase,
} from '../store/test-databases.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const libfaketime = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
/** Midnight in Amsterdam on 1 March 2027 (CET, UTC+1). */
const midnight = Date.parse('2027-02-28T23:00:00Z');
/** Real time from now until the servers' clocks reach midnight: both start and are checked before. */
const leadMs = 20_000;
const marker = 'Regels vanaf 1 maart 2027';

function faketimeUnavailable(): string | undefined {
  const reason = existsSync(libfaketime)
    ? undefined
    : `${libfaketime} is missing (apt-get install -y faketime)`;
  if (reason && process.env.CI) throw new Error(`${reason}; CI is set, so this test must run`);
  return reason;
}

const skip = (await postgresUnavailable()) ?? faketimeUnavailable();

interface Seen {
  version: number;
  /** The evaluate answer's `version`: the number and the day it took effect. */
  inForce: { number: number; geldigVanaf: string };
  question: string;
  page: string;
}

async function seen(server: RunningServer): Promise<Seen> {
  const response = await fetch(`${server.url}/api/v1/trees/hulpverlening/evaluate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ answers: {} }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const body = (await response.json()) as {
    tree: { version: number };
    version: { number: number; geldigVanaf: string };
    question: { text: string };
  };
  const page = await (await fetch(`${server.url}/boom/hulpverlening`)).text();
  return {
    version: body.tree.version,
    inForce: body.version,
    question: body.question.text,
    page,
  };
}

describe('a scheduled version at midnight on two servers', { skip }, () => {
  let database: TestDatabase;
  let store: Store;
  const servers: RunningServer[] = [];
  /** The servers' clock: the real clock plus this many seconds. */
  let offsetSeconds = 0;

  before(async () => {
    assert.ok(
      spawnSync(process.execPath, ['-e', ''], {
        env: { ...process.env, LD_PRELOAD: libfaketime, FAKETIME: '+0' },
      }).status === 0,
      'node runs under libfaketime',
    );
    database = await postgresTestDatabase();
    offsetSeconds = Math.round((midnight - (Date.now() + leadMs)) / 1000);
    const env = {
      DATABASE_URL: String(database.options.databaseUrl),
      LD_PRELOAD: libfaketime,
      FAKETIME: `+${offsetSeconds}`,
    };
    // One after the other: the first migrates and seeds the schema.
    servers.push(await startServer({ env }));
    servers.push(await startServer({ env }));
    store = await database.open();
  });

  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await store?.close();
    await database?.dispose();
  });

  it('serves the old rules before midnight and the new ones after, on both', async () => {
    const serverMidnight = () => midnight - offsetSeconds * 1000;
    const msToMidnight = () => serverMidnight() - Date.now();
    assert.ok(msToMidnight() > 5000, `servers started too slowly: ${msToMidnight()} ms left`);

    // The servers' clock really is just before midnight in Amsterdam.
    const clock = spawnSync(process.execPath, ['-e', 'console.log(Date.now())'], {
      env: { ...process.env, LD_PRELOAD: libfaketime, FAKETIME: `+${offsetSeconds}` },
      encoding: 'utf8',
    });
    const fakeNow = Number(clock.stdout.trim());
    assert.ok(fakeNow < midnight && midnight - fakeNow < leadMs, `fake clock at ${fakeNow}`);

    const before = await Promise.all(servers.map(seen));
    for (const view of before) {
      assert.equal(view.version, 1);
      assert.doesNotMatch(view.question, new RegExp(marker));
      assert.doesNotMatch(view.page, new RegExp(marker));
    }

    // Schedule version 2 for 1 March: the first question and the intro say so.
    // Scheduled the way a beheerder's system would: the admin API of one server.
    const user = await store.createUser({
      email: 'beheer@woonkans.test',
      role: 'beheerder',
      passwordHash: null,
    });
    const token = newToken();
    await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'middernacht' });
    const admin = (method: string, path: string, body?: unknown) =>
      fetch(`${servers[0]?.url}/api/v1/admin/trees/hulpverlening${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const draftResponse = await admin('GET', '/draft');
    assert.equal(draftResponse.status, 200, await draftResponse.clone().text());
    const draft = (await draftResponse.json()) as {
      revision: number;
      start: string;
      intro: string;
      nodes: { id: string; text: string }[];
    };
    const root = draft.nodes.find((node) => node.id === draft.start);
    assert.ok(root, 'the root question');
    root.text = `${marker}: ${root.text}`;
    draft.intro = `${marker}.\n\n${draft.intro}`;
    const saved = await admin('PUT', '/draft', draft);
    assert.equal(saved.status, 200, await saved.clone().text());
    const published = await admin('POST', '/publish', {
      note: 'Nieuwe regels per 1 maart 2027',
      geldigVanaf: '2027-03-01',
    });
    assert.equal(published.status, 201, await published.clone().text());
    assert.equal(((await published.json()) as { version: number }).version, 2);

    // Both servers hear of it (they know version 2) before midnight, and still serve version 1.
    for (const server of servers) {
      const deadline = Date.now() + 3000;
      while ((await fetch(`${server.url}/api/v1/trees/hulpverlening?versie=2`)).status !== 200) {
        assert.ok(Date.now() < deadline, `${server.url} did not hear of version 2`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    assert.ok(msToMidnight() > 1000, `too late to look before midnight: ${msToMidnight()} ms left`);
    for (const view of await Promise.all(servers.map(seen))) {
      assert.equal(view.version, 1, 'before midnight: the rules in force today');
      assert.equal(view.inForce.number, 1);
      assert.doesNotMatch(view.question, new RegExp(marker));
      assert.doesNotMatch(view.page, new RegExp(marker));
    }

    // After midnight: no restart, no publish. Each switches within 15 s.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, msToMidnight())));
    const deadline = Date.now() + 15_000;
    const switched = await Promise.all(
      servers.map(async (server) => {
        for (;;) {
          const view = await seen(server);
          if (view.version === 2) return view;
          assert.ok(Date.now() < deadline, `${server.url} still serves version ${view.version}`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }),
    );
    for (const view of switched) {
      assert.deepEqual(view.inForce, { number: 2, geldigVanaf: '2027-03-01' });
      assert.match(view.question, new RegExp(`^${marker}`));
      assert.match(view.page, new RegExp(marker));
    }
    // The advice names its rules on both servers.
    for (const server of servers) {
      const outcome = await fetch(`${server.url}/boom/hulpverlening?ontruimd=ja&reden=opiumwet`);
      assert.match(
        await outcome.text(),
        /volgens de regels die gelden vanaf 1 maart 2027 \(versie 2\)/,
      );
    }
    const versions = await store.versions('hulpverlening');
    assert.equal(versions.length, 2, 'no other version was published');
  });
});
