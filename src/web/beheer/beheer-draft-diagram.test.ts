import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';

describe('the draft as a picture in the editor', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let redacteur: TestSession;

  before(async () => {
    setup = await testBeheerApp();
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
  });
  after(() => setup.close());

  it('shows the diagram of the draft on the draft page, with a node nothing leads to', async () => {
    const current = await setup.admin.draft('hulpverlening');
    assert.ok(current);
    const tree = structuredClone(current.draft.content.tree) as { nodes: unknown[] };
    tree.nodes.push({
      id: 'losse_vraag',
      kind: 'choice',
      text: 'Een vraag waar niets naartoe leidt?',
      help: 'Alleen voor deze test.',
      options: [{ id: 'ja', label: 'Ja', next: 'tweedekans' }],
    });
    const saved = await setup.admin.saveDraft(
      'hulpverlening',
      { tree, scenarios: current.draft.content.scenarios },
      current.draft.revision,
      { email: 'test@example.nl' },
    );
    assert.equal(saved.status, 'saved');

    const draftPage = await (
      await getAs(setup.app, '/beheer/bomen/hulpverlening', redacteur)
    ).text();
    const src = /<img src="(\/beheer\/bomen\/hulpverlening\/concept\.svg\?revisie=\d+)"/.exec(
      draftPage,
    )?.[1];
    assert.ok(src, 'the draft page shows the diagram');
    const response = await getAs(setup.app, src, redacteur);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /image\/svg\+xml/);
    const svg = await response.text();
    for (const id of ['ontruimd', 'regeling_lang_genoeg', 'tweedekans', 'losse_vraag']) {
      assert.match(svg, new RegExp(`id="[^"]*node-${id}"`), id);
    }
    assert.equal(
      (await getAs(setup.app, src, undefined)).status,
      303,
      'not for anonymous visitors',
    );
  });
});
