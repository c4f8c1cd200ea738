// Every refusal — whatever route or middleware says no — is one Dutch page in
// the layout of the part of the site it came from, or problem+json under /api,
// never cached.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  createRound,
  evaluationTestApp,
  filledIn,
  submit,
} from '../../test/support/test-evaluation.ts';
import { postAs } from '../../test/support/test-requests.ts';

type Setup = Awaited<ReturnType<typeof evaluationTestApp>>;

function headingOf(body: string): string {
  return /<h1 class="utrecht-heading-1">([^<]*)<\/h1>/.exec(body)?.[1] ?? '';
}

function assertRefusalPage(response: Response, body: string, status: number, heading: string) {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(headingOf(body), heading);
  assert.match(body, /<html lang="nl">/);
}

describe('refusals', () => {
  let setup: Setup;
  before(async () => {
    setup = await evaluationTestApp();
  });

  it('a walk of a tree that does not exist: the same words on the site, in the embed and in the API', async () => {
    const site = await setup.app.request('/boom/bestaat-niet');
    const siteBody = await site.text();
    assertRefusalPage(site, siteBody, 404, 'Pagina niet gevonden');
    assert.match(siteBody, /Deze Woonkansboom bestaat niet\./);
    assert.match(siteBody, /href="\/">Naar de start van de Woonkansboom</);

    const embed = await setup.app.request('/embed/boom/bestaat-niet');
    const embedBody = await embed.text();
    assertRefusalPage(embed, embedBody, 404, 'Pagina niet gevonden');
    assert.match(embedBody, /Deze Woonkansboom bestaat niet\./);
    assert.match(embedBody, /wkb-embed__credit/, 'shown in the embed layout');

    const advice = await setup.app.request('/boom/bestaat-niet/advies.pdf');
    assertRefusalPage(advice, await advice.text(), 404, 'Pagina niet gevonden');

    const api = await setup.app.request('/api/v1/trees/bestaat-niet');
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  it('an unreadable version in the address is 400 everywhere a tree is shown', async () => {
    for (const path of [
      '/boom/hulpverlening?versie=drie',
      '/embed/boom/hulpverlening?versie=drie',
      '/boom/hulpverlening/overzicht?versie=drie',
      '/boom/hulpverlening/overzicht.svg?versie=drie',
      '/boom/hulpverlening/agenda.ics?versie=drie',
    ]) {
      const response = await setup.app.request(path);
      const body = await response.text();
      assertRefusalPage(response, body, 400, 'Fout in het webadres');
      assert.match(body, /(&quot;|")drie(&quot;|") is geen versienummer/, path);
    }
  });

  it('an unreadable reference date offers the same walk as of today', async () => {
    const response = await setup.app.request('/boom/hulpverlening?ontruimd=ja&peildatum=gisteren');
    const body = await response.text();
    assertRefusalPage(response, body, 400, 'De datum om mee te rekenen klopt niet');
    assert.match(
      body,
      /href="\/boom\/hulpverlening\?ontruimd=ja">Verder met de datum van vandaag</,
    );
  });

  it('a beheer refusal (no permission, a form from elsewhere) is a page in the beheer layout', async () => {
    const forbidden = await setup.app.request('/beheer/gebruikers', {
      headers: { Cookie: setup.analist.cookie },
    });
    const forbiddenBody = await forbidden.text();
    assertRefusalPage(forbidden, forbiddenBody, 403, 'Geen toegang');
    assert.match(forbiddenBody, /href="\/beheer">Naar het beheer</);
    assert.match(forbiddenBody, /Uitloggen/, 'the beheer layout, with the signed-in menu');

    const foreign = await setup.app.request('/beheer/evaluatie/nieuwe-ronde', {
      method: 'POST',
      body: new URLSearchParams({ titel: 'x' }),
      headers: {
        Cookie: setup.beheerder.cookie,
        Origin: 'https://elders.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    assertRefusalPage(foreign, await foreign.text(), 403, 'Niet gelukt');
  });

  it('answers to a round that is closed (410) or not open yet (409) are refused with a page', async () => {
    const closed = await createRound(setup.app, setup.beheerder, {
      vanaf: '1-1-2026',
      tot: '1-2-2026',
    });
    const late = await submit(setup.app, closed.slug, filledIn());
    assertRefusalPage(late, await late.text(), 410, 'Deze ronde is gesloten');

    const planned = await createRound(setup.app, setup.beheerder, {
      vanaf: '1-1-2027',
      tot: '1-2-2027',
    });
    const look = await setup.app.request(`/evaluatie/${planned.slug}`);
    assert.equal(look.status, 200, 'looking at a round not open yet is no refusal');
    const early = await submit(setup.app, planned.slug, filledIn());
    const earlyBody = await early.text();
    assertRefusalPage(early, earlyBody, 409, 'Deze ronde is nog niet open');
    assert.match(earlyBody, /vanaf 1 januari 2027/);
  });

  it('a body over the limit is 413 with a page that says the input is still there', async () => {
    const response = await postAs(setup.app, '/beheer/evaluatie/nieuwe-ronde', setup.beheerder, {
      titel: 'x'.repeat(300 * 1024),
    });
    const body = await response.text();
    assertRefusalPage(response, body, 413, 'Te groot om te versturen');
    assert.match(body, /daar staat uw invoer nog/);
    assert.equal(response.headers.get('connection'), 'close');
  });
});
