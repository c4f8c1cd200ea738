import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testNow } from '../../../test/support/test-app.ts';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs, postAs } from '../../../test/support/test-requests.ts';
import {
  createTestUser,
  postSignIn,
  sessionCookieOf,
  signIn,
  testPassword,
} from '../../../test/support/test-sign-in.ts';
import { hashToken } from '../../services/accounts/secret-token.ts';
import { csrfTokenFor, sessionCookieName } from './session.ts';

const minutes = (n: number) => n * 60_000;

function sessionOf(response: Response) {
  const cookie = sessionCookieOf(response);
  assert.ok(cookie, 'a session cookie is set');
  const token = cookie.slice(sessionCookieName.length + 1);
  return { cookie, token, csrfToken: csrfTokenFor(token) };
}

describe('signing in', () => {
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  before(async () => {
    beheer = await testBeheerApp();
  });
  after(() => beheer.close());

  it('shows the sign-in form without setting a cookie', async () => {
    const response = await beheer.app.request('/beheer/inloggen');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('set-cookie'), null);
    const body = await response.text();
    assert.match(body, /<form method="post" action="\/beheer\/inloggen"/);
    assert.match(
      body,
      /<input[^>]+type="email" id="email" name="email"[^>]+autocomplete="username"/,
    );
    assert.match(
      body,
      /type="password" id="wachtwoord" name="wachtwoord"[^>]+autocomplete="current-password"/,
    );
  });

  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await createTestUser(beheer.store, 'redacteur');
    const response = await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/beheer');
    const setCookie = response.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^wkb_sessie=[A-Za-z0-9_-]{43};/);
    assert.match(setCookie, /; HttpOnly/);
    assert.match(setCookie, /; SameSite=Lax/);
    assert.match(setCookie, /; Path=\//);
    assert.doesNotMatch(setCookie, /Secure/);
    const { token } = sessionOf(response);
    const stored = await beheer.store.session(hashToken(token));
    assert.equal(stored?.userId, user.id, 'the store keeps the hash of the token');
    assert.equal(await beheer.store.session(token), undefined, 'and never the token itself');
  });

  it('accepts the e-mail address in another letter case', async () => {
    const user = await createTestUser(beheer.store, 'redacteur');
    const response = await postSignIn(beheer.app, {
      email: ` ${user.email.toUpperCase()} `,
      wachtwoord: testPassword,
    });
    assert.equal(response.status, 303);
  });

  it('marks the cookie Secure when served over TLS', async () => {
    const secure = await testBeheerApp({ secureCookies: true });
    try {
      const user = await createTestUser(secure.store, 'redacteur');
      const response = await postSignIn(secure.app, {
        email: user.email,
        wachtwoord: testPassword,
      });
      assert.match(response.headers.get('set-cookie') ?? '', /; Secure/);
    } finally {
      await secure.close();
    }
  });

  it('goes back to the page asked for, but only on this site', async () => {
    const user = await createTestUser(beheer.store, 'beheerder');
    const cases: [string, string][] = [
      ['/beheer/gebruikers?x=1', '/beheer/gebruikers?x=1'],
      ['//evil.example/beheer', '/beheer'],
      ['https://evil.example/', '/beheer'],
      ['/\\evil.example', '/beheer'],
      ['beheer', '/beheer'],
    ];
    for (const [terug, location] of cases) {
      const response = await postSignIn(beheer.app, {
        email: user.email,
        wachtwoord: testPassword,
        terug,
      });
      assert.equal(response.headers.get('location'), location, terug);
    }
  });

  it('sends an anonymous visitor to the sign-in page and keeps the way back in the form', async () => {
    const response = await beheer.app.request('/beheer/logboek?voor=5');
    assert.equal(response.status, 303);
    assert.equal(
      response.headers.get('location'),
      '/beheer/inloggen?terug=%2Fbeheer%2Flogboek%3Fvoor%3D5',
    );
    const form = await (await beheer.app.request(response.headers.get('location') ?? '')).text();
    assert.match(form, /<input type="hidden" name="terug" value="\/beheer\/logboek\?voor=5">/);
  });

  it('gives the same answer for a wrong password and an unknown address, keeping the address typed', async () => {
    const user = await createTestUser(beheer.store, 'redacteur');
    const wrong = await postSignIn(beheer.app, {
      email: user.email,
      wachtwoord: 'niet het wachtwoord',
    });
    const unknown = await postSignIn(beheer.app, {
      email: 'niemand@test.woonkans.nl',
      wachtwoord: 'niet het wachtwoord',
    });
    for (const response of [wrong, unknown]) {
      assert.equal(response.status, 422);
      assert.equal(response.headers.get('set-cookie'), null);
    }
    const [wrongBody, unknownBody] = [await wrong.text(), await unknown.text()];
    assert.match(wrongBody, /<title>Fout: Inloggen/);
    assert.match(wrongBody, /href="#email">Het e-mailadres of het wachtwoord klopt niet/);
    assert.match(wrongBody, new RegExp(`name="email" value="${user.email}"`));
    assert.equal(
      wrongBody.replace(user.email, 'X'),
      unknownBody.replace('niemand@test.woonkans.nl', 'X'),
    );
  });

  it('asks for both fields when they are empty', async () => {
    const response = await postSignIn(beheer.app, { email: '', wachtwoord: '' });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /href="#email">Vul uw e-mailadres in.<\/a>/);
    assert.match(body, /href="#wachtwoord">Vul uw wachtwoord in.<\/a>/);
    assert.match(body, /aria-invalid="true"/);
  });

  it('refuses a blocked user even with the right password', async () => {
    const user = await createTestUser(beheer.store, 'redacteur');
    await beheer.store.updateUser(user.id, { disabled: true });
    const response = await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword });
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('set-cookie'), null);
  });

  it('starts a new session at every sign-in and ends the one the browser had', async () => {
    const user = await createTestUser(beheer.store, 'beheerder');
    const first = sessionOf(
      await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword }),
    );
    const second = sessionOf(
      await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword }, first.cookie),
    );
    assert.notEqual(second.token, first.token);
    assert.equal(await beheer.store.session(hashToken(first.token)), undefined);
    assert.equal((await getAs(beheer.app, '/beheer/gebruikers', first)).status, 303);
    assert.equal((await getAs(beheer.app, '/beheer/gebruikers', second)).status, 200);
  });

  it('does not let a planted cookie become the session (fixation)', async () => {
    const user = await createTestUser(beheer.store, 'beheerder');
    const planted = `${sessionCookieName}=${'a'.repeat(43)}`;
    const session = sessionOf(
      await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword }, planted),
    );
    assert.notEqual(session.cookie, planted);
  });

  it('signs out: the session is deleted and the cookie no longer works', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    const response = await postAs(beheer.app, '/beheer/uitloggen', session);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/beheer/inloggen?uitgelogd=1');
    assert.match(response.headers.get('set-cookie') ?? '', /^wkb_sessie=; Max-Age=0; Path=\//);
    const token = session.cookie.slice(sessionCookieName.length + 1);
    assert.equal(await beheer.store.session(hashToken(token)), undefined);
    assert.equal((await getAs(beheer.app, '/beheer/gebruikers', session)).status, 303);
    const page = await (await beheer.app.request('/beheer/inloggen?uitgelogd=1')).text();
    assert.match(page, /U bent uitgelogd./);
  });

  it('never sets or clears a cookie on the public site, even for a signed-in user', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    for (const path of ['/', '/boom/hulpverlening', '/api/v1/trees', '/privacy']) {
      const response = await getAs(beheer.app, path, session);
      assert.equal(response.headers.get('set-cookie'), null, path);
    }
    const stale = await getAs(beheer.app, '/', {
      cookie: `${sessionCookieName}=verlopen-sessie-123456`,
      csrfToken: '',
    });
    assert.equal(stale.headers.get('set-cookie'), null);
  });

  it('writes sign-ins, failed sign-ins and sign-outs to the audit log, never a password', async () => {
    const user = await createTestUser(beheer.store, 'redacteur');
    await postSignIn(beheer.app, { email: user.email, wachtwoord: 'geheim-fout-wachtwoord' });
    const session = sessionOf(
      await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword }),
    );
    await postAs(beheer.app, '/beheer/uitloggen', session);
    const mine = (await beheer.store.auditLog({ limit: 500 })).filter(
      (entry) => entry.subject === user.email,
    );
    assert.deepEqual(
      mine.map((entry) => [entry.action, entry.actor]),
      [
        ['logout', user.email],
        ['login', user.email],
        ['login-failed', null],
      ],
    );
    const log = JSON.stringify(await beheer.store.auditLog({ limit: 500 }));
    assert.doesNotMatch(log, /geheim-fout-wachtwoord/);
    assert.ok(!log.includes(testPassword));
    assert.ok(!log.includes(session.token));
  });
});

