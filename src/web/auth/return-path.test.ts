import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs } from '../../../test/support/test-requests.ts';
import {
  createTestUser,
  postSignIn,
  signIn,
  testPassword,
} from '../../../test/support/test-sign-in.ts';
import { safeReturnPath } from './return-path.ts';

// Review D2: the raw value was checked before the URL parser resolved its dot segments.
const offSite = [
  '//evil.example',
  '/.//evil.example',
  '/x/..//evil.example',
  '/%2e//evil.example',
  '/..//evil.example',
  '/beheer/..//evil.example/x',
  '/beheer/%2e%2e//evil.example',
  '/\\evil.example',
  '/%2F%2Fevil.example',
  '/beheer/%2F%2Fevil.example',
  '/beheer/%5C%5Cevil.example',
  'https:evil.example',
  'https://evil.example',
  'http:/evil.example',
  '/./../evil',
  '/\t/evil.example',
  '/\n/evil.example',
  '/beheer\r\n/x',
  '/boom/hulpverlening',
  'javascript:alert(1)',
];

describe('the way back after signing in', () => {
  it('keeps a page of the beheer, with its query', () => {
    assert.equal(safeReturnPath('/beheer'), '/beheer');
    assert.equal(
      safeReturnPath('/beheer/bomen/hulpverlening?tab=2'),
      '/beheer/bomen/hulpverlening?tab=2',
    );
    assert.equal(safeReturnPath('/beheer/./bomen/../gebruikers'), '/beheer/gebruikers');
  });

  it('refuses every path that resolves off the beheer or off this site', () => {
    for (const unsafe of offSite) assert.equal(safeReturnPath(unsafe), undefined, unsafe);
  });
});

describe('the sign-in page with a hostile way back', () => {
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  before(async () => {
    beheer = await testBeheerApp();
  });
  after(() => beheer.close());

  it('sends a visitor who signs in to /beheer', async () => {
    const user = await createTestUser(beheer.store, 'redacteur');
    for (const terug of offSite) {
      const response = await postSignIn(beheer.app, {
        email: user.email,
        wachtwoord: testPassword,
        terug,
      });
      assert.equal(response.status, 303, terug);
      assert.equal(response.headers.get('location'), '/beheer', terug);
    }
  });

  it('sends someone already signed in to /beheer at once', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    for (const terug of offSite) {
      const response = await getAs(
        beheer.app,
        `/beheer/inloggen?terug=${encodeURIComponent(terug)}`,
        session,
      );
      assert.equal(response.headers.get('location'), '/beheer', terug);
    }
  });
});
