// SPEC §11 in the editors: the source of a requirement, outcome, contact and
// trajectory step is edited beside the statement; a changed source waits for
// a beheerder again, an unchanged one keeps its confirmation; saving a form
// unchanged loses nothing the form does not show.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { submitPage } from '../../../test/support/test-form.ts';
import { postAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';
import { sharedRulesId } from '../../core/tree/shared-rules.ts';
import type { Tree } from '../../core/tree/tree.ts';
import { SharedRulesAdmin } from '../../services/shared-rules-admin.ts';

const tree = '/beheer/bomen/hulpverlening';

describe('sources in the editors', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let beheerder: TestSession;

  beforeEach(async () => {
    setup = await testBeheerApp();
    beheerder = await signIn(setup.app, setup.store, 'beheerder');
  });
  afterEach(() => setup.close());

  async function draftTree(): Promise<Tree> {
    const found = await setup.admin.draft('hulpverlening');
    assert.ok(found);
    return found.draft.content.tree as Tree;
  }
  const requirement = async (id: string) =>
    (await draftTree()).requirements.find((candidate) => candidate.id === id);

  async function confirm(owner: string, item: string) {
    const response = await postAs(setup.app, '/beheer/te-controleren/bevestigen', beheerder, {
      owner,
      item,
    });
    assert.equal(response.status, 303);
  }

  it('saves a requirement’s new source kind and text, unconfirmed again', async () => {
    await confirm('hulpverlening', 'requirement:reden_toegestaan');
    assert.equal((await requirement('reden_toegestaan'))?.source?.confirmed, true);
    const response = await submitPage(setup.app, beheerder, `${tree}/voorwaarde/reden_toegestaan`, {
      sourceKind: 'public',
      sourceRef: 'woonkans.nl, gelezen januari 2027',
    });
    assert.equal(response.status, 303);
    assert.deepEqual((await requirement('reden_toegestaan'))?.source, {
      kind: 'public',
      ref: 'woonkans.nl, gelezen januari 2027',
      confirmed: false,
    });
  });

  it('keeps a confirmed requirement source confirmed when only the label changes', async () => {
    await confirm('hulpverlening', 'requirement:reden_toegestaan');
    const before = await requirement('reden_toegestaan');
    const response = await submitPage(setup.app, beheerder, `${tree}/voorwaarde/reden_toegestaan`, {
      label: 'Ontruimd vanwege huurachterstand of overlast',
    });
    assert.equal(response.status, 303);
    const after = await requirement('reden_toegestaan');
    assert.equal(after?.label, 'Ontruimd vanwege huurachterstand of overlast');
    assert.deepEqual(after?.source, before?.source);
    assert.equal(after?.source?.confirmed, true);
  });

  it('refuses a kind without a text with 422, the error at the field and the input kept', async () => {
    const response = await submitPage(setup.app, beheerder, `${tree}/voorwaarde/reden_toegestaan`, {
      label: 'Getypte tekst blijft staan',
      sourceKind: 'assumption',
      sourceRef: '',
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /<a [^>]*href="#sourceRef">Vul in waar dit vandaan komt/);
    assert.match(body, /id="sourceRef-fout"[^>]*>.*Vul in waar dit vandaan komt/);
    assert.match(body, /Getypte tekst blijft staan/);
    assert.match(body, /<option value="assumption" selected>/);
  });

  it('saves an outcome’s source', async () => {
    const response = await submitPage(setup.app, beheerder, `${tree}/uitkomst/maatwerk`, {
      sourceKind: 'assumption',
      sourceRef: 'Afgesproken met Bureau Woonkans',
    });
    assert.equal(response.status, 303);
    const outcome = (await draftTree()).outcomes.find((candidate) => candidate.id === 'maatwerk');
    assert.deepEqual(outcome?.source, {
      kind: 'assumption',
      ref: 'Afgesproken met Bureau Woonkans',
      confirmed: false,
    });
  });

  it('saves a shared contact’s source on the shared rules page', async () => {
    const response = await submitPage(
      setup.app,
      beheerder,
      '/beheer/gedeeld/contact/bureau-woonkans',
      { sourceKind: 'public', sourceRef: 'woonkans.nl/contact, gelezen januari 2027' },
    );
    assert.equal(response.status, 303);
    const shared = await new SharedRulesAdmin(setup.store).draft();
    const contact = shared?.rules.contacts.find((candidate) => candidate.id === 'bureau-woonkans');
    assert.deepEqual(contact?.source, {
      kind: 'public',
      ref: 'woonkans.nl/contact, gelezen januari 2027',
      confirmed: false,
    });
  });

  it('keeps a confirmed shared contact source when the contact is saved unchanged', async () => {
    await confirm(sharedRulesId, 'contact:bureau-woonkans');
    const contactOf = async () =>
      (await new SharedRulesAdmin(setup.store).draft())?.rules.contacts.find(
        (candidate) => candidate.id === 'bureau-woonkans',
      );
    const before = await contactOf();
    assert.equal(before?.source?.confirmed, true);
    const response = await submitPage(
      setup.app,
      beheerder,
      '/beheer/gedeeld/contact/bureau-woonkans',
      {},
    );
    assert.equal(response.status, 303);
    assert.deepEqual(await contactOf(), before);
  });

  it('keeps every trajectory step, source included, when the trajectory is saved unchanged', async () => {
    await confirm('hulpverlening', 'step:tweedekansbeleid:0');
    const stepsOf = async () =>
      (await draftTree()).trajectories.find((candidate) => candidate.id === 'tweedekansbeleid')
        ?.steps;
    const before = await stepsOf();
    assert.ok(before?.some((step) => step.source));
    assert.equal(before?.[0]?.source?.confirmed, true);
    const response = await submitPage(setup.app, beheerder, `${tree}/traject/tweedekansbeleid`, {});
    assert.equal(response.status, 303);
    assert.deepEqual(await stepsOf(), before);
  });

  it('saves a step’s source, and a new step with its own source', async () => {
    const stepsOf = async () =>
      (await draftTree()).trajectories.find((candidate) => candidate.id === 'tweedekansbeleid')
        ?.steps ?? [];
    const blank = `s${(await stepsOf()).length + 1}`;
    const response = await submitPage(setup.app, beheerder, `${tree}/traject/tweedekansbeleid`, {
      's2.sourceKind': 'public',
      's2.sourceRef': 'woonkans.nl, gelezen januari 2027',
      [`${blank}.title`]: 'Evaluatie',
      [`${blank}.text`]: 'Na een jaar kijkt de casemanager hoe het gaat.',
      [`${blank}.sourceKind`]: 'assumption',
      [`${blank}.sourceRef`]: 'Gesprek met Bureau Woonkans',
    });
    assert.equal(response.status, 303);
    const steps = await stepsOf();
    assert.deepEqual(steps[1]?.source, {
      kind: 'public',
      ref: 'woonkans.nl, gelezen januari 2027',
      confirmed: false,
    });
    assert.deepEqual(steps.at(-1), {
      title: 'Evaluatie',
      text: 'Na een jaar kijkt de casemanager hoe het gaat.',
      source: { kind: 'assumption', ref: 'Gesprek met Bureau Woonkans', confirmed: false },
    });
  });

  it('refuses a step source kind without text at that step’s field', async () => {
    const response = await submitPage(setup.app, beheerder, `${tree}/traject/tweedekansbeleid`, {
      's1.sourceRef': '',
    });
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /<a [^>]*href="#s1\.sourceRef">Vul in waar dit vandaan komt/);
  });
});
