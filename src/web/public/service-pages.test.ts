// The pages a public service has: privacy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../test/support/test-app.ts';
import { usageKinds } from '../../core/usage/usage-event.ts';
import { orgTypeLabels, orgTypes } from '../../core/usage/usage-org.ts';

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
