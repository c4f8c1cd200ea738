// The pages a public service has: privacy, accessibility statement, contact,
// and the footer that leads to them and to the API documentation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp, testAssets, testNow } from '../../../test/support/test-app.ts';
import { loadDefaultTrees, loadSharedRules } from '../../content/default-content.ts';
import type { Contact } from '../../core/tree/tree.ts';
import { usageKinds } from '../../core/usage/usage-event.ts';
import { orgTypeLabels, orgTypes } from '../../core/usage/usage-org.ts';
import { createApp } from '../app.ts';
import { inMemoryCatalog } from '../published-tree.ts';

const app = testApp();

async function page(path: string, on = app) {
  const response = await on.request(path);
  return { response, body: await response.text() };
}

/** What a person reads: text without tags. */
function text(body: string): string {
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const sharedEmail = loadSharedRules()
  .contacts.find((contact) => contact.id === 'bureau-woonkans')
  ?.routes.find((route) => route.kind === 'email')?.value;

/** The default trees with the Bureau Woonkans contact changed as a beheerder would. */
function appWithContact(change: (routes: Contact['routes']) => Contact['routes']) {
  const trees = loadDefaultTrees().map((tree) => ({
    ...tree,
    contacts: tree.contacts.map((contact) =>
      contact.id === 'bureau-woonkans' ? { ...contact, routes: change(contact.routes) } : contact,
    ),
  }));
  return createApp({ catalog: inMemoryCatalog(trees), assets: testAssets, now: () => testNow });
}

describe('the footer', () => {
  it('leads to contact, privacy, accessibility and the API as HTML pages', async () => {
    const { body } = await page('/');
    const footer = body.slice(body.indexOf('<footer'));
    const links = [...footer.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
      ([, href, label]) => ({ href: href ?? '', label: label ?? '' }),
    );
    assert.deepEqual(
      links.map((link) => link.label),
      [
        'Woonkansbomen',
        'Trajecten',
        'Contact',
        'Privacy',
        'Toegankelijkheid',
        'API voor koppelingen',
      ],
    );
    for (const { href, label } of links) {
      const { response, body: linked } = await page(href);
      assert.equal(response.status, 200, `${label}: ${href}`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, `${label}: ${href}`);
      assert.equal(linked.match(/<h1\b/g)?.length, 1, `${label}: one h1`);
    }
  });
});

describe('/privacy', () => {
  it('names everything a usage count holds, and what is never counted', async () => {
    const said = text((await page('/privacy')).body);
    for (const words of [
      'de dag (geen tijd)',
      'welke vraag het was, maar niet het antwoord',
      'welke uitkomst het was',
      'het soort organisatie',
      'hoe vaak dit die dag gebeurde',
      'uw antwoorden op de vragen',
      'datums die u invult',
      'uw IP-adres',
      'een code die de stappen van één persoon aan elkaar koppelt',
    ])
      assert.ok(said.includes(words), words);
    for (const code of orgTypes) assert.ok(said.includes(orgTypeLabels[code]), code);
    // One sentence per kind of event, so a new kind shows up here.
    assert.equal(
      (said.match(/\biemand (begon|kreeg|beantwoordde|kwam|opende|downloadde)\b/g) ?? []).length,
      usageKinds.length,
    );
  });

  it('says what the request log holds, and the log holds only that', async () => {
    const said = text((await page('/privacy')).body);
    assert.ok(said.includes('De pagina schrijft hij op zonder het deel na het vraagteken.'));
    const lines: string[] = [];
    const logged = testApp({ log: (line) => lines.push(line) });
    await logged.request(
      '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&vraag=datum_ontruiming',
    );
    assert.match(lines[0] ?? '', /^GET \/boom\/hulpverlening 30\d [\d.]+ms$/);
  });

  it('says which fields of the evaluation questionnaire are stored, names optional', async () => {
    const said = text((await page('/privacy')).body);
    assert.ok(said.includes('uw naam, alleen als u die invult'));
    assert.ok(said.includes('uw functie, alleen als u die invult'));
    assert.ok(said.includes('de dag waarop u het formulier verstuurde (geen tijd)'));
    assert.ok(said.includes('Laat u uw naam en functie leeg, dan blijft u anoniem.'));
  });
});

describe('/contact', () => {
  it('says who runs the Woonkansboom, with the address from the shared contacts', async () => {
    assert.ok(sharedEmail, 'the shared rules give Bureau Woonkans an e-mail address');
    const { body } = await page('/contact');
    assert.match(body, /<h2 class="utrecht-heading-2">Bureau Woonkans<\/h2>/);
    assert.ok(body.includes(`href="mailto:${sharedEmail}"`));
  });

  it('offers an e-mail to report a wrong or unclear advice, and asks for no client data', async () => {
    const { body } = await page('/contact');
    assert.ok(
      body.includes(
        `href="mailto:${sharedEmail}?subject=Fout%20of%20onduidelijk%20advies%20in%20de%20Woonkansboom"`,
      ),
    );
    assert.match(text(body), /Schrijf geen naam, adres of andere gegevens van uw cliënt/);
  });

  it('shows the contact as the beheerder changed it', async () => {
    const changed = appWithContact(() => [
      { kind: 'email', value: 'nieuw@woonkans.example' },
      { kind: 'phone', value: '050 123 45 67' },
    ]);
    const { body } = await page('/contact', changed);
    assert.ok(body.includes('href="mailto:nieuw@woonkans.example?subject='));
    assert.ok(body.includes('href="tel:0501234567"'));
    assert.ok(!sharedEmail || !body.includes(sharedEmail));
  });

  it('without an e-mail address, points to the routes the contact does have', async () => {
    const { body } = await page(
      '/contact',
      appWithContact(() => [{ kind: 'website', value: 'https://woonkans.example' }]),
    );
    assert.doesNotMatch(body, /mailto:/);
    assert.match(text(body), /Gebruik de contactgegevens hierboven\./);
    assert.ok(body.includes('href="https://woonkans.example"'));
  });
});

describe('/toegankelijkheid', () => {
  it('gives the status, how and when it was tested, the known problems and the date', async () => {
    const { body } = await page('/toegankelijkheid');
    const said = text(body);
    assert.match(body, /<h2 class="utrecht-heading-2">Status: voldoet gedeeltelijk<\/h2>/);
    assert.ok(said.includes('WCAG 2.1 niveau AA'));
    for (const tool of ['axe-core', 'Lighthouse', 'pa11y', 'W3C Nu HTML Checker'])
      assert.ok(said.includes(tool), tool);
    assert.ok(said.includes('Op 6 december 2026 zijn de pagina'));
    assert.match(body, /<h2 class="utrecht-heading-2">Bekende problemen<\/h2>/);
    assert.ok(said.includes('Deze verklaring is gemaakt op 6 december 2026.'));
  });

  it('tells how to report a problem, to the shared contact', async () => {
    const { body } = await page('/toegankelijkheid');
    assert.match(body, /<h2 class="utrecht-heading-2" id="melden">Een probleem melden<\/h2>/);
    assert.ok(
      body.includes(
        `href="mailto:${sharedEmail}?subject=Toegankelijkheid%20van%20de%20Woonkansboom"`,
      ),
    );
  });
});
