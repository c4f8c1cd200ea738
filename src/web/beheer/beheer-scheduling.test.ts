// Versions in time in beheer: publish from a later day, see it
// planned on the timeline beside the version in force, compare the two side
// by side, cancel it, and roll back from a chosen day.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';
import { formatDutchDate, formatTypedDate } from '../../core/dates/dutch-date.ts';
import { addDays } from '../../core/dates/plain-date.ts';

const tree = '/beheer/bomen/corporaties';

describe('scheduling a version in beheer', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let beheerder: TestSession & { email: string };
  let redacteur: TestSession & { email: string };
  let later: string;

  before(async () => {
    setup = await testBeheerApp();
    beheerder = await signIn(setup.app, setup.store, 'beheerder');
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
    later = addDays(setup.admin.today(), 30);
  });
  after(() => setup.close());

  const get = async (path: string, as = beheerder) => {
    const response = await getAs(setup.app, path, as);
    return { status: response.status, body: await response.text() };
  };
  const revision = async () => String((await setup.admin.draft('corporaties'))?.draft.revision);

  it('asks from when a version applies, today filled in', async () => {
    const { body } = await get(tree);
    assert.match(body, /Vanaf wanneer geldt dit\?/);
    assert.ok(body.includes(`value="${formatTypedDate(setup.admin.today())}"`));
    assert.match(body, /Alleen voor ontruimingen vanaf \(overgangsrecht/);
  });

  it('refuses a day before today in the form, with an error summary and nothing typed lost', async () => {
    const response = await postAs(setup.app, `${tree}/publiceren`, beheerder, {
      note: 'Nieuwe contactgegevens',
      geldigVanaf: '1-1-2020',
      geldtVoorOntruimingenVanaf: '',
      revision: await revision(),
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /Een versie kan niet met terugwerkende kracht gelden/);
    assert.match(body, /href="#geldigVanaf"/);
    assert.match(body, /Nieuwe contactgegevens<\/textarea>/);
    assert.match(body, /value="1-1-2020"/);
    assert.equal((await setup.store.versions('corporaties')).length, 1);
  });

  it('publishes from a later day as planned, and shows it on the timeline', async () => {
    const response = await postAs(setup.app, `${tree}/publiceren`, beheerder, {
      note: 'Nieuwe regels',
      geldigVanaf: formatTypedDate(later),
      geldtVoorOntruimingenVanaf: '',
      revision: await revision(),
    });
    assert.equal(response.status, 303);
    const draft = await get(response.headers.get('location') ?? '');
    assert.match(draft.body, /Versie 2 is gepland/);
    assert.ok(
      draft.body.includes(`Gepland: versie 2, geldt vanaf ${formatDutchDate(later)}`),
      'the draft page says the last publish is planned, not in use',
    );
    const history = await get(`${tree}/versies`);
    assert.match(history.body, /Versie 1 \(geldt nu\)/);
    assert.ok(history.body.includes(`gepland vanaf ${formatDutchDate(later)}`));
    assert.ok(history.body.includes(`tot ${formatDutchDate(later)}`));
    assert.match(history.body, /versies\/2\/intrekken/);
    assert.doesNotMatch(history.body, /versies\/1\/intrekken/);
    // A redacteur sees the timeline, but may not cancel.
    assert.doesNotMatch((await get(`${tree}/versies`, redacteur)).body, /versies\/2\/intrekken/);
  });

  it('compares the version in force with the planned one side by side', async () => {
    const { status, body } = await get(`${tree}/vergelijk?van=1&naar=2`);
    assert.equal(status, 200);
    assert.match(body, /Naast elkaar/);
    assert.ok(body.includes(`Versie 2: gepland vanaf ${formatDutchDate(later)}`));
  });

  it('cancels the planned version after a confirmation, once', async () => {
    const confirm = await get(`${tree}/versies/2/intrekken`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.body, /Ja, trek versie 2 in/);
    const cancelled = await postAs(setup.app, `${tree}/versies/2/intrekken`, beheerder, {});
    assert.equal(cancelled.status, 303);
    const history = await get(cancelled.headers.get('location') ?? '');
    assert.match(history.body, /Versie 2 is ingetrokken/);
    assert.match(history.body, /ingetrokken op/);
    const again = await postAs(setup.app, `${tree}/versies/2/intrekken`, beheerder, {});
    assert.equal(again.status, 409);
    assert.match(await again.text(), /al ingetrokken/);
    assert.equal((await get(`${tree}/versies/1/intrekken`)).status, 409);
    // The draft is compared with what is published, not with the withdrawn version.
    assert.match((await get(tree)).body, /Gepubliceerd: versie 1 /);
  });

  it('asks the day when rolling back, and plans the rollback from it', async () => {
    const confirm = await get(`${tree}/versies/1/terugzetten`);
    assert.match(confirm.body, /Vanaf wanneer geldt dit\?/);
    const refused = await postAs(setup.app, `${tree}/versies/1/terugzetten`, beheerder, {
      geldigVanaf: '31-2-2099',
      geldtVoorOntruimingenVanaf: '',
    });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /Die dag bestaat niet in februari 2099/);
    const response = await postAs(setup.app, `${tree}/versies/1/terugzetten`, beheerder, {
      geldigVanaf: formatTypedDate(later),
      geldtVoorOntruimingenVanaf: '',
    });
    assert.equal(response.status, 303);
    const [newest] = await setup.admin.versionsInTime('corporaties');
    assert.equal(newest?.status, 'scheduled');
    assert.equal(newest?.geldigVanaf, later);
  });

  it('plans the shared rules from a later day and cancels them from their history', async () => {
    const overview = await get('/beheer/gedeeld');
    assert.match(overview.body, /Vanaf wanneer geldt dit\?/);
    const response = await postAs(setup.app, '/beheer/gedeeld/publiceren', beheerder, {
      note: 'Alvast klaarzetten',
      geldigVanaf: later,
      geldtVoorOntruimingenVanaf: '',
      revision: String((await setup.store.draft('gedeeld'))?.revision),
    });
    assert.equal(response.status, 303);
    assert.match((await get(response.headers.get('location') ?? '')).body, /is gepland vanaf/);
    const history = await get('/beheer/gedeeld/versies');
    assert.ok(history.body.includes(`gepland vanaf ${formatDutchDate(later)}`));
    assert.match(history.body, /Versie 1 \(geldt nu\)/);
    const cancelled = await postAs(setup.app, '/beheer/gedeeld/versies/2/intrekken', beheerder, {});
    assert.equal(cancelled.status, 303);
    assert.match((await get(cancelled.headers.get('location') ?? '')).body, /ingetrokken op/);
    const again = await postAs(setup.app, '/beheer/gedeeld/versies/1/intrekken', beheerder, {});
    assert.equal(again.status, 409);
  });
});