describe('session lifetime', () => {
  let now = new Date(testNow);
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  before(async () => {
    beheer = await testBeheerApp({ now: () => now });
  });
  after(() => beheer.close());
  const wait = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  it('ends a session after 30 minutes without use, and deletes it', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    wait(minutes(29));
    assert.equal((await getAs(beheer.app, '/beheer/logboek', session)).status, 200);
    wait(minutes(29));
    assert.equal(
      (await getAs(beheer.app, '/beheer/logboek', session)).status,
      200,
      'use keeps it alive',
    );
    wait(minutes(31));
    const response = await getAs(beheer.app, '/beheer/logboek', session);
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location') ?? '', /^\/beheer\/inloggen\?terug=/);
    assert.match(response.headers.get('set-cookie') ?? '', /^wkb_sessie=; Max-Age=0/);
    const token = session.cookie.slice(sessionCookieName.length + 1);
    assert.equal(await beheer.store.session(hashToken(token)), undefined);
  });

  it('counts the idle time from the real last request, not from a stale one', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    wait(30_000);
    assert.equal((await getAs(beheer.app, '/beheer/logboek', session)).status, 200);
    // 29 minutes 59 seconds after the last request, 30 minutes 29 seconds after sign-in.
    wait(minutes(30) - 1000);
    assert.equal((await getAs(beheer.app, '/beheer/logboek', session)).status, 200);
  });

  it('ends a session 12 hours after sign-in, however busy', async () => {
    const session = await signIn(beheer.app, beheer.store, 'beheerder');
    for (let hour = 0; hour < 12; hour += 0.25) {
      wait(minutes(15));
      const status = (await getAs(beheer.app, '/beheer/logboek', session)).status;
      if (hour + 0.25 < 12) assert.equal(status, 200, `after ${hour + 0.25} hours`);
    }
    wait(minutes(1));
    assert.equal((await getAs(beheer.app, '/beheer/logboek', session)).status, 303);
  });
});

