import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../test/support/test-app.ts';

const app = testApp();

async function page(path: string) {
  const response = await app.request(path);
  return { response, body: await response.text() };
}

const tweedekans =
  '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';

describe('walk pages', () => {
  it('offers "Ik weet de datum niet precies" on a date question and shows it under "Uw antwoorden"', async () => {
    const asked = await page('/boom/hulpverlening?ontruimd=ja&reden=overlast');
    assert.match(
      asked.body,
      /<button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit" name="datum_ontruiming" value="onbekend">Ik weet de datum niet precies<\/button>/,
    );
    // Without JavaScript the form sends the empty date field and then the button.
    const sent = await app.request(
      '/boom/hulpverlening?ontruimd=ja&reden=overlast&vraag=datum_ontruiming&datum_ontruiming=&datum_ontruiming=onbekend',
    );
    const location = sent.headers.get('location') ?? '';
    const { body } = await page(
      location || '/boom/hulpverlening?ontruimd=ja&reden=overlast&datum_ontruiming=onbekend',
    );
    assert.match(body, /Zoek eerst de datum op/);
    assert.match(
      body,
      /<dd class="utrecht-data-list__item-value[^"]*">Ik weet de datum niet precies<\/dd>/,
    );
    assert.doesNotMatch(body, /datum nog niet bekend/);
  });

  it('ends a walk started at hulpverlening with only that answer at a question, not at "past"', async () => {
    const { body } = await page('/boom/hulpverlening?start=hulpverlening&hulpverlening=ja');
    assert.match(body, /id="vraag"[^>]*>Is uw cliënt uit huis gezet/);
    assert.doesNotMatch(body, /datum nog niet bekend/);
  });

  it('offers both trees on the start page, with the optional question where the user works', async () => {
    const { response, body } = await page('/');
    assert.equal(response.status, 200);
    assert.match(body, /<html lang="nl">/);
    assert.match(body, /formaction="\/boom\/hulpverlening"/);
    assert.match(body, /formaction="\/boom\/corporaties"/);
    assert.match(body, /<legend[^>]*>Waar werkt u\? <span class="wkb-meta">\(niet verplicht\)/);
    assert.doesNotMatch(body, /name="org"[^>]*checked/);
  });

  it('asks the first question as the only h1, inside a fieldset legend', async () => {
    const { response, body } = await page('/boom/hulpverlening');
    assert.equal(response.status, 200);
    assert.equal(body.match(/<h1\b/g)?.length, 1);
    assert.match(body, /<legend[^>]*><h1[^>]*id="vraag"[^>]*>Is uw cliënt uit huis gezet/);
    assert.match(body, /type="radio" id="ontruimd-ja" name="ontruimd" value="ja"/);
    assert.match(body, /Waarom vragen we dit\?/);
    assert.match(body, /<script type="module" src="\/static\/walk.test.js">/);
  });

  it('redirects a submitted answer to the clean URL of the walk', async () => {
    const response = await app.request('/boom/hulpverlening?ontruimd=ja&vraag=ontruimd');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/boom/hulpverlening?ontruimd=ja');
  });

  it('drops answers that are no longer on the path from the URL', async () => {
    const response = await app.request(
      '/boom/hulpverlening?ontruimd=nee&reden=beide&datum_ontruiming=2022-03-15',
    );
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/boom/hulpverlening?ontruimd=nee');
  });

  it('accepts a date typed the Dutch way and writes it as ISO in the URL', async () => {
    const response = await app.request(
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=15-3-2022',
    );
    assert.equal(
      response.headers.get('location'),
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15',
    );
  });

  it('shows an error summary linked to the field when no answer was chosen, keeping the answers', async () => {
    const { response, body } = await page('/boom/hulpverlening?ontruimd=ja&vraag=reden');
    assert.equal(response.status, 422);
    assert.match(body, /<title>Fout: Waarom is uw cliënt ontruimd\?/);
    assert.match(body, /id="foutmelding"/);
    assert.match(
      body,
      /<a class="utrecht-link utrecht-link--html-a" href="#reden-huurachterstand">Kies een antwoord.<\/a>/,
    );
    assert.match(body, /<input type="hidden" name="ontruimd" value="ja">/);
  });

  it('refuses an eviction date after the peildatum and keeps what was typed', async () => {
    const { response, body } = await page(
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2027-01-05&vraag=datum_ontruiming',
    );
    assert.equal(response.status, 422);
    assert.match(
      body,
      /De datum 5 januari 2027 ligt na 28 november 2026: die dag is nog niet geweest\./,
    );
    assert.match(
      body,
      /type="text" id="datum_ontruiming" name="datum_ontruiming" value="2027-01-05"/,
    );
  });

  it('says why a typed date does not exist and shows it again as typed, in a text field', async () => {
    const { response, body } = await page(
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=31-02-2022&vraag=datum_ontruiming',
    );
    assert.equal(response.status, 422);
    assert.match(body, /De datum 31-02-2022 bestaat niet: februari 2022 heeft 28 dagen\./);
    assert.match(
      body,
      /type="text" id="datum_ontruiming" name="datum_ontruiming" value="31-02-2022"/,
    );
    assert.match(body, /Schrijf de datum als dag-maand-jaar/);
    assert.doesNotMatch(body, /type="date"/);
  });

  it('asks for a year in four digits, and to check a year before 1900', async () => {
    const asked = (date: string) =>
      page(
        `/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=${date}&vraag=datum_ontruiming`,
      );
    assert.match((await asked('1-3-22')).body, /Schrijf het jaar met 4 cijfers/);
    assert.match((await asked('1-1-1850')).body, /Kijk of het jaar 1850 klopt/);
  });

  it('refuses an option that does not exist with a Dutch message', async () => {
    const { response, body } = await page('/boom/hulpverlening?ontruimd=misschien');
    assert.equal(response.status, 422);
    assert.match(body, /&quot;misschien&quot; is geen antwoord op de vraag/);
  });

  it('shows the outcome with verdict, dates, conditions, next steps, contacts and answers', async () => {
    const { response, body } = await page(tweedekans);
    assert.equal(response.status, 200);
    assert.match(body, /utrecht-status-badge--success wkb-verdict">Past</);
    assert.match(body, /data-date="uiterste_aanmelddatum">14 maart 2027</);
    assert.match(body, /data-date="aanmelden_vanaf">1 november 2026</);
    assert.match(body, /wkb-requirement--met/);
    assert.doesNotMatch(body, /wkb-requirement--not-met/);
    assert.match(body, /Woonurgentie Groningen/);
    assert.match(body, /begeleidingsplan/);
    assert.match(body, /Wat gebeurt er na de aanmelding\?/);
    assert.match(body, /wijzig=datum_ontruiming" data-walk-link>Wijzig/);
    assert.match(body, /Opnieuw beginnen/);
    assert.doesNotMatch(body, /\{\{/);
  });

  it('shows an earlier question with its answer selected when an answer is changed', async () => {
    const { response, body } = await page(`${tweedekans}&wijzig=reden`);
    assert.equal(response.status, 200);
    assert.match(body, /id="reden-beide" name="reden" value="beide" checked/);
    assert.match(body, /<input type="hidden" name="hulpverlening" value="ja">/);
  });

  it('keeps the answers further along when "Vorige vraag" is followed from a "Wijzig" page', async () => {
    const { body } = await page(`${tweedekans}&wijzig=datum_ontruiming`);
    const back = /<a [^>]*class="[^"]*wkb-back"[^>]*href="([^"]+)"/.exec(body)?.[1] ?? '';
    const params = new URLSearchParams(back.replaceAll('&amp;', '&').split('?')[1]);
    assert.equal(params.get('wijzig'), 'reden');
    assert.equal(params.get('datum_ontruiming'), '2022-03-15');
    assert.equal(params.get('hulpverlening'), 'ja');
  });

  it('leaves a refused answer out of the "Vorige vraag" link', async () => {
    const { body } = await page(
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=gisteren&vraag=datum_ontruiming',
    );
    assert.match(
      body,
      /href="\/boom\/hulpverlening\?ontruimd=ja&amp;reden=beide&amp;wijzig=reden"/,
    );
  });

  it('offers a way back to the outcome on a "Wijzig" page, without changing anything', async () => {
    const { body } = await page(`${tweedekans}&wijzig=reden`);
    const href = tweedekans.replaceAll('&', '&amp;');
    assert.ok(
      body.includes(`href="${href}" data-walk-link>Terug naar de uitkomst</a>`),
      'a link to the outcome with the same answers',
    );
  });

  it('says on a question page that it computes as of another day, with a link back to today', async () => {
    const { body } = await page('/boom/hulpverlening?peildatum=2027-03-01&ontruimd=ja');
    assert.match(body, /U rekent met <strong>1 maart 2027<\/strong>/);
    assert.match(
      body,
      /href="\/boom\/hulpverlening\?ontruimd=ja" data-walk-link>terug naar vandaag</,
    );
    assert.doesNotMatch((await page('/boom/hulpverlening?ontruimd=ja')).body, /U rekent met/);
  });

  it('blames a reference date before the eviction date, and asks for another one', async () => {
    const { response, body } = await page(
      '/boom/hulpverlening?peildatum=2021-01-01&ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja',
    );
    assert.equal(response.status, 422);
    assert.match(body, /<title>Fout: Met welke datum wilt u rekenen\?/);
    assert.match(
      body,
      /href="#peildatum">De datum om mee te rekenen \(1 januari 2021\) ligt vóór 15 maart 2022/,
    );
    assert.match(body, /type="date" id="peildatum" name="peildatum" value="2021-01-01"/);
    assert.match(body, /<input type="hidden" name="datum_ontruiming" value="2022-03-15">/);
    assert.match(body, /<input type="hidden" name="hulpverlening" value="ja">/);
    assert.doesNotMatch(body, /id="datum_ontruiming-fout"/);
    // The eviction date typed just now, after the other day: that answer is the problem.
    const typed = await page(
      '/boom/hulpverlening?peildatum=2021-01-01&ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&vraag=datum_ontruiming',
    );
    assert.match(typed.body, /id="datum_ontruiming-fout"/);
  });

  it('lists the important dates in the order they fall, and sizes the path picture', async () => {
    // Outcome nog-niet: the deadline (14 March 2027) is listed before "aanmelden vanaf" in the tree.
    const { response, body } = await page(
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-09-01&bewind=nee',
    );
    assert.equal(response.status, 200);
    const shown = [...body.matchAll(/data-date="([a-z_]+)"/g)].map((match) => match[1]);
    assert.deepEqual(shown, ['ontruimingsdatum', 'aanmelden_vanaf', 'uiterste_aanmelddatum']);
    assert.match(
      body,
      /<img src="\/boom\/hulpverlening\/overzicht\.svg\?[^"]*" alt="[^"]*" width="\d+" height="\d+" loading="lazy">/,
    );
    assert.match(body, /<p class="utrecht-paragraph" hidden data-print>/);
  });

  it('computes with another peildatum and keeps it in the links', async () => {
    const path = tweedekans
      .replace('2026-05-01', '2026-09-01')
      .replace('?', '?peildatum=2027-03-01&');
    const { response, body } = await page(path);
    assert.equal(response.status, 200);
    assert.match(body, /data-date="aanmelden_vanaf">1 maart 2027</);
    assert.match(body, /Advies van 1 maart 2027, volgens versie 1 van de regels\./);
    assert.match(body, /peildatum=2027-03-01&amp;ontruimd=ja/);
  });

  it('explains an unreadable peildatum instead of guessing', async () => {
    const { response, body } = await page('/boom/hulpverlening?peildatum=morgen');
    assert.equal(response.status, 400);
    assert.match(body, /De datum om mee te rekenen klopt niet/);
  });

  it('starts a walk at a question when asked, and refuses a start that is not a question', async () => {
    const { body } = await page('/boom/hulpverlening?start=ingeschreven');
    assert.match(body, /Staat uw cliënt minimaal 1 jaar ingeschreven/);
    const wrong = await page('/boom/hulpverlening?start=bestaat_niet');
    assert.equal(wrong.response.status, 400);
  });

  it('keeps an explicitly asked version in every link, and says when a version does not exist', async () => {
    const { body } = await page('/boom/hulpverlening?versie=1&ontruimd=ja');
    assert.match(body, /<input type="hidden" name="versie" value="1">/);
    assert.match(body, /versie=1&amp;ontruimd=ja&amp;wijzig=ontruimd/);
    assert.equal((await page('/boom/hulpverlening?versie=9')).response.status, 404);
    assert.equal((await page('/boom/hulpverlening?versie=een')).response.status, 400);
  });

  it('answers an unknown tree or page with a Dutch 404 page', async () => {
    const { response, body } = await page('/boom/onbekend');
    assert.equal(response.status, 404);
    assert.match(body, /Deze Woonkansboom bestaat niet/);
    assert.equal((await page('/nergens')).response.status, 404);
  });

  it('has an information page per trajectory', async () => {
    const { body } = await page('/trajecten');
    for (const id of ['tweedekansbeleid', 'wonenplus', 'zittende-huurders']) {
      assert.match(body, new RegExp(`href="/trajecten/${id}"`));
      const trajectory = await page(`/trajecten/${id}`);
      assert.equal(trajectory.response.status, 200, id);
      assert.doesNotMatch(trajectory.body, /\{\{/);
    }
    assert.equal((await page('/trajecten/onbekend')).response.status, 404);
  });

  it('sends the security headers on every page', async () => {
    for (const path of ['/', '/boom/hulpverlening', '/nergens', '/api/v1/trees']) {
      const { response } = await page(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.doesNotMatch(csp, /unsafe-inline/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'same-origin', path);
      assert.ok(response.headers.get('permissions-policy'), path);
    }
  });

  it('never writes answers or dates into the request log', async () => {
    const lines: string[] = [];
    const logged = testApp({ log: (line) => lines.push(line) });
    await logged.request(`${tweedekans}&vraag=hulpverlening`);
    await logged.request('/api/v1/trees/hulpverlening/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        answers: { ontruimd: 'ja', reden: 'beide', datum_ontruiming: '2022-03-15' },
      }),
    });
    assert.equal(lines.length, 2);
    for (const line of lines) {
      assert.doesNotMatch(line, /\?|2022|beide|ontruimd=/);
    }
  });
});

describe('a deadline that is near', () => {
  const walk = (peildatum: string) =>
    `/boom/hulpverlening?peildatum=${peildatum}&ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja`;

  it('says to register as soon as possible when fewer than eight weeks are left', async () => {
    const { body } = await page(walk('2027-02-01'));
    assert.match(body, /data-notice="spoed"/);
    assert.match(
      body,
      /Er is weinig tijd: uiterlijk op 14 maart 2027 moet uw cliënt aangemeld zijn, over minder dan 8 weken\./,
    );
  });

  it('says nothing of haste eight weeks or more before the deadline', async () => {
    const { body } = await page(walk('2027-01-17'));
    assert.match(body, /data-date="uiterste_aanmelddatum">14 maart 2027</);
    assert.doesNotMatch(body, /data-notice="spoed"/);
  });

  it('tells a corporation to hurry the tenant as well', async () => {
    const { body } = await page(
      '/boom/corporaties?peildatum=2027-03-14&al_ontruimd=ja&woning_in_gemeente=ja&reden=huurachterstand&datum_ontruiming=2022-03-15',
    );
    assert.match(body, /Vertel de huurder dat er haast is/);
  });
});

describe('the corporations', () => {
  it('are named from the shared list where a text asks for them', async () => {
    const { body } = await page('/boom/corporaties?al_ontruimd=nee');
    assert.match(
      body,
      /De Huismeesters, Lefier, Nijestee, Patrimonium, Wierden en Borgen en Woonborg/,
    );
  });
});

describe('the steps after registration', () => {
  it('say "binnen 6 tot 8 weken", never "tussen" and without the unit twice', async () => {
    const { body } = await page('/trajecten/tweedekansbeleid');
    assert.match(body, /binnen 6 tot 8 weken/);
    assert.doesNotMatch(body, /6 weken tot 8 weken|tussen 6/);
    assert.match(body, /3 tot 6 maanden na het tekenen/);
  });
});

describe('the trajectory pages', () => {
  it('have real subheadings, so a screen reader can jump to "Voorwaarden"', async () => {
    for (const [id, headings] of [
      ['tweedekansbeleid', ['Voor wie?', 'Voorwaarden', 'Hoe lang duurt het?']],
      ['wonenplus', ['Voor wie?', 'Hoe meldt u aan?']],
      ['zittende-huurders', ['Voor wie?', 'Wie meldt aan?']],
    ] as const) {
      const { body } = await page(`/trajecten/${id}`);
      for (const heading of headings) {
        assert.match(
          body,
          new RegExp(`<h2 class="utrecht-heading-2">${heading.replace('?', '\\?')}</h2>`),
          id,
        );
      }
      assert.doesNotMatch(
        body,
        /<p[^>]*><strong>[^<]*<\/strong><\/p>/,
        `${id}: no bold paragraph as a heading`,
      );
    }
  });
});
