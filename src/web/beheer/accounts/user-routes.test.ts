import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../../../test/support/test-requests.ts';
import {
  createTestUser,
  postSignIn,
  sessionCookieOf,
  signIn,
  testPassword,
} from '../../../../test/support/test-sign-in.ts';
import { hashToken } from '../../../services/accounts/secret-token.ts';
import { sessionCookieName } from '../../auth/session.ts';

describe('users, tokens and the audit log', () => {
  let beheer: Awaited<ReturnType<typeof testBeheerApp>>;
  let admin: TestSession & { email: string };
  before(async () => {
    beheer = await testBeheerApp();
    admin = await signIn(beheer.app, beheer.store, 'beheerder');
  });
  after(() => beheer.close());

  const get = (path: string, session: TestSession | undefined = admin) =>
    getAs(beheer.app, path, session);
  const post = (path: string, fields: Record<string, string>, session: TestSession = admin) =>
    postAs(beheer.app, path, session, fields);
  const userPath = async (email: string) => {
    const user = await beheer.store.userByEmail(email);
    assert.ok(user, email);
    return `/beheer/gebruikers/${user.id}`;
  };

  describe('who may see the pages', () => {
    for (const path of ['/beheer/gebruikers', '/beheer/logboek']) {
      it(`sends anonymous visitors of ${path} to the sign-in page`, async () => {
        const response = await getAs(beheer.app, path, undefined);
        assert.equal(response.status, 303);
        assert.equal(
          response.headers.get('location'),
          `/beheer/inloggen?terug=${encodeURIComponent(path)}`,
        );
      });

      it(`refuses redacteuren and analisten on ${path} with a Dutch page`, async () => {
        for (const role of ['redacteur', 'analist'] as const) {
          const session = await signIn(beheer.app, beheer.store, role);
          const response = await get(path, session);
          assert.equal(response.status, 403, role);
          const body = await response.text();
          assert.match(body, /<h1 class="utrecht-heading-1">Geen toegang<\/h1>/);
          assert.match(body, new RegExp(`U bent ingelogd als ${role}`));
        }
      });

      it(`shows ${path} to beheerders`, async () => {
        assert.equal((await get(path)).status, 200);
      });
    }

    it('refuses a redacteur who posts a new user', async () => {
      const session = await signIn(beheer.app, beheer.store, 'redacteur');
      const response = await post(
        '/beheer/gebruikers',
        {
          email: 'stiekem@test.woonkans.nl',
          rol: 'beheerder',
          wachtwoord: testPassword,
          herhaling: testPassword,
        },
        session,
      );
      assert.equal(response.status, 403);
      assert.equal(await beheer.store.userByEmail('stiekem@test.woonkans.nl'), undefined);
    });
  });

  describe('adding a user', () => {
    it('adds a user who can then sign in, and logs it', async () => {
      const email = 'nieuwe.redacteur@test.woonkans.nl';
      const response = await post('/beheer/gebruikers', {
        email,
        rol: 'redacteur',
        wachtwoord: 'een nieuw wachtwoord',
        herhaling: 'een nieuw wachtwoord',
      });
      assert.equal(response.status, 303);
      assert.match(
        response.headers.get('location') ?? '',
        /^\/beheer\/gebruikers\/\d+\?gedaan=toegevoegd$/,
      );
      const page = await (await get(response.headers.get('location') ?? '')).text();
      assert.match(page, /De gebruiker is toegevoegd/);
      assert.match(page, /<dd[^>]*>Redacteur<\/dd>/);

      const signedIn = await postSignIn(beheer.app, { email, wachtwoord: 'een nieuw wachtwoord' });
      assert.equal(signedIn.status, 303);
      const [entry] = (await beheer.store.auditLog({ limit: 500 })).filter(
        (candidate) => candidate.action === 'user-created' && candidate.subject === email,
      );
      assert.equal(entry?.actor, admin.email);
      assert.deepEqual(entry?.detail, { role: 'redacteur' });
    });

    it('lists every problem, linked to its field, and keeps what was typed', async () => {
      const response = await post('/beheer/gebruikers', {
        email: 'geen-adres',
        rol: '',
        wachtwoord: 'kort',
        herhaling: 'anders',
      });
      assert.equal(response.status, 422);
      const body = await response.text();
      assert.match(body, /<title>Fout: Gebruikers/);
      assert.match(body, /href="#email">Vul een geldig e-mailadres in/);
      assert.match(body, /href="#rol-redacteur">Kies een rol.<\/a>/);
      assert.match(body, /href="#wachtwoord">Kies een wachtwoord van minstens 12 tekens.<\/a>/);
      assert.match(body, /href="#herhaling">De twee wachtwoorden zijn niet gelijk/);
      assert.match(body, /id="email" name="email" value="geen-adres"/);
      assert.match(body, /id="wachtwoord" name="wachtwoord" value="kort"/);
      assert.match(body, /id="herhaling" name="herhaling" value="anders"/);
    });

    it('refuses whitespace only, a common password and counts characters as the CLI does', async () => {
      const problemFor = async (wachtwoord: string) => {
        const response = await post('/beheer/gebruikers', {
          email: 'nieuw@woonkans.nl',
          rol: 'redacteur',
          wachtwoord,
          herhaling: wachtwoord,
        });
        assert.equal(response.status, 422, wachtwoord);
        return response.text();
      };
      assert.match(await problemFor(' '.repeat(12)), /alleen spaties/);
      assert.match(await problemFor('aaaaaaaaaaaa'), /gebruiken veel mensen/);
      assert.match(await problemFor('Welkom123456'), /gebruiken veel mensen/);
      // Six emoji are 12 UTF-16 units, the old web check let them through.
      assert.match(await problemFor('🏠'.repeat(6)), /minstens 12 tekens/);
    });

    it('keeps the chosen role after an error and refuses an address that is taken', async () => {
      const response = await post('/beheer/gebruikers', {
        email: admin.email.toUpperCase(),
        rol: 'analist',
        wachtwoord: testPassword,
        herhaling: testPassword,
      });
      assert.equal(response.status, 422);
      const body = await response.text();
      assert.match(body, /Er is al een gebruiker met dit e-mailadres./);
      assert.match(body, /id="rol-analist" name="rol" value="analist" checked/);
    });
  });

  describe('changing and blocking a user', () => {
    it('changes the role and logs from what to what', async () => {
      const user = await createTestUser(beheer.store, 'redacteur');
      const path = await userPath(user.email);
      const response = await post(`${path}/rol`, { rol: 'analist' });
      assert.equal(response.status, 303);
      assert.equal((await beheer.store.userById(user.id))?.role, 'analist');
      const entry = (await beheer.store.auditLog({ limit: 500 })).find(
        (candidate) => candidate.action === 'user-changed' && candidate.subject === user.email,
      );
      assert.deepEqual(entry?.detail, { role: 'analist', previousRole: 'redacteur' });
    });

    it('does not let a beheerder demote or block themself', async () => {
      const path = await userPath(admin.email);
      const page = await (await get(path)).text();
      assert.match(page, /Uw eigen rol kunt u niet veranderen/);
      assert.doesNotMatch(page, /action="[^"]*\/rol"/);

      const demote = await post(`${path}/rol`, { rol: 'redacteur' });
      assert.equal(demote.status, 422);
      const block = await post(`${path}/status`, { actie: 'blokkeren' });
      assert.equal(block.status, 422);
      assert.match(await block.text(), /href="#toegang">U kunt uzelf niet blokkeren/);
      const me = await beheer.store.userByEmail(admin.email);
      assert.equal(me?.role, 'beheerder');
      assert.equal(me?.disabledAt, null);
    });

    it('blocks a user: signed out at once, cannot sign in, and back after unblocking', async () => {
      const victim = await signIn(beheer.app, beheer.store, 'redacteur');
      const path = await userPath(victim.email);
      const response = await post(`${path}/status`, { actie: 'blokkeren' });
      assert.equal(response.status, 303);
      const victimToken = victim.cookie.slice(sessionCookieName.length + 1);
      assert.equal(
        await beheer.store.session(hashToken(victimToken)),
        undefined,
        'session deleted',
      );
      assert.equal((await get('/beheer/inloggen', victim)).status, 200, 'no longer signed in');
      assert.equal((await get(path, victim)).status, 303);
      assert.equal(
        (await postSignIn(beheer.app, { email: victim.email, wachtwoord: testPassword })).status,
        422,
      );
      assert.match(await (await get(path)).text(), /<dd[^>]*>Geblokkeerd<\/dd>/);

      assert.equal((await post(`${path}/status`, { actie: 'deblokkeren' })).status, 303);
      const again = await postSignIn(beheer.app, { email: victim.email, wachtwoord: testPassword });
      assert.equal(again.status, 303);
      assert.ok(sessionCookieOf(again));

      const actions = (await beheer.store.auditLog({ limit: 500 }))
        .filter((entry) => entry.subject === victim.email && entry.actor === admin.email)
        .map((entry) => entry.action);
      assert.deepEqual(actions, ['user-changed', 'user-disabled']);
    });

    it('answers 404 for a user that does not exist', async () => {
      assert.equal((await get('/beheer/gebruikers/999999')).status, 404);
      assert.equal((await get('/beheer/gebruikers/abc')).status, 404);
    });
  });

  describe('API tokens', () => {
    it('shows a new token once, which then works, and can be revoked', async () => {
      const owner = await createTestUser(beheer.store, 'redacteur');
      const path = await userPath(owner.email);
      const created = await post(`${path}/tokens`, { label: 'Koppeling zaaksysteem' });
      assert.equal(created.status, 200);
      assert.equal(created.headers.get('cache-control'), 'no-store');
      const body = await created.text();
      assert.match(body, /Kopieer het nieuwe token nu/);
      const token = /id="nieuw-token" value="([A-Za-z0-9_-]+)"/.exec(body)?.[1];
      assert.ok(token, 'the token is on the page');

      const later = await (await get(path)).text();
      assert.ok(!later.includes(token), 'shown only once');
      assert.match(later, /<td class="utrecht-table__cell">Koppeling zaaksysteem<\/td>/);
      assert.match(later, /Nog nooit/);

      const asToken = await beheer.app.request('/beheer/inloggen', {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(asToken.status, 200);
      const [record] = await beheer.store.tokens(owner.id);
      assert.ok(record?.lastUsedAt, 'last use noted');
      assert.match(
        await (await get(path)).text(),
        // The one date-time format of beheer pages (ui/amsterdam-time.ts).
        /<td class="utrecht-table__cell">\d+ [a-z]+ \d{4}, \d\d:\d\d<\/td><td class="utrecht-table__cell"><form/,
      );

      const revoked = await post(`${path}/tokens/${record.id}/intrekken`, {});
      assert.equal(revoked.status, 303);
      assert.match(await (await get(`${path}?gedaan=ingetrokken`)).text(), /Ingetrokken op/);
      assert.equal((await beheer.store.tokens(owner.id))[0]?.revokedAt !== null, true);

      const log = await beheer.store.auditLog({ limit: 500 });
      const mine = log
        .filter((entry) => entry.subject === owner.email)
        .map((entry) => entry.action);
      assert.deepEqual(mine, ['token-revoked', 'token-created']);
      const text = JSON.stringify(log);
      assert.ok(!text.includes(token), 'the token is never logged');
      assert.ok(!text.includes(record.tokenHash), 'nor its hash');
    });

    it('asks for a name and keeps what was typed', async () => {
      const owner = await createTestUser(beheer.store, 'redacteur');
      const path = await userPath(owner.email);
      const response = await post(`${path}/tokens`, { label: '   ' });
      assert.equal(response.status, 422);
      assert.match(await response.text(), /href="#label">Geef het token een naam/);
      assert.deepEqual(await beheer.store.tokens(owner.id), []);
    });

    it('does not revoke a token through another user', async () => {
      const owner = await createTestUser(beheer.store, 'redacteur');
      const other = await createTestUser(beheer.store, 'redacteur');
      await post(`${await userPath(owner.email)}/tokens`, { label: 'x' });
      const [record] = await beheer.store.tokens(owner.id);
      assert.ok(record);
      const response = await post(
        `${await userPath(other.email)}/tokens/${record.id}/intrekken`,
        {},
      );
      assert.equal(response.status, 404);
      assert.equal((await beheer.store.tokens(owner.id))[0]?.revokedAt, null);
    });
  });

  describe('the audit log page', () => {
    it('shows the newest entries first, in Dutch, a page at a time', async () => {
      for (let index = 1; index <= 60; index++) {
        await beheer.store.audit({
          actor: 'proef@test.woonkans.nl',
          action: 'published',
          subject: 'hulpverlening',
          detail: { version: index },
        });
      }
      const first = await (await get('/beheer/logboek')).text();
      assert.match(first, /<h1 class="utrecht-heading-1">Logboek<\/h1>/);
      const rows = [
        ...first.matchAll(
          /<td class="utrecht-table__cell">Gepubliceerd<\/td><td class="utrecht-table__cell">hulpverlening<\/td><td class="utrecht-table__cell">versie: (\d+)<\/td>/g,
        ),
      ].map((match) => Number(match[1]));
      assert.equal(rows.length, 50);
      assert.equal(rows[0], 60);
      assert.equal(rows[49], 11);
      const older = /href="(\/beheer\/logboek\?voor=\d+)" rel="next"/.exec(first)?.[1];
      assert.ok(older);
      const second = await (await get(older)).text();
      assert.match(second, /versie: 10<\/td>/);
      assert.match(second, /href="\/beheer\/logboek">Nieuwste meldingen/);
      assert.doesNotMatch(second, /versie: 11<\/td>/);
    });

    it('names the sign-in actions in Dutch', async () => {
      await postSignIn(beheer.app, { email: 'onbekend@test.woonkans.nl', wachtwoord: 'fout' });
      const body = await (await get('/beheer/logboek')).text();
      assert.match(
        body,
        /<td class="utrecht-table__cell">Onbekend<\/td><td class="utrecht-table__cell">Inloggen mislukt<\/td><td class="utrecht-table__cell">onbekend@test.woonkans.nl<\/td>/,
      );
    });
  });
});
