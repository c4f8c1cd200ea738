// Fault test: the PostgreSQL server goes away under a running
// Woonkansboom. Public walks keep working from the published trees held in
// memory; whatever needs the database answers 503 with a Dutch message; once
// the database is back, everything works again without a restart — including
// hearing about publishes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import { hashToken, newToken } from '../../src/services/accounts/secret-token.ts';
import { startSession } from '../../src/services/accounts/sessions.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { csrfTokenFor, sessionCookieName } from '../../src/web/auth/session.ts';
import {
  postgresTestDatabase,
  postgresUnavailable,
  type TestDatabase,
} from '../store/test-databases.ts';
import { eventually } from '../support/eventually.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';
import { type TcpProxy, tcpProxy } from '../support/tcp-proxy.ts';

const skip = await postgresUnavailable();

const outcomeQuery = new URLSearchParams({
  peildatum: '2026-11-27',
  ontruimd: 'ja',
  reden: 'beide',
  datum_ontruiming: '2022-03-15',
  huurschuld: 'ja',
  regeling: 'ja',
  datum_regeling: '2026-05-01',
  bewind: 'nee',
  hulpverlening: 'ja',
});

describe('when the database goes away', { skip }, () => {
  let database: TestDatabase & { schema: string };
  let proxy: TcpProxy;
  let server: RunningServer;
  let store: Store;
  let bearer: string;
  let cookie: string;
  let csrf: string;
  let roundSlug: string;

  before(async () => {
    database = await postgresTestDatabase();
    proxy = await tcpProxy({ host: '127.0.0.1', port: 5432 });
    const direct = new URL(database.options.databaseUrl ?? '');
    const viaProxy = new URL(direct);
    viaProxy.port = String(proxy.port);
    server = await startServer({ env: { DATABASE_URL: viaProxy.toString() } });
    store = await openStore({ databaseUrl: direct.toString() });
    const user = await store.createUser({
      email: 'storing@woonkans.test',
      role: 'beheerder',
      passwordHash: null,
    });
    const token = newToken();
    await store.createToken({ userId: user.id, tokenHash: hashToken(token), label: 'fault test' });
    bearer = `Bearer ${token}`;
    const session = await startSession(store, user.id, new Date());
    cookie = `${sessionCookieName}=${session}`;
    csrf = csrfTokenFor(session);
    const form = await store.saveEvaluationForm(defaultEvaluationForm, null);
    roundSlug = (
      await store.createEvaluationRound({
        title: 'Ronde tijdens een storing',
        slug: 'storing-0123456789abcdefghij',
        formId: form.id,
        opensOn: '2000-01-01',
        closesOn: '2999-12-31',
        createdBy: null,
      })
    ).slug;
  });

  after(async () => {
    await server?.stop();
    await store?.close();
    await proxy?.close();
    await database?.dispose();
  });

  const api = (path: string, init: RequestInit = {}) =>
    fetch(server.url + path, {
      ...init,
      headers: { Authorization: bearer, 'Content-Type': 'application/json', ...init.headers },
    });
  const evaluate = () =>
    fetch(`${server.url}/api/v1/trees/hulpverlening/evaluate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: Object.fromEntries(outcomeQuery) }),
    });

  it('works normally while the database is there', async () => {
    assert.equal((await fetch(`${server.url}/boom/hulpverlening`)).status, 200);
    assert.equal((await api('/api/v1/admin/trees/hulpverlening/draft')).status, 200);
    const page = await fetch(`${server.url}/beheer`, { headers: { Cookie: cookie } });
    assert.equal(page.status, 200);
  });

  it('keeps the public walk working from memory and answers 503 where the database is needed', async () => {
    proxy.cut();

    const question = await fetch(`${server.url}/boom/hulpverlening`);
    assert.equal(question.status, 200);
    const outcome = await fetch(`${server.url}/boom/hulpverlening?${outcomeQuery}`);
    assert.equal(outcome.status, 200);
    assert.match(await outcome.text(), /tweedekansbeleid/);
    assert.equal((await evaluate()).status, 200);
    assert.equal((await fetch(`${server.url}/trajecten`)).status, 200);
    const advice = await fetch(`${server.url}/boom/hulpverlening/advies.pdf?${outcomeQuery}`);
    assert.equal(advice.status, 200);

    const started = Date.now();
    const save = await api('/api/v1/admin/trees/hulpverlening/draft', {
      method: 'PUT',
      body: JSON.stringify({ revision: 1 }),
    });
    assert.equal(save.status, 503);
    assert.ok(save.headers.get('retry-after'));
    assert.match(save.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await save.json()) as { title: string; detail: string };
    assert.match(problem.detail, /database is op dit moment niet bereikbaar/);

    const publish = await api('/api/v1/admin/trees/hulpverlening/publish', {
      method: 'POST',
      body: JSON.stringify({ note: 'tijdens storing' }),
    });
    assert.equal(publish.status, 503);

    const beheer = await fetch(`${server.url}/beheer`, { headers: { Cookie: cookie } });
    assert.equal(beheer.status, 503);
    assert.match(await beheer.text(), /Even niet beschikbaar/);

    const signIn = await fetch(`${server.url}/beheer/inloggen`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: server.url,
        'Sec-Fetch-Site': 'same-origin',
      },
      body: new URLSearchParams({ email: 'storing@woonkans.test', wachtwoord: 'x'.repeat(16) }),
    });
    assert.equal(signIn.status, 503);
    assert.match(await signIn.text(), /niet opgeslagen.*Vorige/s);
    const answer = await fetch(`${server.url}/evaluatie/${roundSlug}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: server.url },
      body: new URLSearchParams({ sleutel: 'storing-sleutel-0123456789' }),
    });
    assert.equal(answer.status, 503);
    assert.match(await answer.text(), /niet opgeslagen.*Vorige/s);

    // Usage events are taken in memory; a failed write never shows to the user.
    const beacon = await fetch(`${server.url}/api/v1/gebruik`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({
        tree: 'hulpverlening',
        version: 1,
        events: [{ kind: 'question-answered', node: 'ontruimd' }],
      }),
    });
    assert.ok(beacon.status < 500, `usage event answered ${beacon.status}`);
    assert.ok(Date.now() - started < 20_000, 'the refusals come quickly, nothing hangs');
  });

  it('recovers without a restart once the database is back, publishes included', async () => {
    proxy.restore();
    const draft = await eventually(async () => {
      const response = await api('/api/v1/admin/trees/hulpverlening/draft');
      return response.status === 200
        ? ((await response.json()) as Record<string, unknown>)
        : undefined;
    }, 15_000);
    const page = await fetch(`${server.url}/beheer`, { headers: { Cookie: cookie } });
    assert.equal(page.status, 200);
    const form = await fetch(`${server.url}/evaluatie/${roundSlug}`);
    assert.equal(form.status, 200);

    const nodes = draft.nodes as { id: string; text?: string }[];
    const first = nodes.find((node) => node.id === 'ontruimd');
    assert.ok(first?.text);
    first.text = 'Is uw cliënt ontruimd? (na de storing)';
    const { check: _check, updatedAt: _at, updatedBy: _by, ...body } = draft;
    const saved = await api('/api/v1/admin/trees/hulpverlening/draft', {
      method: 'PUT',
      body: JSON.stringify(body),
    });
    assert.equal(saved.status, 200, await saved.clone().text());
    const published = await api('/api/v1/admin/trees/hulpverlening/publish', {
      method: 'POST',
      body: JSON.stringify({ note: 'na de storing' }),
    });
    assert.equal(published.status, 201, await published.clone().text());
    await eventually(async () => {
      const walk = await (await fetch(`${server.url}/boom/hulpverlening`)).text();
      return walk.includes('(na de storing)') ? true : undefined;
    }, 2_000);
    void csrf;
  });
});
