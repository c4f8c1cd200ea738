import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs } from '../../../test/support/test-requests.ts';
import { bearerFor, createTestUser, signIn } from '../../../test/support/test-sign-in.ts';
import { hashToken, newToken } from '../../services/accounts/secret-token.ts';
import { requirePermission } from './require-permission.ts';

describe('authentication by API token', () => {
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  before(async () => {
    beheer = await testBeheerApp();
    beheer.app.get('/api/v1/admin/wie', requirePermission('editDrafts'), (c) =>
      c.json(c.get('principal') ?? null),
    );
    beheer.app.get('/api/v1/admin/publiceren', requirePermission('publish'), (c) => c.json({}));
  });
  after(() => beheer.close());

  const call = (path: string, authorization?: string) =>
    beheer.app.request(path, { headers: authorization ? { Authorization: authorization } : {} });

  it('lets a valid bearer token in as its user and notes when it was used', async () => {
    const authorization = await bearerFor(beheer.store, 'redacteur');
    const response = await call('/api/v1/admin/wie', authorization);
    assert.equal(response.status, 200);
    const principal = (await response.json()) as { role: string; via: string };
    assert.equal(principal.role, 'redacteur');
    assert.equal(principal.via, 'token');
    const token = authorization.slice('Bearer '.length);
    const record = await beheer.store.tokenByHash(hashToken(token));
    assert.ok(record?.lastUsedAt, 'last use is recorded');
  });

  it('refuses anonymous API calls with 401, problem+json and WWW-Authenticate', async () => {
    const response = await call('/api/v1/admin/wie');
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await response.json()) as { status: number; detail: string };
    assert.equal(problem.status, 401);
    assert.match(problem.detail, /Log in of stuur een geldig API-token mee/);
  });

  it('refuses a revoked token, an unknown token and a malformed header', async () => {
    const authorization = await bearerFor(beheer.store, 'beheerder');
    const record = await beheer.store.tokenByHash(hashToken(authorization.slice('Bearer '.length)));
    assert.ok(record);
    await beheer.store.revokeToken(record.id);
    for (const value of [
      authorization,
      'Bearer onbekend-token-dat-niet-bestaat',
      'Basic YTpi',
      'Bearer',
    ]) {
      assert.equal((await call('/api/v1/admin/wie', value)).status, 401, value);
    }
  });

  it('refuses the token of a blocked user', async () => {
    const user = await createTestUser(beheer.store, 'beheerder');
    const token = newToken();
    await beheer.store.createToken({
      userId: user.id,
      tokenHash: hashToken(token),
      label: 'proef',
    });
    assert.equal((await call('/api/v1/admin/wie', `Bearer ${token}`)).status, 200);
    await beheer.store.updateUser(user.id, { disabled: true });
    assert.equal((await call('/api/v1/admin/wie', `Bearer ${token}`)).status, 401);
  });

  it('refuses a role without the permission with 403 problem+json', async () => {
    const response = await call(
      '/api/v1/admin/publiceren',
      await bearerFor(beheer.store, 'redacteur'),
    );
    assert.equal(response.status, 403);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(
      (await call('/api/v1/admin/publiceren', await bearerFor(beheer.store, 'beheerder'))).status,
      200,
    );
  });

  it('refuses the session of a user blocked after signing in', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    assert.equal((await getAs(beheer.app, '/beheer/logboek', session)).status, 200);
    const user = await beheer.store.userByEmail(session.email);
    assert.ok(user);
    await beheer.store.updateUser(user.id, { disabled: true });
    assert.equal((await getAs(beheer.app, '/beheer/logboek', session)).status, 303);
  });

  it('marks beheer answers as not cacheable', async () => {
    const response = await beheer.app.request('/beheer/inloggen');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});
