// Accounts an office can run: change your own password, a
// one-time password from a beheerder that must be changed at first sign-in.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../../../test/support/test-requests.ts';
import {
  postSignIn,
  sessionCookieOf,
  signIn,
  testPassword,
} from '../../../../test/support/test-sign-in.ts';
import { csrfTokenFor, sessionCookieName } from '../../auth/session.ts';

const sessionOf = (response: Response): TestSession => {
  const cookie = sessionCookieOf(response);
  assert.ok(cookie, `no session cookie (${response.status})`);
  return { cookie, csrfToken: csrfTokenFor(cookie.slice(sessionCookieName.length + 1)) };
};

describe('/beheer/account and one-time passwords', () => {
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  before(async () => {
    beheer = await testBeheerApp();
  });
  after(() => beheer.close());

  it('a user changes their own password with the old one; their other sessions end', async () => {
    const first = await signIn(beheer.app, beheer.store, 'analist');
    const second = sessionOf(
      await postSignIn(beheer.app, { email: first.email, wachtwoord: testPassword }),
    );
    const page = await getAs(beheer.app, '/beheer/account', first);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Wachtwoord wijzigen/);

    const nieuw = 'mijn nieuwe wachtzin voor het beheer';
    const wrongOld = await postAs(beheer.app, '/beheer/account', first, {
      huidig: 'niet mijn wachtwoord',
      wachtwoord: nieuw,
      herhaling: nieuw,
    });
    assert.equal(wrongOld.status, 422);
    assert.match(await wrongOld.text(), /huidige wachtwoord klopt niet/);
    const weak = await postAs(beheer.app, '/beheer/account', first, {
      huidig: testPassword,
      wachtwoord: 'wachtwoord123',
      herhaling: 'wachtwoord123',
    });
    assert.equal(weak.status, 422);

    const changed = await postAs(beheer.app, '/beheer/account', first, {
      huidig: testPassword,
      wachtwoord: nieuw,
      herhaling: nieuw,
    });
    assert.equal(changed.status, 303);
    const renewed = sessionOf(changed);
    assert.equal((await getAs(beheer.app, '/beheer/account', renewed)).status, 200);
    assert.equal(
      (await getAs(beheer.app, '/beheer/account', second)).status,
      303,
      'other session ended',
    );
    assert.equal(
      (await getAs(beheer.app, '/beheer/account', first)).status,
      303,
      'old session replaced',
    );
    assert.equal(
      (await postSignIn(beheer.app, { email: first.email, wachtwoord: testPassword })).status,
      422,
    );
    assert.equal(
      (await postSignIn(beheer.app, { email: first.email, wachtwoord: nieuw })).status,
      303,
    );
  });

  it('a beheerder makes a one-time password, shown once; it must be changed at first sign-in', async () => {
    const admin = await signIn(beheer.app, beheer.store, 'beheerder');
    const editor = await signIn(beheer.app, beheer.store, 'redacteur');
    const user = await beheer.store.userByEmail(editor.email);
    assert.ok(user);

    const reset = await postAs(beheer.app, `/beheer/gebruikers/${user.id}/wachtwoord`, admin);
    assert.equal(reset.status, 200);
    const body = await reset.text();
    const oneTime = /id="eenmalig-wachtwoord" value="([^"]+)"/.exec(body)?.[1];
    assert.ok(oneTime, 'the one-time password is shown');
    const again = await (await getAs(beheer.app, `/beheer/gebruikers/${user.id}`, admin)).text();
    assert.ok(!again.includes(oneTime), 'shown only once');
    assert.equal(
      (await getAs(beheer.app, '/beheer', editor)).status,
      303,
      "the user's sessions ended",
    );
    assert.equal(
      (await postSignIn(beheer.app, { email: editor.email, wachtwoord: testPassword })).status,
      422,
      'the old password is gone',
    );

    const signedIn = await postSignIn(beheer.app, { email: editor.email, wachtwoord: oneTime });
    assert.equal(signedIn.status, 303);
    const session = sessionOf(signedIn);
    const elsewhere = await getAs(beheer.app, '/beheer', session);
    assert.equal(elsewhere.status, 303);
    assert.equal(elsewhere.headers.get('location'), '/beheer/account');
    assert.match(
      await (await getAs(beheer.app, '/beheer/account', session)).text(),
      /eenmalig wachtwoord/,
    );

    const own = 'een eigen wachtzin na het eenmalige';
    const changed = await postAs(beheer.app, '/beheer/account', session, {
      huidig: oneTime,
      wachtwoord: own,
      herhaling: own,
    });
    assert.equal(changed.status, 303);
    assert.equal((await getAs(beheer.app, '/beheer', sessionOf(changed))).status, 200);
    const log = await beheer.store.auditLog({ limit: 5 });
    assert.ok(
      log.some((entry) => entry.action === 'password-reset' && entry.actor === admin.email),
    );
    assert.ok(log.some((entry) => entry.action === 'password-changed'));
  });

  it('the sign-in page says truthfully what to do when the password is forgotten', async () => {
    const page = await (await beheer.app.request('/beheer/inloggen')).text();
    assert.match(
      page,
      /Wachtwoord vergeten\? Vraag een beheerder van Bureau Woonkans om een eenmalig wachtwoord/,
    );
  });
});
