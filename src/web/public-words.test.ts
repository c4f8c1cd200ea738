import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../test/support/test-app.ts';

const app = testApp();

/** What a person reads on the page: text without tags, attributes, scripts or styles. */
async function visibleText(path: string): Promise<string> {
  const body = await (await app.request(path)).text();
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

// Developer words a professional does not use (issue review: B1).
const jargon = /peildatum|wandeling/i;

const pages = [
  '/',
  '/boom/hulpverlening',
  '/boom/corporaties',
  '/boom/hulpverlening?ontruimd=ja&reden=beide',
  // A date after today: the refusal must not speak of a "peildatum".
  '/boom/hulpverlening?ontruimd=ja&reden=beide&datum_ontruiming=2030-01-01&vraag=datum_ontruiming',
  '/boom/hulpverlening?peildatum=morgen',
  '/boom/hulpverlening?peildatum=2027-03-01&ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja',
  '/boom/hulpverlening/advies?peildatum=2027-03-01&ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja',
  '/boom/hulpverlening/overzicht',
  '/trajecten',
  '/privacy',
  '/toegankelijkheid',
  '/contact',
];

describe('public pages', () => {
  for (const path of pages) {
    it(`speak of dates, not of a "peildatum" or a "wandeling": ${path}`, async () => {
      const text = await visibleText(path);
      assert.doesNotMatch(
        text,
        jargon,
        text.match(new RegExp(`.{0,60}${jargon.source}.{0,60}`, 'i'))?.[0],
      );
    });
  }
});
