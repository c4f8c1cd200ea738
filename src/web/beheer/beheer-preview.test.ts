import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { submitPage } from '../../../test/support/test-form.ts';
import { getAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';

const preview = '/beheer/bomen/hulpverlening/voorbeeld';
const answers =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee';

describe('preview of the draft', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let redacteur: TestSession;

  before(async () => {
    // A store without shared rules: regeling_maanden is the tree's own here.
    setup = await testBeheerApp({ sharedRules: false });
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
    const saved = await submitPage(
      setup.app,
      redacteur,
      '/beheer/bomen/hulpverlening/parameter/regeling_maanden',
      { value: '7' },
    );
    assert.equal(saved.status, 303);
  });
  after(() => setup.close());

  it('asks the first question under a clear banner, with forms that stay in the preview', async () => {
    const response = await getAs(setup.app, preview, redacteur);
    assert.equal(response.status, 200);
    const body = await response.text();
    assert.match(body, /<strong>Voorbeeld van het concept<\/strong> \(revisie 2\)/);
    assert.match(body, /<form method="get" action="\/beheer\/bomen\/hulpverlening\/voorbeeld"/);
    assert.match(body, /Is uw cliënt uit huis gezet/);
    assert.doesNotMatch(body, /<script/);
  });

  it('redirects a submitted answer to the clean preview URL', async () => {
    const response = await getAs(setup.app, `${preview}?ontruimd=ja&vraag=ontruimd`, redacteur);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${preview}?ontruimd=ja`);
  });

  it('walks the draft, not the published version', async () => {
    const draft = await getAs(setup.app, `${preview}?${answers}`, redacteur);
    assert.equal(draft.status, 200);
    assert.match(await draft.text(), /Uw cliënt kan zich laten aanmelden vanaf 1 december 2026/);
    const published = await setup.app.request(`/boom/hulpverlening?${answers}`);
    assert.match(await published.text(), /Is er hulpverlening betrokken/);
  });

  it('is only for signed-in editors', async () => {
    assert.equal((await getAs(setup.app, preview, undefined)).status, 303);
    const analist = await signIn(setup.app, setup.store, 'analist');
    assert.equal((await getAs(setup.app, preview, analist)).status, 403);
  });
});