describe('sign-in throttling', () => {
  let now = new Date(testNow);
  const wait = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  it('refuses a sixth try for one account within 15 minutes, even with the right password', async () => {
    const beheer = await testBeheerApp({ now: () => now });
    try {
      const user = await createTestUser(beheer.store, 'redacteur');
      for (let attempt = 1; attempt <= 5; attempt++) {
        const response = await postSignIn(beheer.app, {
          email: user.email,
          wachtwoord: `fout ${attempt}`,
        });
        assert.equal(response.status, 422, `attempt ${attempt}`);
      }
      const refused = await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword });
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('set-cookie'), null);
      const retryAfter = Number(refused.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
      assert.match(await refused.text(), /Wacht 15 minuten en probeer het dan opnieuw/);

      const other = await createTestUser(beheer.store, 'redacteur');
      const otherResponse = await postSignIn(beheer.app, {
        email: other.email,
        wachtwoord: testPassword,
      });
      assert.equal(otherResponse.status, 303, 'other accounts are not blocked');

      wait(minutes(15));
      const later = await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword });
      assert.equal(later.status, 303);
    } finally {
      await beheer.close();
    }
  });

  it('counts parallel tries: 25 wrong passwords at once check at most 5', async () => {
    const beheer = await testBeheerApp({ now: () => now });
    try {
      const user = await createTestUser(beheer.store, 'redacteur');
      const responses = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          postSignIn(beheer.app, { email: user.email, wachtwoord: `gok ${i}` }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      assert.equal(statuses.filter((status) => status === 422).length, 5, statuses.join(' '));
      assert.equal(statuses.filter((status) => status === 429).length, 20);
    } finally {
      await beheer.close();
    }
  });

  it('locks an account out per address: a guesser elsewhere does not lock out its owner', async () => {
    const beheer = await testBeheerApp({ now: () => now });
    try {
      const user = await createTestUser(beheer.store, 'beheerder');
      for (let attempt = 1; attempt <= 5; attempt++) {
        const response = await postSignIn(
          beheer.app,
          { email: user.email, wachtwoord: `fout ${attempt}` },
          undefined,
          '203.0.113.66',
        );
        assert.equal(response.status, 422, `attempt ${attempt}`);
      }
      const guesser = await postSignIn(
        beheer.app,
        { email: user.email, wachtwoord: testPassword },
        undefined,
        '203.0.113.66',
      );
      assert.equal(guesser.status, 429, 'the guessing address is locked out');
      const owner = await postSignIn(
        beheer.app,
        { email: user.email, wachtwoord: testPassword },
        undefined,
        '198.51.100.20',
      );
      assert.equal(owner.status, 303, 'the owner signs in from their own address');
    } finally {
      await beheer.close();
    }
  });

  it('refuses a client address after 20 failed tries, whatever the account', async () => {
    const beheer = await testBeheerApp({ now: () => now });
    try {
      for (let attempt = 1; attempt <= 20; attempt++) {
        const response = await postSignIn(beheer.app, {
          email: `gok-${attempt}@test.woonkans.nl`,
          wachtwoord: 'raden',
        });
        assert.equal(response.status, 422, `attempt ${attempt}`);
      }
      const user = await createTestUser(beheer.store, 'redacteur');
      const refused = await postSignIn(beheer.app, { email: user.email, wachtwoord: testPassword });
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    } finally {
      await beheer.close();
    }
  });
});
