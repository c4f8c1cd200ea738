import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { testApp } from '../../../test/support/test-app.ts';
import { type TwoRegionSite, twoRegionSite } from '../../../test/support/test-regions.ts';
import { validateTree } from '../../core/publish/validate.ts';

let site: TwoRegionSite;

before(async () => {
  site = await twoRegionSite();
});
after(() => site?.close());

async function page(path: string) {
  const response = await site.fetch(path);
  return { response, body: await response.text() };
}

const finderQuestion =
  'In welke gemeente stond de huurwoning waaruit uw cliënt is gezet, of dreigt te worden gezet?';

describe('the region finder on the start page of a site with two regions', () => {
  it('asks for the municipality with a hint, and suggests every municipality and alias', async () => {
    const { response, body } = await page('/');
    assert.equal(response.status, 200);
    assert.match(body, /<form method="get" action="\/" class="wkb-region-finder"/);
    assert.ok(body.includes(`<label class="utrecht-form-label" for="gemeente">${finderQuestion}`));
    assert.match(
      body,
      /id="gemeente-hint">[\s\S]*Vul dan de gemeente in waar uw cliënt ingeschreven staat\.[\s\S]*niet om waar uw cliënt nu verblijft/,
    );
    assert.match(body, /<input [^>]*id="gemeente" name="gemeente" value="" list="gemeenten"/);
    const datalist = /<datalist id="gemeenten">([\s\S]*?)<\/datalist>/.exec(body)?.[1] ?? '';
    const options = [...datalist.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1]);
    for (const name of ['Groningen', 'Haren', 'Ten Boer', 'Westerkwartier', 'Zuidhorn', 'Leek'])
      assert.ok(options.includes(name), `${name} is suggested`);
    assert.deepEqual(
      options,
      [...options].sort((a = '', b = '') => a.localeCompare(b, 'nl')),
    );
    // The page's own content stays below: the default region's trees.
    assert.match(body, /Woonkansboom regio Groningen/);
    assert.match(body, /formaction="\/boom\/hulpverlening"/);
    assert.doesNotMatch(body, /aria-invalid/);
  });

  for (const typed of ['Haren', 'ten boer', 'Gemeente Groningen', '  HAREN  '])
    it(`finds the default region for "${typed}" and links its trees on the same page`, async () => {
      const { response, body } = await page(`/?gemeente=${encodeURIComponent(typed)}`);
      assert.equal(response.status, 200);
      assert.match(body, /<title>Regio Groningen – Woonkansboom<\/title>/);
      assert.match(body, /Uw cliënt hoort bij regio Groningen/);
      assert.match(body, /Gebruik de Woonkansboom van regio Groningen:/);
      assert.match(
        body,
        /<li><a class="utrecht-link utrecht-link--html-a" href="\/boom\/hulpverlening">/,
      );
      // What was typed stays in the field.
      assert.ok(body.includes(`value="${typed}"`));
    });

  it('says which municipality an alias belongs to', async () => {
    const { body } = await page('/?gemeente=Haren');
    assert.match(
      body,
      /Haren hoort bij de gemeente Groningen\. Gebruik de Woonkansboom van regio Groningen:/,
    );
    const named = await page('/?gemeente=Gemeente+Groningen');
    assert.match(named.body, /De gemeente Groningen hoort bij regio Groningen\./);
  });

  it('sends a place in another region to that region’s start page, which confirms it and links its trees', async () => {
    const response = await site.fetch('/?gemeente=Zuidhorn');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/westerkwartier?gemeente=Zuidhorn');
    const { response: landed, body } = await page('/westerkwartier?gemeente=Zuidhorn');
    assert.equal(landed.status, 200);
    assert.match(body, /<h1 class="utrecht-heading-1">Woonkansboom regio Westerkwartier<\/h1>/);
    assert.match(
      body,
      /Zuidhorn hoort bij de gemeente Westerkwartier\. Gebruik de Woonkansboom van regio Westerkwartier:/,
    );
    assert.match(body, /href="\/westerkwartier\/boom\/hulpverlening">/);
    assert.match(body, /formaction="\/westerkwartier\/boom\/hulpverlening"/);
    assert.doesNotMatch(body, /href="\/boom\//, 'every tree link is the region’s own');
    // The header names the region's owner.
    assert.match(body, /wkb-logo__owner">Regio Westerkwartier</);
  });

  it('names the region on its own start page, without the finder', async () => {
    const { body } = await page('/westerkwartier');
    assert.match(body, /<title>Regio Westerkwartier – Woonkansboom<\/title>/);
    assert.match(body, /Deze Woonkansboom is voor huurwoningen in de gemeente Westerkwartier\./);
    assert.doesNotMatch(body, /wkb-region-finder/);
    // Back to the site's finder: an absolute address, so the region's links leave it alone.
    assert.match(
      body,
      /<a class="utrecht-link utrecht-link--html-a" href="http:\/\/localhost\/#gemeente">Stond de woning in een andere gemeente\? Zoek de goede regio<\/a>/,
    );
    assert.doesNotMatch(body, /hoort bij de gemeente/);
    // A place of another region typed into its address is not confirmed there.
    const other = await page('/westerkwartier?gemeente=Haren');
    assert.doesNotMatch(other.body, /hoort bij/);
  });

  it('asks again for an empty field: the error summary links to the field, marked invalid', async () => {
    for (const path of ['/?gemeente=', '/?gemeente=+++']) {
      const { response, body } = await page(path);
      assert.equal(response.status, 200, path);
      assert.match(body, /<title>Fout: Start – Woonkansboom<\/title>/);
      assert.match(
        body,
        /Er is een probleem[\s\S]*<a class="utrecht-link utrecht-link--html-a" href="#gemeente">Vul de gemeente in\.<\/a>/,
      );
      assert.match(
        body,
        /id="gemeente-fout"><span class="wkb-visually-hidden">Fout: <\/span>Vul de gemeente in\.<\/p>/,
      );
      assert.match(
        body,
        /<input [^>]*aria-describedby="gemeente-hint gemeente-woning gemeente-fout" aria-invalid="true">/,
      );
      // The error summary comes before the heading.
      assert.ok(body.indexOf('Er is een probleem') < body.indexOf('<h1'));
    }
  });

  it('answers honestly for a place no region covers, keeping what was typed', async () => {
    const { response, body } = await page('/?gemeente=Maastricht');
    assert.equal(response.status, 200, 'an answer, not an error');
    assert.match(body, /<title>Geen regio gevonden – Woonkansboom<\/title>/);
    assert.match(body, /Geen regio gevonden voor ‘Maastricht’/);
    assert.match(body, /woningcorporatie van de huurwoning/);
    assert.match(body, /sociaal team/);
    assert.match(
      body,
      /<a class="utrecht-link utrecht-link--html-a" href="\/">Regio Groningen<\/a>: gemeente Groningen/,
    );
    assert.match(
      body,
      /<a class="utrecht-link utrecht-link--html-a" href="\/westerkwartier">Regio Westerkwartier<\/a>: gemeente Westerkwartier/,
    );
    assert.match(body, /name="gemeente" value="Maastricht"/);
    assert.doesNotMatch(body, /aria-invalid/);
  });

  it('escapes what was typed', async () => {
    const { body } = await page(`/?gemeente=${encodeURIComponent('<script>alert(1)</script>"')}`);
    assert.doesNotMatch(body, /<script>alert/);
    assert.match(body, /value="&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;"/);
  });

  it('takes 10,000 characters without breaking: cut to the field’s length', async () => {
    const { response, body } = await page(`/?gemeente=${'x'.repeat(10_000)}`);
    assert.equal(response.status, 200);
    assert.match(body, /Geen regio gevonden/);
    assert.ok(body.includes(`value="${'x'.repeat(80)}"`));
    assert.ok(!body.includes('x'.repeat(81)));
    const long = await site.fetch(`/?gemeente=Zuidhorn${' '.repeat(10_000)}`);
    assert.equal(long.status, 303);
    assert.equal(long.headers.get('location'), '/westerkwartier?gemeente=Zuidhorn');
  });
});

describe('the start page of a site with one region', () => {
  it('stays as it was: no finder, the question ignored', async () => {
    const app = testApp();
    for (const path of ['/', '/?gemeente=Haren']) {
      const body = await (await app.request(path)).text();
      assert.doesNotMatch(body, /wkb-region-finder|<datalist/);
      assert.match(body, /Welk traject van Bureau Woonkans past\?/);
    }
  });
});

describe('{{regio}} and {{gemeenten}} in the texts of a region’s trees', () => {
  const texts = {
    ...proefTree,
    id: 'regiotekst',
    intro:
      'De Woonkansboom van regio {{regio}}. Aanmelden kan tot {{termijn_jaren}} na de ontruiming.',
    nodes: proefTree.nodes.map((node) =>
      node.id === 'ontruimd'
        ? {
            ...node,
            text: 'Is uw cliënt ontruimd uit een huurwoning in de gemeente {{gemeenten}}?',
          }
        : node,
    ),
  };
  let placeholders: TwoRegionSite;
  before(async () => {
    assert.deepEqual(
      validateTree(texts)
        .problems.filter((problem) => problem.severity === 'error')
        .map((problem) => problem.code),
      [],
      'the validator knows both placeholders',
    );
    placeholders = await twoRegionSite({
      trees: [{ treeId: texts.id, content: { tree: texts, scenarios: [] } }],
    });
  });
  after(() => placeholders?.close());

  it('fills them with the region the tree is walked in', async () => {
    for (const [prefix, region, municipalities] of [
      ['', 'Groningen', 'Groningen'],
      ['/westerkwartier', 'Westerkwartier', 'Westerkwartier'],
    ] as const) {
      const question = await (await placeholders.fetch(`${prefix}/boom/regiotekst`)).text();
      assert.ok(
        question.includes(
          `Is uw cliënt ontruimd uit een huurwoning in de gemeente ${municipalities}?`,
        ),
        `${prefix || '/'}: the question names the municipalities`,
      );
      assert.doesNotMatch(question, /\{\{/);
      const home = await (await placeholders.fetch(prefix || '/')).text();
      assert.ok(home.includes(`De Woonkansboom van regio ${region}. Aanmelden kan tot 5 jaar`));
    }
  });
});
