import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { postForm, readForm, submitPage, withChanges } from '../../../test/support/test-form.ts';
import { getAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';
import type { QuestionNode, Tree } from '../../core/tree/tree.ts';

const tree = '/beheer/bomen/hulpverlening';

describe('editing the draft', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let redacteur: TestSession;

  beforeEach(async () => {
    // A store without shared rules: regeling_maanden is the tree's own here.
    setup = await testBeheerApp({ sharedRules: false });
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
  });
  afterEach(() => setup.close());

  async function draftTree(): Promise<{ tree: Tree; revision: number }> {
    const found = await setup.admin.draft('hulpverlening');
    assert.ok(found);
    return { tree: found.draft.content.tree as Tree, revision: found.draft.revision };
  }

  async function question(id: string): Promise<QuestionNode> {
    const node = (await draftTree()).tree.nodes.find((candidate) => candidate.id === id);
    assert.ok(node && node.kind !== 'check');
    return node;
  }

  async function page(path: string) {
    const response = await getAs(setup.app, path, redacteur);
    return { status: response.status, body: await response.text() };
  }

  it('saves a changed question text and comes back with a notice and the check', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/reden`, {
      text: 'Wat is de reden van de ontruiming?',
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${tree}/vraag/reden?opgeslagen=1`);
    assert.equal((await question('reden')).text, 'Wat is de reden van de ontruiming?');
    assert.equal((await draftTree()).revision, 2);
    const after = await page(`${tree}/vraag/reden?opgeslagen=1`);
    assert.match(after.body, /Opgeslagen\./);
    assert.match(after.body, /Wat is de reden van de ontruiming\?<\/textarea>/);
    assert.match(after.body, /Controle van het concept/);
    assert.match(after.body, /Het concept kan gepubliceerd worden/);
  });

  it('keeps a date question’s "date not known" route when its text changes', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/datum_ontruiming`, {
      text: 'Op welke dag is uw cliënt ontruimd?',
    });
    assert.equal(response.status, 303);
    const saved = await question('datum_ontruiming');
    assert.ok(saved.kind === 'date');
    assert.equal(saved.text, 'Op welke dag is uw cliënt ontruimd?');
    assert.deepEqual(saved.unknown, {
      label: 'Ik weet de datum niet precies',
      next: 'datum-onbekend',
    });
    assert.equal(saved.future, undefined);
  });

  it('lets a date question accept a date in the future', async () => {
    await submitPage(setup.app, redacteur, `${tree}/vraag/datum_regeling`, { future: 'ja' });
    const saved = await question('datum_regeling');
    assert.ok(saved.kind === 'date' && saved.future === true);
  });

  it('adds an option in the empty row and removes one with its checkbox', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/reden`, {
      'o5.remove': 'ja',
      'o6.id': 'onbekend',
      'o6.label': 'Weet ik niet',
      'o6.next': 'maatwerk',
    });
    assert.equal(response.status, 303);
    const reden = await question('reden');
    assert.equal(reden.kind, 'choice');
    if (reden.kind !== 'choice') return;
    assert.deepEqual(
      reden.options.map((option) => option.id),
      ['huurachterstand', 'overlast', 'beide', 'opiumwet', 'onbekend'],
    );
    assert.equal(reden.options.at(-1)?.next, 'maatwerk');
  });

  it('keeps the input and answers 422 when a value cannot be saved', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/parameter/regeling_maanden`, {
      value: 'zeven',
      sourceRef: 'Mijn nieuwe bron',
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /<title>Fout: /);
    assert.match(body, /href="#value">Vul een heel getal in/);
    assert.match(body, /id="value" name="value" value="zeven"/);
    assert.match(body, /Mijn nieuwe bron<\/textarea>/);
    assert.equal((await draftTree()).revision, 1);
  });

  it('shows what the validator refuses at the field, with everything typed kept', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/reden`, {
      text: '   ',
      help: 'Nieuwe uitleg die niet verloren mag gaan.',
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /<a class="utrecht-link utrecht-link--html-a" href="#text">/);
    assert.match(body, /id="text-fout"/);
    assert.match(body, /Nieuwe uitleg die niet verloren mag gaan\.<\/textarea>/);
    assert.equal((await question('reden')).text, 'Waarom is uw cliënt ontruimd?');
  });

  it('shows the limit of a question text and refuses a longer one at the field', async () => {
    const form = await page(`${tree}/vraag/reden`);
    assert.match(form.body, /id="text" name="text" rows="2" cols="70" maxlength="500"/);
    assert.match(form.body, /id="text-hint">Hoogstens 500 tekens\./);
    assert.match(form.body, /id="help"[^>]* maxlength="2000"/);
    const long = 'a'.repeat(501);
    // No browser here: the server refuses it, as a browser that ignores maxlength would see.
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/reden`, { text: long });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /href="#text">[^<]*te lang: hoogstens 500 tekens/);
    assert.match(
      body,
      /id="text-fout"><span class="wkb-visually-hidden">Fout: <\/span>[^<]*te lang/,
    );
    assert.ok(body.includes(`>${long}</textarea>`));
    assert.equal((await question('reden')).text, 'Waarom is uw cliënt ontruimd?');
    assert.equal((await draftTree()).revision, 1);
  });

  it('refuses a stale revision with 409, shows both edits and saves both on re-submit', async () => {
    const path = `${tree}/vraag/reden`;
    const mine = readForm(await (await getAs(setup.app, path, redacteur)).text(), path);
    const other = await signIn(setup.app, setup.store, 'beheerder');
    const theirs = await submitPage(setup.app, other, path, { text: 'Tekst van de ander' });
    assert.equal(theirs.status, 303);

    const stale = await postForm(
      setup.app,
      path,
      redacteur,
      withChanges(mine, { help: 'Mijn nieuwe uitleg' }),
    );
    assert.equal(stale.status, 409);
    const body = await stale.text();
    assert.match(body, /Iemand anders heeft dit concept intussen opgeslagen/);
    assert.match(
      body,
      new RegExp(`${other.email.replace(/[.]/g, '\\.')} heeft het concept opgeslagen`),
    );
    assert.match(body, /Mijn nieuwe uitleg<\/textarea>/);
    assert.match(body, /Tekst van de ander<\/textarea>/);
    assert.match(
      body,
      /<del><span class="wkb-visually-hidden">\(verwijderd: <\/span>Waarom is uw cliënt ontruimd\?<span class="wkb-visually-hidden">\)<\/span><\/del><ins><span class="wkb-visually-hidden">\(toegevoegd: <\/span>Tekst van de ander/s,
    );
    assert.match(body, /name="revision" value="2"/);
    assert.equal((await question('reden')).help.startsWith('Een tweede kans'), true);

    const again = await postForm(setup.app, path, redacteur, readForm(body, path));
    assert.equal(again.status, 303);
    const reden = await question('reden');
    assert.equal(reden.text, 'Tekst van de ander');
    assert.equal(reden.help, 'Mijn nieuwe uitleg');
  });

  it('edits a check branch built from parts and its else route', async () => {
    const path = `${tree}/controle/binnen_termijn`;
    const response = await submitPage(setup.app, redacteur, path, {
      'b1.p1.op': 'before',
      else: 'maatwerk',
    });
    assert.equal(response.status, 303);
    const check = (await draftTree()).tree.nodes.find((node) => node.id === 'binnen_termijn');
    assert.ok(check?.kind === 'check');
    assert.deepEqual(check.branches[0]?.if, {
      compare: 'peildatum',
      op: 'before',
      to: 'uiterste_aanmelddatum',
    });
    assert.equal(check.else, 'maatwerk');
  });

  it('adds an answer condition in two steps: first the question, then its answers', async () => {
    const path = `${tree}/controle/binnen_termijn`;
    const first = await submitPage(setup.app, redacteur, path, {
      'b1.p2.type': 'answer',
      'b1.p2.answer': 'reden',
    });
    assert.equal(first.status, 422);
    const body = await first.text();
    assert.match(body, /Kies een of meer antwoorden van de vraag &quot;reden&quot;/);
    assert.match(
      body,
      /type="checkbox" id="b1\.p2\.values-overlast" name="b1\.p2\.values" value="overlast"/,
    );
    const second = await postForm(
      setup.app,
      path,
      redacteur,
      withChanges(readForm(body, path), { 'b1.p2.values': ['overlast', 'beide'] }),
    );
    assert.equal(second.status, 303);
    const check = (await draftTree()).tree.nodes.find((node) => node.id === 'binnen_termijn');
    assert.ok(check?.kind === 'check');
    assert.deepEqual(check.branches[0]?.if, {
      all: [
        { compare: 'peildatum', op: 'on-or-before', to: 'uiterste_aanmelddatum' },
        { answer: 'reden', in: ['overlast', 'beide'] },
      ],
    });
  });

  it('sets an outcome’s badge text and tone and keeps the parts the form does not show', async () => {
    const before = (await draftTree()).tree.outcomes.find((outcome) => outcome.id === 'maatwerk');
    assert.ok(before);
    const response = await submitPage(setup.app, redacteur, `${tree}/uitkomst/maatwerk`, {
      badge: 'Overleg nodig',
      tone: 'neutral',
    });
    assert.equal(response.status, 303);
    const after = (await draftTree()).tree.outcomes.find((outcome) => outcome.id === 'maatwerk');
    assert.equal(after?.badge, 'Overleg nodig');
    assert.equal(after?.tone, 'neutral');
    assert.deepEqual(after?.source, before.source);
    assert.deepEqual(after?.continueWith, before.continueWith);
  });

  it('shows the saved Markdown of an outcome rendered and sanitised', async () => {
    const path = `${tree}/uitkomst/maatwerk`;
    const response = await submitPage(setup.app, redacteur, path, {
      nextSteps: '**Bel** Bureau Woonkans.\n\n<script>alert(1)</script>',
    });
    assert.equal(response.status, 303);
    const { body } = await page(path);
    assert.match(body, /<p class="utrecht-paragraph"><strong>Bel<\/strong> Bureau Woonkans\.<\/p>/);
    assert.doesNotMatch(body, /<script>alert/);
  });

  it('adds a new question by id and kind, then shows what is still missing', async () => {
    const bad = await submitPage(setup.app, redacteur, `${tree}/nieuw`, {
      kind: 'choice',
      id: 'Nieuwe Vraag',
      text: 'Test?',
    });
    assert.equal(bad.status, 422);
    assert.match(await bad.text(), /value="Nieuwe Vraag"/);
    const response = await submitPage(setup.app, redacteur, `${tree}/nieuw`, {
      kind: 'choice',
      id: 'inkomen',
      text: 'Heeft uw cliënt inkomen?',
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${tree}/vraag/inkomen?opgeslagen=1`);
    const { body } = await page(tree);
    assert.match(body, /Het concept kan nog niet gepubliceerd worden/);
    assert.match(
      body,
      /De vraag ‘Heeft uw cliënt inkomen\?’ heeft nog geen antwoorden\.[^<]*<a class="utrecht-link utrecht-link--html-a" href="\/beheer\/bomen\/hulpverlening\/vraag\/inkomen#o1\.label">Aanpassen/,
    );
  });

  it('removes a question after confirmation; the check then links to what dangles', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/vraag/bewind/verwijderen`, {});
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${tree}?verwijderd=bewind`);
    assert.equal(
      (await draftTree()).tree.nodes.some((node) => node.id === 'bewind'),
      false,
    );
    const { body } = await page(`${tree}?verwijderd=bewind`);
    assert.match(body, /&quot;bewind&quot; is verwijderd/);
    assert.match(
      body,
      /href="\/beheer\/bomen\/hulpverlening\/vraag\/datum_regeling#[^"]*">Aanpassen/,
    );
  });

  it('adds a scenario and shows its result', async () => {
    const response = await submitPage(setup.app, redacteur, `${tree}/scenario/nieuw`, {
      name: 'Een nieuw scenario over de Opiumwet',
      peildatum: '2026-11-28',
      'a.ontruimd': 'ja',
      'a.reden': 'opiumwet',
      expect: 'outcome:uitgesloten-opiumwet',
    });
    assert.equal(response.status, 303);
    const location = response.headers.get('location') ?? '';
    assert.match(location, /\/scenario\/\d+\?opgeslagen=1$/);
    const { body } = await page(location);
    assert.match(body, /Dit scenario klopt\./);
  });
});
