import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { submitPage } from '../../../test/support/test-form.ts';
import { getAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';

const tree = '/beheer/bomen/hulpverlening';

describe('import and export', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let redacteur: TestSession;

  beforeEach(async () => {
    // A store without shared rules: regeling_maanden is the tree's own here.
    setup = await testBeheerApp({ sharedRules: false });
    redacteur = await signIn(setup.app, setup.store, 'redacteur');
  });
  afterEach(() => setup.close());

  function upload(file: string, revision: number, session: TestSession = redacteur) {
    const body = new FormData();
    body.set('_csrf', session.csrfToken);
    body.set('revision', String(revision));
    body.set('bestand', new Blob([file], { type: 'application/json' }), 'boom.json');
    return setup.app.request(`${tree}/importeren`, {
      method: 'POST',
      body,
      headers: {
        Origin: 'http://localhost',
        'Sec-Fetch-Site': 'same-origin',
        Cookie: session.cookie,
      },
    });
  }

  const draft = async () => {
    const found = await setup.admin.draft('hulpverlening');
    assert.ok(found);
    return found.draft;
  };

  it('downloads a version as a JSON attachment in the export format', async () => {
    const response = await getAs(setup.app, `${tree}/versies/1/download`, redacteur);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(
      response.headers.get('content-disposition'),
      'attachment; filename="hulpverlening-versie-1.json"',
    );
    const file = (await response.json()) as {
      format: string;
      treeId: string;
      version: number;
      tree: { id: string };
    };
    assert.equal(file.format, 'woonkansboom-boom');
    assert.equal(file.version, 1);
    assert.equal(file.tree.id, 'hulpverlening');
  });

  it('refuses a broken file with every problem listed and leaves the draft untouched', async () => {
    const file = (await (
      await getAs(setup.app, `${tree}/versies/1/download`, redacteur)
    ).json()) as {
      tree: { start?: string; nodes: { id: string; kind: string; next?: string }[] };
    };
    delete file.tree.start;
    const date = file.tree.nodes.find((node) => node.kind === 'date');
    assert.ok(date);
    date.next = 'bestaat_niet';
    const before = await draft();
    const response = await upload(JSON.stringify(file), before.revision);
    assert.equal(response.status, 422);
    const body = await response.text();
    assert.match(body, /Niet geïmporteerd/);
    assert.match(body, /Het concept is niet veranderd/);
    assert.match(body, /‘De wandeling begint bij’ ontbreekt/);
    assert.doesNotMatch(body, /nodes\.[a-z_]+\.next/);
    assert.deepEqual(await draft(), before);
  });

  it('refuses a file that is not JSON', async () => {
    const before = await draft();
    const response = await upload('dit is geen json', before.revision);
    assert.equal(response.status, 422);
    assert.match(await response.text(), /Dit bestand is geen JSON/);
    assert.deepEqual(await draft(), before);
  });

  it('imports an exported version again as the new draft', async () => {
    const changed = await submitPage(setup.app, redacteur, `${tree}/parameter/regeling_maanden`, {
      value: '9',
    });
    assert.equal(changed.status, 303);
    const exported = await (await getAs(setup.app, `${tree}/versies/1/download`, redacteur)).text();
    const response = await upload(exported, (await draft()).revision);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${tree}?geimporteerd=1`);
    const now = await draft();
    assert.equal(now.revision, 3);
    assert.equal(
      (now.content.tree as { parameters: Record<string, { value: number }> }).parameters
        .regeling_maanden?.value,
      6,
    );
  });

  it('downloads the draft in a form that imports again', async () => {
    const response = await getAs(setup.app, `${tree}/concept.json`, redacteur);
    assert.equal(response.status, 200);
    const again = await upload(await response.text(), (await draft()).revision);
    assert.equal(again.status, 303);
  });

  it('refuses an import based on a stale revision with 409', async () => {
    const exported = await (await getAs(setup.app, `${tree}/versies/1/download`, redacteur)).text();
    const response = await upload(exported, 0);
    assert.equal(response.status, 409);
    assert.match(await response.text(), /Er is niets geïmporteerd/);
  });
});
