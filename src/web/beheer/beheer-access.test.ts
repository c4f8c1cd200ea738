import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';

const tree = '/beheer/bomen/hulpverlening';

/** Every page of the editor that a redacteur may see. */
const pages = [
  '/beheer',
  tree,
  `${tree}/vraag/reden`,
  `${tree}/vraag/datum_ontruiming`,
  `${tree}/controle/regeling_lang_genoeg`,
  `${tree}/uitkomst/tweedekans`,
  `${tree}/parameter/regeling_maanden`,
  `${tree}/voorwaarde/binnen_termijn`,
  `${tree}/traject/tweedekansbeleid`,
  `${tree}/contact/bureau-woonkans`,
  `${tree}/algemeen`,
  `${tree}/scenario/1`,
  `${tree}/scenario/nieuw`,
  `${tree}/nieuw`,
  `${tree}/vraag/reden/verwijderen`,
  `${tree}/voorbeeld`,
  `${tree}/versies`,
  `${tree}/vergelijk?van=1&naar=concept`,
  `${tree}/versies/1/download`,
  `${tree}/concept.json`,
  `${tree}/importeren`,
];

describe('access to the editor', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  const sessions: Record<string, TestSession> = {};

  before(async () => {
    setup = await testBeheerApp();
    for (const role of ['redacteur', 'beheerder', 'analist'] as const) {
      sessions[role] = await signIn(setup.app, setup.store, role);
    }
  });
  after(() => setup.close());

  for (const role of ['redacteur', 'beheerder']) {
    it(`shows every editor page to a ${role}`, async () => {
      for (const path of pages) {
        const response = await getAs(setup.app, path, sessions[role]);
        assert.equal(response.status, 200, `${path} for ${role}`);
      }
    });
  }

  it('refuses every editor page to an analist with 403', async () => {
    for (const path of pages) {
      const response = await getAs(setup.app, path, sessions.analist);
      assert.equal(response.status, 403, path);
    }
  });

  it('sends anonymous visitors to the sign-in page, and remembers where they were going', async () => {
    for (const path of pages) {
      const response = await getAs(setup.app, path, undefined);
      assert.equal(response.status, 303, path);
      assert.match(response.headers.get('location') ?? '', /^\/beheer\/inloggen/, path);
    }
  });

  it('lets only a beheerder publish and roll back', async () => {
    const redacteur = sessions.redacteur;
    const publish = await postAs(setup.app, `${tree}/publiceren`, redacteur, {
      note: 'x',
      revision: '1',
    });
    assert.equal(publish.status, 403);
    const rollback = await postAs(setup.app, `${tree}/versies/1/terugzetten`, redacteur);
    assert.equal(rollback.status, 403);
    assert.equal((await getAs(setup.app, `${tree}/versies/1/terugzetten`, redacteur)).status, 403);
    const page = await (await getAs(setup.app, tree, redacteur)).text();
    assert.doesNotMatch(page, /action="[^"]*\/publiceren"/);
    assert.match(page, /Een beheerder publiceert het concept/);
  });

  it('refuses a form without the CSRF token', async () => {
    const response = await postAs(
      setup.app,
      `${tree}/parameter/regeling_maanden`,
      sessions.beheerder,
      {
        _csrf: 'fout',
        revision: '1',
        value: '7',
      },
    );
    assert.equal(response.status, 403);
    const draft = await setup.admin.draft('hulpverlening');
    assert.equal(draft?.draft.revision, 1);
  });

  it('answers 404 for a tree or part that does not exist', async () => {
    const session = sessions.redacteur;
    assert.equal((await getAs(setup.app, '/beheer/bomen/bestaat-niet', session)).status, 404);
    assert.equal((await getAs(setup.app, `${tree}/vraag/bestaat-niet`, session)).status, 404);
    assert.equal((await getAs(setup.app, `${tree}/vraag/binnen_termijn`, session)).status, 404);
    assert.equal((await getAs(setup.app, `${tree}/scenario/999`, session)).status, 404);
  });
});
