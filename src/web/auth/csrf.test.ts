import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs, postAs } from '../../../test/support/test-requests.ts';
import { bearerFor, signIn } from '../../../test/support/test-sign-in.ts';
import { hashToken } from '../../services/accounts/secret-token.ts';
import { requirePermission } from './require-permission.ts';
import { safeReturnPath } from './return-path.ts';
import { sessionCookieName } from './session.ts';

describe('CSRF protection', () => {
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  before(async () => {
    beheer = await testBeheerApp();
    beheer.app.post('/api/v1/admin/proef', requirePermission('editDrafts'), (c) =>
      c.json({ ok: true }),
    );
  });
  after(() => beheer.close());

  async function stillSignedIn(cookie: string) {
    const token = cookie.slice(sessionCookieName.length + 1);
    return (await beheer.store.session(hashToken(token))) !== undefined;
  }

  it('refuses a form without the CSRF token, in Dutch, and does nothing', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    const response = await postAs(beheer.app, '/beheer/uitloggen', session, { _csrf: '' });
    assert.equal(response.status, 403);
    assert.match(await response.text(), /Het formulier is verlopen of onvolledig/);
    assert.ok(await stillSignedIn(session.cookie));
  });

  it('refuses a form with another CSRF token', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    const other = await signIn(beheer.app, beheer.store, 'beheerder');
    const response = await postAs(beheer.app, '/beheer/uitloggen', session, {
      _csrf: other.csrfToken,
    });
    assert.equal(response.status, 403);
    assert.ok(await stillSignedIn(session.cookie));
  });

  it('accepts the right token as form field, as multipart field and as header', async () => {
    const first = await signIn(beheer.app, beheer.store, 'beheerder');
    assert.equal((await postAs(beheer.app, '/beheer/uitloggen', first)).status, 303);

    const second = await signIn(beheer.app, beheer.store, 'beheerder');
    const multipart = new FormData();
    multipart.set('_csrf', second.csrfToken);
    const response = await beheer.app.request('/beheer/uitloggen', {
      method: 'POST',
      body: multipart,
      headers: { Cookie: second.cookie },
    });
    assert.equal(response.status, 303);

    const third = await signIn(beheer.app, beheer.store, 'redacteur');
    const json = await beheer.app.request('/api/v1/admin/proef', {
      method: 'POST',
      body: '{}',
      headers: {
        Cookie: third.cookie,
        'Content-Type': 'application/json',
        'X-CSRF-Token': third.csrfToken,
      },
    });
    assert.equal(json.status, 200);
  });

  it('refuses an API call with a session cookie but no token, as problem+json', async () => {
    const session = await signIn(beheer.app, beheer.store, 'redacteur');
    const response = await beheer.app.request('/api/v1/admin/proef', {
      method: 'POST',
      body: '{}',
      headers: { Cookie: session.cookie, 'Content-Type': 'application/json' },
    });
    assert.equal(response.status, 403);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  it('refuses a form sent from another site, even with the right token', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const headers of crossSite) {
      const response = await postAs(beheer.app, '/beheer/uitloggen', session, {}, headers);
      assert.equal(response.status, 403, JSON.stringify(headers));
    }
    assert.ok(await stillSignedIn(session.cookie));
  });

  it('refuses a sign-in form sent from another site', async () => {
    const response = await postAs(
      beheer.app,
      '/beheer/inloggen',
      undefined,
      { email: 'a@b.nl', wachtwoord: 'x' },
      { Origin: 'https://evil.example' },
    );
    assert.equal(response.status, 403);
  });

  it('does not ask a bearer token for a CSRF token', async () => {
    const response = await beheer.app.request('/api/v1/admin/proef', {
      method: 'POST',
      body: '{}',
      headers: {
        Authorization: await bearerFor(beheer.store, 'redacteur'),
        'Content-Type': 'application/json',
      },
    });
    assert.equal(response.status, 200);
  });

  it('puts the CSRF token in the sign-out form of every beheer page', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    const body = await (await getAs(beheer.app, '/beheer/gebruikers', session)).text();
    assert.match(
      body,
      new RegExp(`<input type="hidden" name="_csrf" value="${session.csrfToken}">`),
    );
  });
});

describe('the way back after signing in', () => {
  it('accepts paths on this site only', () => {
    assert.equal(
      safeReturnPath('/beheer/bomen/hulpverlening?tab=2'),
      '/beheer/bomen/hulpverlening?tab=2',
    );
    for (const unsafe of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'beheer/gebruikers',
      '/beheer\n/x',
      '',
      undefined,
      42,
    ]) {
      assert.equal(safeReturnPath(unsafe), undefined, String(unsafe));
    }
  });
});
