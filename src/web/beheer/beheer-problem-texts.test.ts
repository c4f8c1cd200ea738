// What a coordinator reads when the draft has a problem: the question's own
// text and the field's label, never a content path; the field itself marked
// and linked from the error summary; a save that cannot be published says so.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { submitPage } from '../../../test/support/test-form.ts';
import { getAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';

const tree = '/beheer/bomen/hulpverlening';

/** The text a reader sees: tags and attributes left out. */
function visibleText(body: string): string {
  return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

/** The opening tag of the form control with this id. */
function control(body: string, id: string): string {
  const tag = new RegExp(
    `<(?:textarea|input|select)[^>]* id="${id.replace('.', '\\.')}"[^>]*>`,
  ).exec(body);
  assert.ok(tag, `a control with id ${id}`);
  return tag[0];
}

describe('problems in the words of the editor', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let redacteur: TestSession;

  beforeEach(async () => {
    setup = await testBeheerApp();
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
  });
  afterEach(() => setup.close());

  async function page(path: string) {
    const response = await getAs(setup.app, path, redacteur);
    return { status: response.status, body: await response.text() };
  }

  it('names an empty question by its text and the field, marks the field and links to it', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/huurschuld`, {
      text: '',
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    const text = visibleText(body);
    assert.match(
      text,
      /De vraagtekst van ‘Heeft uw cliënt nog een schuld bij de woningcorporatie[^’]*’ is leeg\./,
    );
    assert.doesNotMatch(text, /nodes\.huurschuld|"text"/);
    assert.match(control(body, 'text'), /aria-invalid="true"/);
    assert.match(control(body, 'text'), /aria-describedby="[^"]*text-fout/);
    assert.match(
      body,
      /<a class="utrecht-link utrecht-link--html-a" href="#text">De vraagtekst van/,
    );
  });

  it('says a saved draft cannot be published yet, and marks the field with the unknown placeholder', async () => {
    const path = `${tree}/uitkomst/tweedekans`;
    const response = await submitPage(setup.app, redacteur, path, {
      explanation: 'Meld uw cliënt aan vóór {{uiterste_datum}}.',
    });
    assert.equal(response.status, 303);
    const { body } = await page(`${path}?opgeslagen=1`);
    const text = visibleText(body);
    assert.match(text, /Opgeslagen als concept — nog niet te publiceren: 1 probleem\./);
    assert.doesNotMatch(text, /Opgeslagen\. /);
    assert.match(
      text,
      /In ‘Uitleg’ bij de uitkomst ‘Uw cliënt past bij het tweedekansbeleid’ staat \{\{uiterste_datum\}\}; die naam bestaat niet\. Bedoelt u \{\{uiterste_aanmelddatum\}\}\?/,
    );
    assert.doesNotMatch(text, /outcomes\.tweedekans/);
    assert.match(control(body, 'explanation'), /aria-invalid="true"/);
    assert.match(control(body, 'explanation'), /aria-describedby="[^"]*explanation-fout/);
    assert.match(body, /id="foutmelding"[\s\S]*href="#explanation"/);
  });

  it('lists the draft’s problems by name, each linked to its field', async () => {
    await submitPage(setup.app, redacteur, `${tree}/uitkomst/tweedekans`, {
      explanation: 'Meld uw cliënt aan vóór {{uiterste_datum}}.',
    });
    const { body } = await page(tree);
    assert.match(body, /In ‘Uitleg’ bij de uitkomst ‘Uw cliënt past bij het tweedekansbeleid’/);
    assert.match(body, /href="\/beheer\/bomen\/hulpverlening\/uitkomst\/tweedekans#explanation"/);
    assert.doesNotMatch(visibleText(body), /outcomes\.tweedekans/);
  });

  it('says a save that can be published just so', async () => {
    const path = `${tree}/vraag/reden`;
    await submitPage(setup.app, redacteur, path, { text: 'Waarom moest uw cliënt weg?' });
    const { body } = await page(`${path}?opgeslagen=1`);
    assert.match(visibleText(body), /Opgeslagen\. Het concept kan gepubliceerd worden\./);
    assert.doesNotMatch(body, /id="foutmelding"/);
  });
});
