// The beheerder's journey, socket-free: change the "6 maanden"
// parameter, see scenarios fail and publishing refused, fix the scenarios,
// publish with a note, see the public walk change, read the diff, roll back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { submitPage } from '../../../test/support/test-form.ts';
import { getAs, postAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';

const tree = '/beheer/bomen/hulpverlening';
const tweedekansWalk =
  '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';

describe('publishing a changed parameter', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let beheerder: TestSession & { email: string };

  before(async () => {
    // A store without shared rules: regeling_maanden is the tree's own here.
    setup = await testBeheerApp({ sharedRules: false });
    beheerder = await signIn(setup.app, setup.store, 'beheerder');
  });
  after(() => setup.close());

  const get = async (path: string) => {
    const response = await getAs(setup.app, path, beheerder);
    return { status: response.status, body: await response.text() };
  };
  const publish = (note: string, revision: number) =>
    postAs(setup.app, `${tree}/publiceren`, beheerder, { note, revision: String(revision) });
  /** The public walk page, following the redirect to its clean URL. */
  const walk = async (path: string): Promise<string> => {
    let response = await setup.app.request(path);
    if (response.status === 303)
      response = await setup.app.request(response.headers.get('location') ?? '');
    assert.equal(response.status, 200);
    return response.text();
  };
  const revision = async () => (await setup.admin.draft('hulpverlening'))?.draft.revision ?? 0;

  it('walks to the tweedekansbeleid with six months before the change', async () => {
    assert.match(await walk(tweedekansWalk), /Uw cliënt past bij het tweedekansbeleid/);
  });

  it('makes scenarios fail when regeling_maanden goes from 6 to 7, visible on the draft page', async () => {
    const saved = await submitPage(setup.app, beheerder, `${tree}/parameter/regeling_maanden`, {
      value: '7',
    });
    assert.equal(saved.status, 303);
    const { body } = await get(tree);
    assert.match(body, /✗<\/span> Het concept kan nog niet gepubliceerd worden/);
    assert.match(
      body,
      /Past bij het tweedekansbeleid als de regeling zes maanden goed loopt<\/a><ul[^>]*><li[^>]*>Verwacht uitkomst &quot;tweedekans&quot;, maar het scenario eindigt bij uitkomst &quot;nog-niet&quot;/,
    );
    assert.match(body, /7 maanden/);
  });

  it('refuses to publish, lists every problem and keeps the published version', async () => {
    const response = await publish('Zeven maanden', await revision());
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /Niet gepubliceerd/);
    const failing =
      (await setup.admin.draft('hulpverlening'))?.check.scenarioResults.filter(
        (result) => !result.passed,
      ) ?? [];
    assert.ok(failing.length > 1);
    for (const result of failing)
      assert.ok(body.includes(result.name.replace(/"/g, '&quot;')), result.name);
    assert.match(body, /Zeven maanden<\/textarea>/);
    assert.deepEqual(
      (await setup.admin.versions('hulpverlening')).map((version) => version.version),
      [1],
    );
  });

  it('makes the draft publishable once the failing scenarios are fixed', async () => {
    const results = (await setup.admin.draft('hulpverlening'))?.check.scenarioResults ?? [];
    for (const [index, result] of results.entries()) {
      if (result.passed) continue;
      const path = `${tree}/scenario/${index + 1}`;
      const proposal = await get(`${path}?voorstel=1`);
      assert.match(proposal.body, /Het formulier is ingevuld met wat er nu uitkomt/);
      const fixed = await submitPage(setup.app, beheerder, `${path}?voorstel=1`, {}, path);
      assert.equal(fixed.status, 303, result.name);
    }
    const { body } = await get(tree);
    assert.match(body, /✓<\/span> Het concept kan gepubliceerd worden/);
  });

  it('asks for a change note before publishing', async () => {
    const response = await publish('  ', await revision());
    assert.equal(response.status, 422);
    assert.match(await response.text(), /href="#note">Schrijf kort op wat er verandert/);
  });

  it('refuses to publish a draft that changed after the beheerder looked at it', async () => {
    const response = await publish('Zeven maanden', (await revision()) - 1);
    assert.equal(response.status, 409);
    assert.match(await response.text(), /het concept is intussen veranderd/);
  });

  it('publishes with a note, and the public walk follows the new rule', async () => {
    const response = await publish('Regeling moet nu 7 maanden goed lopen', await revision());
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${tree}?gepubliceerd=2`);
    const { body } = await get(`${tree}?gepubliceerd=2`);
    assert.match(body, /Versie 2 is gepubliceerd/);
    assert.match(body, /Het concept is gelijk aan de gepubliceerde versie/);
    assert.match(
      await walk(tweedekansWalk),
      /Uw cliënt kan zich laten aanmelden vanaf 1 december 2026/,
    );
  });

  it('lists the version with its author and note, and the diff shows the parameter change', async () => {
    const history = await get(`${tree}/versies`);
    assert.match(history.body, /Versie 2 \(geldt nu\)/);
    assert.match(history.body, /Regeling moet nu 7 maanden goed lopen/);
    assert.ok(history.body.includes(beheerder.email));
    assert.match(history.body, /\d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}/);
    const diff = await get(`${tree}/vergelijk?van=1&naar=2`);
    assert.equal(diff.status, 200);
    assert.match(
      diff.body,
      /data-path="parameters\.regeling_maanden\.value"><strong>Waarde van parameter &quot;regeling_maanden&quot; gewijzigd<\/strong>.*<del><span class="wkb-visually-hidden">\(verwijderd: <\/span>6<span class="wkb-visually-hidden">\)<\/span><\/del><ins><span class="wkb-visually-hidden">\(toegevoegd: <\/span>7<span class="wkb-visually-hidden">\)<\/span><\/ins> maanden/s,
    );
    assert.match(diff.body, /Verwachting van scenario/);
  });

  it('rolls back by publishing the old content as a new version', async () => {
    const confirm = await get(`${tree}/versies/1/terugzetten`);
    assert.match(confirm.body, /opnieuw gepubliceerd als versie 3/);
    const response = await postAs(setup.app, `${tree}/versies/1/terugzetten`, beheerder);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${tree}/versies?teruggezet=3`);
    const [one, three] = [
      await setup.admin.version('hulpverlening', 1),
      await setup.admin.version('hulpverlening', 3),
    ];
    assert.deepEqual(three?.content, one?.content);
    assert.equal(three?.note, 'Teruggezet naar versie 1');
    assert.match(await walk(tweedekansWalk), /Uw cliënt past bij het tweedekansbeleid/);
    const { body } = await get(tree);
    assert.match(body, /Het concept wijkt af van de gepubliceerde versie/);
  });
});
