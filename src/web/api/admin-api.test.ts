import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { bearerFor } from '../../../test/support/test-sign-in.ts';

type Harness = Awaited<ReturnType<typeof testBeheerApp>>;

describe('admin JSON API', () => {
  let harness: Harness;
  let beheerder: string;
  let redacteur: string;
  let analist: string;

  before(async () => {
    // A store without shared rules: regeling_maanden is the tree's own here.
    harness = await testBeheerApp({ sharedRules: false });
    beheerder = await bearerFor(harness.store, 'beheerder');
    redacteur = await bearerFor(harness.store, 'redacteur');
    analist = await bearerFor(harness.store, 'analist');
  });
  after(() => harness.close());

  const call = (method: string, path: string, authorization: string | undefined, body?: unknown) =>
    harness.app.request(path, {
      method,
      headers: {
        ...(authorization ? { Authorization: authorization } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  const draftPath = '/api/v1/admin/trees/hulpverlening/draft';

  it('refuses anonymous and under-privileged callers with 401 and 403 problems', async () => {
    const anonymous = await call('GET', draftPath, undefined);
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await call('GET', draftPath, analist)).status, 403);
    assert.equal(
      (await call('POST', '/api/v1/admin/trees/hulpverlening/publish', redacteur, { note: 'x' }))
        .status,
      403,
    );
    assert.equal(
      (await call('POST', '/api/v1/admin/trees/hulpverlening/rollback', redacteur, { version: 1 }))
        .status,
      403,
    );
  });

  it('lists the trees with their drafts, drafts-only trees included, for a redacteur and up', async () => {
    assert.equal((await call('GET', '/api/v1/admin/trees', undefined)).status, 401);
    assert.equal((await call('GET', '/api/v1/admin/trees', analist)).status, 403);
    const draftOnly = {
      id: 'nieuw',
      title: 'Nieuwe boom',
      start: 'vraag',
      nodes: [],
      outcomes: [],
    };
    await harness.store.saveDraft('nieuw', { tree: draftOnly, scenarios: [] }, 0, 'test');
    const response = await call('GET', '/api/v1/admin/trees', redacteur);
    assert.equal(response.status, 200);
    type Listed = {
      id: string;
      title: string;
      draft: { revision: number } | null;
      inForce: { version: number; geldigVanaf: string } | null;
      scheduled: unknown[];
    };
    const { trees } = (await response.json()) as { trees: Listed[] };
    const byId = new Map(trees.map((tree) => [tree.id, tree]));
    assert.deepEqual([...byId.keys()].sort(), ['corporaties', 'hulpverlening', 'nieuw']);
    assert.equal(byId.get('nieuw')?.inForce, null);
    assert.equal(byId.get('nieuw')?.title, 'Nieuwe boom');
    assert.equal(byId.get('nieuw')?.draft?.revision, 1);
    assert.equal(byId.get('hulpverlening')?.inForce?.version, 1);
  });

  it('changes the 6-month parameter, is refused while scenarios fail, and publishes once they are fixed', async () => {
    const draft = (await (await call('GET', draftPath, redacteur)).json()) as Record<string, any>;
    assert.equal(draft.revision, 1);
    assert.equal(draft.check.publishable, true);

    const { check: _check, updatedAt: _at, updatedBy: _by, ...body } = draft;
    body.parameters.regeling_maanden.value = 7;
    const saved = await call('PUT', draftPath, redacteur, body);
    assert.equal(saved.status, 200);
    const afterSave = (await saved.json()) as Record<string, any>;
    assert.equal(afterSave.revision, 2);
    assert.equal(afterSave.check.publishable, false);
    assert.ok(afterSave.check.scenarios.some((scenario: { passed: boolean }) => !scenario.passed));

    const refused = await call('POST', '/api/v1/admin/trees/hulpverlening/publish', beheerder, {
      note: 'Zeven maanden',
    });
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { errors: { code: string }[] };
    assert.ok(problem.errors.some((error) => error.code === 'scenario-failed'));
    const stillPublic = await harness.app.request('/api/v1/trees');
    assert.equal(
      ((await stillPublic.json()) as { trees: { version: number }[] }).trees[0]?.version,
      1,
    );

    // Fixing the scenarios: accept whatever the 7-month rule now gives by restoring 6.
    body.parameters.regeling_maanden.value = 6;
    body.revision = 2;
    assert.equal((await call('PUT', draftPath, redacteur, body)).status, 200);
    const published = await call('POST', '/api/v1/admin/trees/hulpverlening/publish', beheerder, {
      note: 'Terug naar zes maanden',
    });
    assert.equal(published.status, 201);
    assert.equal(((await published.json()) as { version: number }).version, 2);
  });

  it('answers a stale revision with 409 and saves nothing', async () => {
    const draft = (await (await call('GET', draftPath, redacteur)).json()) as Record<string, any>;
    const { check: _check, updatedAt: _at, updatedBy: _by, ...body } = draft;
    body.title = 'Eerste wijziging';
    assert.equal((await call('PUT', draftPath, redacteur, body)).status, 200);
    body.title = 'Tweede wijziging op dezelfde basis';
    const stale = await call('PUT', draftPath, beheerder, body);
    assert.equal(stale.status, 409);
    assert.match(((await stale.json()) as { detail: string }).detail, /intussen opgeslagen/);
    const current = (await (await call('GET', draftPath, redacteur)).json()) as { title: string };
    assert.equal(current.title, 'Eerste wijziging');
  });

  it('refuses a draft that does not fit the content format with every problem listed', async () => {
    const draft = (await (await call('GET', draftPath, redacteur)).json()) as Record<string, any>;
    const { check: _check, updatedAt: _at, updatedBy: _by, ...body } = draft;
    body.nodes[0].text = '';
    body.start = 'Niet Geldig';
    const refused = await call('PUT', draftPath, redacteur, body);
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { errors: { field: string }[] };
    assert.ok(problem.errors.length >= 2);
    assert.equal(
      ((await (await call('GET', draftPath, redacteur)).json()) as { revision: number }).revision,
      draft.revision,
    );
  });

  it('lists versions, serves one as the export format, and rolls back as a new version', async () => {
    const versions = (await (
      await call('GET', '/api/v1/admin/trees/hulpverlening/versions', redacteur)
    ).json()) as {
      versions: { version: number }[];
    };
    assert.ok(versions.versions.length >= 2);
    const exported = (await (
      await call('GET', '/api/v1/admin/trees/hulpverlening/versions/1', redacteur)
    ).json()) as Record<string, any>;
    assert.equal(exported.format, 'woonkansboom-boom');
    assert.equal(exported.tree.id, 'hulpverlening');
    const rolledBack = await call('POST', '/api/v1/admin/trees/hulpverlening/rollback', beheerder, {
      version: 1,
    });
    assert.equal(rolledBack.status, 201);
    const body = (await rolledBack.json()) as { version: number; note: string };
    assert.equal(body.note, 'Teruggezet naar versie 1');
    const publicList = (await (await harness.app.request('/api/v1/trees')).json()) as {
      trees: { id: string; version: number }[];
    };
    assert.equal(
      publicList.trees.find((tree) => tree.id === 'hulpverlening')?.version,
      body.version,
    );
    assert.equal(
      (await call('POST', '/api/v1/admin/trees/hulpverlening/rollback', beheerder, { version: 99 }))
        .status,
      404,
    );
  });

  it('writes saves, refusals, publishes and rollbacks to the audit log', async () => {
    const actions = (await harness.store.auditLog({ limit: 100 })).map((entry) => entry.action);
    for (const action of ['draft-saved', 'publish-refused', 'published', 'rolled-back']) {
      assert.ok(actions.includes(action), action);
    }
  });

  describe('versions in time', () => {
    const treeBase = '/api/v1/admin/trees/corporaties';
    type Listed = { version: number; status: string; geldigVanaf: string; until?: string };
    const listing = async () =>
      (
        (await (await call('GET', `${treeBase}/versions`, redacteur)).json()) as {
          versions: Listed[];
        }
      ).versions;

    it('schedules a version for a later day, lists it as scheduled, and cancels it', async () => {
      const published = await call('POST', `${treeBase}/publish`, beheerder, {
        note: 'Nieuwe regels per 1 maart',
        geldigVanaf: '2998-03-01',
        geldtVoorOntruimingenVanaf: '01-03-2998',
      });
      assert.equal(published.status, 201);
      const body = (await published.json()) as Record<string, unknown>;
      assert.equal(body.geldigVanaf, '2998-03-01');
      assert.equal(body.geldtVoorOntruimingenVanaf, '2998-03-01');
      const [scheduled, inForce] = await listing();
      assert.equal(scheduled?.status, 'scheduled');
      assert.equal(inForce?.status, 'in-force');
      assert.equal(inForce?.until, '2998-03-01');

      const cancelPath = `${treeBase}/versions/${String(scheduled?.version)}/cancel`;
      assert.equal((await call('POST', cancelPath, redacteur)).status, 403);
      const cancelled = await call('POST', cancelPath, beheerder);
      assert.equal(cancelled.status, 200);
      assert.equal((await listing())[0]?.status, 'cancelled');
      const again = await call('POST', cancelPath, beheerder);
      assert.equal(again.status, 409);
      const problem = (await again.json()) as { errors: { field: string; code: string }[] };
      assert.equal(problem.errors[0]?.field, 'version');
      assert.equal(problem.errors[0]?.code, 'already-cancelled');
      const inForceCancel = await call(
        'POST',
        `${treeBase}/versions/${String(inForce?.version)}/cancel`,
        beheerder,
      );
      assert.equal(inForceCancel.status, 409);
    });

    it('refuses a day before today as problem+json with a Dutch message for the field', async () => {
      const refused = await call('POST', `${treeBase}/publish`, beheerder, {
        note: 'Te laat',
        geldigVanaf: '2020-01-01',
      });
      assert.equal(refused.status, 422);
      assert.match(refused.headers.get('content-type') ?? '', /problem\+json/);
      const problem = (await refused.json()) as {
        errors: { field: string; code: string; message: string }[];
      };
      assert.equal(problem.errors[0]?.field, 'geldigVanaf');
      assert.equal(
        problem.errors[0]?.message,
        'Een versie kan niet met terugwerkende kracht gelden. Kies vandaag of later.',
      );
      const unreadable = await call('POST', `${treeBase}/rollback`, beheerder, {
        version: 1,
        geldigVanaf: '30-2-2999',
      });
      assert.equal(unreadable.status, 422);
    });

    it('rolls back from the day asked', async () => {
      const rolledBack = await call('POST', `${treeBase}/rollback`, beheerder, {
        version: 1,
        geldigVanaf: '2998-06-01',
      });
      assert.equal(rolledBack.status, 201);
      assert.equal(
        ((await rolledBack.json()) as { geldigVanaf: string }).geldigVanaf,
        '2998-06-01',
      );
      assert.equal((await listing())[0]?.status, 'scheduled');
    });
  });
});
