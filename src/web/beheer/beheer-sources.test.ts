// SPEC §11 in the editor: the te-controleren list and count, confirming
// (beheerders only, with an audit entry), the shared rules pages, and shared
// items read-only in a tree.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { submitPage } from '../../../test/support/test-form.ts';
import { getAs, postAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';
import { sharedRulesId } from '../../core/tree/shared-rules.ts';

describe('sources and shared rules in beheer', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let beheerder: TestSession & { email: string };
  let redacteur: TestSession & { email: string };

  before(async () => {
    setup = await testBeheerApp();
    beheerder = await signIn(setup.app, setup.store, 'beheerder');
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
  });
  after(() => setup.close());

  const get = async (path: string, session: TestSession = beheerder) => {
    const response = await getAs(setup.app, path, session);
    return { status: response.status, body: await response.text() };
  };
  const countOn = (body: string) => Number(/Te controleren: (\d+)/.exec(body)?.[1]);

  it('shows "Te controleren: N" on the start page, linked to the list with the same count', async () => {
    const start = await get('/beheer');
    assert.match(start.body, /<a [^>]*href="\/beheer\/te-controleren">Te controleren: \d+<\/a>/);
    const list = await get('/beheer/te-controleren');
    assert.equal(list.status, 200);
    assert.ok(countOn(start.body) > 10);
    assert.equal(countOn(list.body), countOn(start.body));
  });

  it('lists every item with its source and a link to where it is edited, and the standing check', async () => {
    const { body } = await get('/beheer/te-controleren');
    assert.match(body, /Controleer de bomen tegen de eigen Woonkansbomen van Bureau Woonkans/);
    assert.match(body, /href="\/beheer\/gedeeld\/parameter\/regeling_maanden"/);
    assert.match(
      body,
      /Scriptie: Bijlage 9 en Bijlage 13 \(evaluatieformulier\); de begrippenlijst noemt drie maanden\./,
    );
    assert.match(body, /href="\/beheer\/bomen\/hulpverlening\/uitkomst\/[a-z-]+"/);
    assert.match(body, /gaat mee met de volgende versie/);
  });

  it('lets a redacteur see the list but not confirm', async () => {
    const { status, body } = await get('/beheer/te-controleren', redacteur);
    assert.equal(status, 200);
    assert.doesNotMatch(body, /te-controleren\/bevestigen/);
    const response = await postAs(setup.app, '/beheer/te-controleren/bevestigen', redacteur, {
      owner: sharedRulesId,
      item: 'parameter:regeling_maanden',
    });
    assert.equal(response.status, 403);
  });

  it('confirms an item as beheerder: one fewer to check, in the draft and in the audit log', async () => {
    const before = countOn((await get('/beheer/te-controleren')).body);
    const response = await postAs(setup.app, '/beheer/te-controleren/bevestigen', beheerder, {
      owner: sharedRulesId,
      item: 'parameter:regeling_maanden',
    });
    assert.equal(response.status, 303);
    const after = await get(response.headers.get('location') ?? '');
    assert.equal(countOn(after.body), before - 1);
    assert.match(after.body, /Bevestigd: Goedlopende betalingsregeling/);
    const [entry] = await setup.store.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'source-confirmed');
    assert.equal(entry?.actor, beheerder.email);
  });

  it('shows a shared period read-only in a tree, linked to the shared rules', async () => {
    const { status, body } = await get('/beheer/bomen/hulpverlening/parameter/regeling_maanden');
    assert.equal(status, 200);
    assert.match(
      body,
      /href="\/beheer\/gedeeld\/parameter\/regeling_maanden">Wijzig in de gedeelde regels/,
    );
    assert.doesNotMatch(body, /name="value"/);
  });

  it('edits a shared period, shows which tree fails with it, and refuses to publish', async () => {
    const saved = await submitPage(
      setup.app,
      beheerder,
      '/beheer/gedeeld/parameter/regeling_maanden',
      {
        value: '3',
      },
    );
    assert.equal(saved.status, 303);
    const overview = await get('/beheer/gedeeld');
    assert.match(overview.body, /3 maanden/);
    const revision = /name="revision" value="(\d+)"/.exec(overview.body)?.[1] ?? '';
    const response = await postAs(setup.app, '/beheer/gedeeld/publiceren', beheerder, {
      revision,
      note: '',
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /Niet gepubliceerd/);
    assert.match(
      body,
      /Woonkansboom hulpverlenende instanties<\/a><\/h3>\s*<p[^>]*wkb-check--fail/,
    );
    assert.equal((await setup.store.versions(sharedRulesId)).length, 1);
  });

  it('refuses an invalid shared period with the error linked to its field', async () => {
    const response = await submitPage(
      setup.app,
      beheerder,
      '/beheer/gedeeld/parameter/regeling_maanden',
      {
        value: 'zes',
      },
    );
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /<a [^>]*href="#value">Vul een heel getal in/);
  });
});
