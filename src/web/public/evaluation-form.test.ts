// The public questionnaire through app.request: what a participant notices.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createRound,
  evaluationTestApp,
  filledIn,
  submit,
} from '../../../test/support/test-evaluation.ts';
import { parseEvaluationAnswers } from '../../core/evaluation/evaluation-response.ts';

describe('the public evaluation form', () => {
  let setup: Awaited<ReturnType<typeof evaluationTestApp>>;
  let round: { id: number; slug: string };
  let required: { id: number; slug: string };

  before(async () => {
    setup = await evaluationTestApp();
    round = await createRound(setup.app, setup.beheerder);
    required = await createRound(setup.app, setup.beheerder, {
      titel: 'Alles verplicht',
      'open-antwoorden': 'nee',
    });
  });
  after(() => setup.close());

  const responses = () => setup.store.evaluationResponses(round.id);

  it('shows every statement as a fieldset with the five answers and a toelichting, without a cookie', async () => {
    const response = await setup.app.request(`/evaluatie/${round.slug}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const page = await response.text();
    assert.equal(page.match(/<fieldset/g)?.length, 14);
    assert.match(
      page,
      /<legend[^>]*><span class="wkb-evaluation-number">1\.<\/span> Ik weet wat het tweedekansbeleid inhoudt\.<\/legend>/,
    );
    for (const label of [
      'Helemaal niet mee eens',
      'Niet mee eens',
      'Neutraal/weet ik niet',
      'Mee eens',
      'Helemaal mee eens',
    ]) {
      assert.equal(page.split(`>${label}</label>`).length - 1, 14, label);
    }
    assert.equal(page.match(/>Toelichting \(niet verplicht\)</g)?.length, 14);
    assert.match(page, />Adviezen\/suggesties\/punten van kritiek m\.b\.t\. het tweedekansbeleid</);
    assert.match(page, />Adviezen\/suggesties\/punten van kritiek m\.b\.t\. de Woonkansboom</);
    assert.match(page, /‘anoniem’/);
    assert.match(page, /<input type="hidden" name="sleutel" value="[A-Za-z0-9_-]{24}">/);
  });

  it('opens with the introduction of Bijlage 13 as Markdown, with the note and a link to the Woonkansboom', async () => {
    const page = await (await setup.app.request(`/evaluatie/${round.slug}`)).text();
    const intro = page.indexOf('Met deze vragenlijst willen wij achterhalen');
    assert.ok(intro > 0 && intro < page.indexOf('<form'), 'the introduction comes before the form');
    assert.match(page, /werkt nauw samen met de Groninger woningcorporaties/);
    assert.match(
      page,
      /<em>Dit formulier is bedoeld voor medewerkers van Bureau Woonkans en de professionals die samenwerken met Bureau Woonkans\.<\/em>/,
    );
    assert.match(page, /‘de zeven Groninger woningcorporaties’\. Nu zijn het er zes\./);
    assert.match(
      page,
      /<a href="\/" class="utrecht-link utrecht-link--html-a">de Woonkansboom staat op deze website<\/a>/,
    );
  });

  it('lets a statement be left open in a round that allows it, and says it does not count as Neutraal', async () => {
    const page = await (await setup.app.request(`/evaluatie/${round.slug}`)).text();
    assert.doesNotMatch(page, /Dat is verplicht/);
    assert.match(
      page,
      /U mag een stelling overslaan\. Dat telt niet als ‘Neutraal\/weet ik niet’\./,
    );
    assert.equal(page.match(/>Geen antwoord<\/label>/g)?.length, 14);
    assert.match(page, /id="score-tkb-weet-wat-open" name="score-tkb-weet-wat" value=""/);
    const fields = filledIn({ 'score-wkb-vindbaar': '' });
    delete fields['score-tkb-voorwaarden'];
    const response = await submit(setup.app, round.slug, fields);
    assert.equal(response.status, 303);
    const stored = (await responses()).at(-1);
    const scores = parseEvaluationAnswers(stored?.answers).scores;
    assert.equal(scores['tkb-voorwaarden'], null);
    assert.equal(scores['wkb-vindbaar'], null);
    assert.equal(scores['tkb-weet-wat'], 4);
  });

  it('gives every visitor another idempotency key', async () => {
    const key = async () =>
      /name="sleutel" value="([^"]+)"/.exec(
        await (await setup.app.request(`/evaluatie/${round.slug}`)).text(),
      )?.[1];
    assert.notEqual(await key(), await key());
  });

  it('in a round that requires every answer, says so and offers no way to skip', async () => {
    const page = await (await setup.app.request(`/evaluatie/${required.slug}`)).text();
    assert.match(page, /Kies bij elke stelling één antwoord\. Dat is verplicht\./);
    assert.doesNotMatch(page, /Geen antwoord/);
  });

  it('refuses a form with a statement left open in a round that requires every answer: 422, an error summary linking to it, everything typed kept', async () => {
    const fields = filledIn({
      'toelichting-tkb-weet-wat': 'Ik ken het van een collega & een folder.',
      'advies-woonkansboom': 'Zet hem in ons dossiersysteem.',
      naam: 'Anna',
      functie: 'Casemanager',
    });
    delete fields['score-tkb-voorwaarden'];
    fields['score-wkb-aanraden'] = '2';
    const response = await submit(setup.app, required.slug, fields);
    assert.equal(response.status, 422);
    const page = await response.text();
    assert.match(page, /<title>Fout: Alles verplicht/);
    assert.match(page, /tabindex="-1" autofocus id="foutmelding"/);
    assert.match(
      page,
      /<a class="utrecht-link utrecht-link--html-a" href="#score-tkb-voorwaarden-1">Kies een antwoord bij stelling 4 van ‘Tweedekansbeleid’\.<\/a>/,
    );
    assert.match(page, /aria-describedby="score-tkb-voorwaarden-fout"/);
    assert.match(
      page,
      /id="score-tkb-voorwaarden-1" name="score-tkb-voorwaarden" value="1" aria-invalid="true">/,
    );
    assert.match(page, /id="score-wkb-aanraden-2" name="score-wkb-aanraden" value="2" checked/);
    assert.match(page, /id="score-tkb-weet-wat-4" name="score-tkb-weet-wat" value="4" checked/);
    assert.match(page, />Ik ken het van een collega &amp; een folder\.<\/textarea>/);
    assert.match(page, />Zet hem in ons dossiersysteem\.<\/textarea>/);
    assert.match(page, /id="naam" name="naam" value="Anna"/);
    assert.match(page, new RegExp(`name="sleutel" value="${fields.sleutel}"`));
    assert.equal((await setup.store.evaluationResponses(required.id)).length, 0);
  });

  it('stores a valid form with the day only and sends the participant to the thank-you page', async () => {
    const response = await submit(
      setup.app,
      round.slug,
      filledIn({ 'toelichting-wkb-duidelijk': 'Helder' }, '5'),
    );
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/evaluatie/${round.slug}/bedankt`);
    const stored = (await responses()).at(-1);
    assert.equal(stored?.submittedOn, '2026-11-28');
    assert.equal(stored?.name, null);
    assert.deepEqual(parseEvaluationAnswers(stored?.answers).notes, { 'wkb-duidelijk': 'Helder' });
    const thanks = await setup.app.request(`/evaluatie/${round.slug}/bedankt`);
    assert.equal(thanks.status, 200);
    assert.match(await thanks.text(), /Bedankt voor het invullen/);
  });

  it('stores a double submit with the same key once, and thanks both times', async () => {
    const before = (await responses()).length;
    const fields = filledIn({ naam: 'Dubbel' });
    const [first, second] = await Promise.all([
      submit(setup.app, round.slug, fields),
      submit(setup.app, round.slug, fields),
    ]);
    const third = await submit(setup.app, round.slug, fields);
    for (const response of [first, second, third]) {
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), `/evaluatie/${round.slug}/bedankt`);
    }
    const stored = await responses();
    assert.equal(stored.length, before + 1);
    assert.equal(stored.filter((response) => response.name === 'Dubbel').length, 1);
  });

  it('refuses a body over 2 MB with a Dutch page before reading it, and stores nothing', async () => {
    const before = (await responses()).length;
    const response = await submit(
      setup.app,
      round.slug,
      filledIn({ 'toelichting-wkb-duidelijk': 'x'.repeat(2 * 1024 * 1024) }),
    );
    assert.equal(response.status, 413);
    const text = await response.text();
    assert.match(text, /Uw antwoorden zijn te lang/);
    assert.match(text, /knop Vorige/);
    assert.equal((await responses()).length, before);
  });

  it('answers 404 with a Dutch page for a link that does not exist', async () => {
    const response = await setup.app.request('/evaluatie/bestaat-niet');
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Formulier niet gevonden/);
    assert.equal((await submit(setup.app, 'bestaat-niet', filledIn())).status, 404);
  });

  it('tells that a round is not open yet and refuses answers before it opens', async () => {
    const later = await createRound(setup.app, setup.beheerder, {
      titel: 'Voorjaar 2027',
      vanaf: '1-3-2027',
      tot: '31-3-2027',
    });
    const response = await setup.app.request(`/evaluatie/${later.slug}`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Deze ronde is nog niet open.*1 maart 2027/s);
    assert.equal((await submit(setup.app, later.slug, filledIn())).status, 409);
    assert.equal((await setup.store.evaluationResponses(later.id)).length, 0);
  });

  it('refuses answers once the round is closed, but still thanks a repeat of an earlier answer', async () => {
    const closing = await createRound(setup.app, setup.beheerder, { titel: 'Kort' });
    const fields = filledIn();
    assert.equal((await submit(setup.app, closing.slug, fields)).status, 303);
    await setup.store.closeEvaluationRound(closing.id);
    const page = await setup.app.request(`/evaluatie/${closing.slug}`);
    assert.equal(page.status, 410);
    assert.match(await page.text(), /Deze ronde is gesloten/);
    const late = await submit(setup.app, closing.slug, filledIn());
    assert.equal(late.status, 410);
    assert.equal((await submit(setup.app, closing.slug, fields)).status, 303);
    assert.equal((await setup.store.evaluationResponses(closing.id)).length, 1);
  });
});
