// Fuzzes the two ways a tree becomes the draft: the
// admin API (PUT /api/v1/admin/trees/:treeId/draft, bearer token) and the
// beheer upload form (POST /beheer/bomen/:treeId/importeren, session). Random
// edits of the default tree, trees from the generator, nasty values and
// broken files: zero 5xx, every refusal in Dutch, a refused request leaves
// the draft as it was, and a good import still works afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultTreeContents } from '../../src/content/default-content.ts';
import { testBeheerApp } from '../support/test-beheer-app.ts';
import { bearerFor, signIn } from '../support/test-sign-in.ts';
import { treeInputArbitrary } from '../support/tree-arbitrary.ts';
import { mutatedTreeArbitrary } from '../support/tree-mutation.ts';
import {
  assertDutch,
  type FuzzRequest,
  fuzzEndpoint,
  jsonRequests,
  mangled,
  nastyValue,
} from './endpoint-fuzz.ts';

const treeId = 'hulpverlening';
const original = defaultTreeContents().find((content) => content.treeId === treeId)?.content;
assert.ok(original, 'the default tree hulpverlening is missing');

/** Trees an editor might upload: the original, edited copies, generated trees with this id. */
const trees: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(original.tree) },
  { weight: 4, arbitrary: mutatedTreeArbitrary(original.tree) },
  { weight: 2, arbitrary: treeInputArbitrary.map((tree) => ({ ...tree, id: treeId })) },
);

/** Replaced by the draft's current revision just before sending. */
const current = '$REVISION';
const revisions = fc.oneof(
  { weight: 6, arbitrary: fc.constant<unknown>(current) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, 999_999, '1', null) },
);

describe('importing a tree under fuzzing', () => {
  let setup: Awaited<ReturnType<typeof testBeheerApp>>;
  let bearer: string;
  let session: { cookie: string; csrfToken: string };
  const draft = async () => {
    const found = await setup.admin.draft(treeId);
    assert.ok(found);
    return found.draft;
  };
  const withRevision = async (text: string) =>
    text.replaceAll(`"${current}"`, String((await draft()).revision));

  before(async () => {
    setup = await testBeheerApp();
    bearer = await bearerFor(setup.store, 'beheerder');
    session = await signIn(setup.app, setup.store, 'redacteur');
  });
  after(() => setup.close());

  it('saves or refuses 300 random drafts through the admin API, never with a 5xx', async () => {
    const body = fc
      .record({ tree: trees, scenarios: fc.constant(original.scenarios), revision: revisions })
      .map(({ tree, scenarios, revision }) => ({
        ...(tree as Record<string, unknown>),
        scenarios,
        revision,
      }));
    await fuzzEndpoint(
      {
        name: `PUT /api/v1/admin/trees/${treeId}/draft`,
        refusals: 'problem+json',
        requests: jsonRequests(body, { Authorization: bearer }),
        send: async (request) =>
          setup.app.request(`/api/v1/admin/trees/${treeId}/draft`, {
            method: 'PUT',
            body:
              typeof request.body === 'string' ? await withRevision(request.body) : request.body,
            headers: request.headers,
          }),
        unchanged: draft,
      },
      300,
    );
  });

  it('imports or refuses 300 random uploads through the beheer form, never with a 5xx', async () => {
    const file = fc.oneof(
      {
        weight: 5,
        arbitrary: mangled(
          fc.record({
            format: fc.constant('woonkansboom-boom'),
            formatVersion: fc.constant(1),
            treeId: fc.constant(treeId),
            tree: trees,
            scenarios: fc.constant(original.scenarios),
          }),
        ).map((value) => JSON.stringify(value) ?? ''),
      },
      { weight: 1, arbitrary: nastyValue.map((value) => JSON.stringify(value) ?? '') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('', '{', '\uFEFF{}', `{"tree":${'['.repeat(5_000)}}`),
      },
    );
    const requests: fc.Arbitrary<FuzzRequest> = fc
      .record({
        file,
        revision: fc.oneof(fc.constant(current), fc.constantFrom('', 'abc', '-1', '1e9', '0')),
        fileName: fc.constantFrom('boom.json', '', '../../boom.json', 'boom.exe'),
        fileType: fc.constantFrom('application/json', 'text/plain', ''),
        asFile: fc.boolean(),
      })
      .map(({ file: text, revision, fileName, fileType, asFile }) => {
        const form = new FormData();
        form.set('_csrf', session.csrfToken);
        form.set('revision', revision);
        if (asFile) form.set('bestand', new Blob([text], { type: fileType }), fileName);
        else form.set('bestand', text);
        return {
          body: form,
          headers: {
            Origin: 'http://localhost',
            'Sec-Fetch-Site': 'same-origin',
            Cookie: session.cookie,
          },
          summary: `revision ${revision}, ${asFile ? `file ${fileName} (${fileType})` : 'text field'}: ${text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text}`,
        };
      });
    await fuzzEndpoint(
      {
        name: `POST /beheer/bomen/${treeId}/importeren`,
        refusals: 'html',
        requests,
        send: async (request) => {
          const form = request.body as FormData;
          if (form.get('revision') === current)
            form.set('revision', String((await draft()).revision));
          return setup.app.request(`/beheer/bomen/${treeId}/importeren`, {
            method: 'POST',
            body: form,
            headers: request.headers,
          });
        },
        unchanged: draft,
      },
      300,
    );
  });

  it('refuses files with values that are objects without a usable toString, in Dutch', async () => {
    // Found by this file: String(value) throws "Cannot convert object to
    // primitive value" for {"toString":1}: in readImport (treeId) and in
    // readableIssues (a wrong enum value), so the upload answers 500.
    const parameters = { ...(original.tree as { parameters: Record<string, object> }).parameters };
    const cases = {
      treeId: { ...original, treeId: { toString: 1 } },
      unit: {
        ...original,
        tree: {
          ...(original.tree as object),
          parameters: {
            ...parameters,
            termijn_jaren: { ...parameters.termijn_jaren, unit: { toString: 1 } },
          },
        },
      },
    };
    for (const [name, file] of Object.entries(cases)) {
      const form = new FormData();
      form.set('_csrf', session.csrfToken);
      form.set('revision', String((await draft()).revision));
      form.set(
        'bestand',
        new Blob([JSON.stringify(file)], { type: 'application/json' }),
        'boom.json',
      );
      const response = await setup.app.request(`/beheer/bomen/${treeId}/importeren`, {
        method: 'POST',
        body: form,
        headers: {
          Origin: 'http://localhost',
          'Sec-Fetch-Site': 'same-origin',
          Cookie: session.cookie,
        },
      });
      assert.equal(response.status, 422, `${name}: ${response.status}`);
    }
  });

  it('explains a missing verdict, a wrong enum value and a wrong contact address in Dutch', async () => {
    // Found by this file, through the admin API: a missing verdict reads
    // '"undefined" is geen geldige waarde voor "verdict"'; a contact href
    // without https ends in zod's English 'Invalid string: must match pattern';
    // a unit of {"toString":1} makes readableIssues throw (500).
    const tree = original.tree as {
      outcomes: object[];
      contacts: object[];
      parameters: Record<string, object>;
    };
    const [outcome, ...outcomes] = tree.outcomes as Record<string, unknown>[];
    const { verdict: _verdict, ...withoutVerdict } = outcome ?? {};
    const [contact, ...contacts] = tree.contacts as Record<string, unknown>[];
    const edits: Record<string, object> = {
      'missing verdict': { ...tree, outcomes: [withoutVerdict, ...outcomes] },
      'http contact': {
        ...tree,
        contacts: [{ ...contact, href: 'http://woonkans.nl' }, ...contacts],
      },
      'unit {toString: 1}': {
        ...tree,
        parameters: {
          ...tree.parameters,
          termijn_jaren: { ...tree.parameters.termijn_jaren, unit: { toString: 1 } },
        },
      },
    };
    for (const [name, edited] of Object.entries(edits)) {
      const response = await setup.app.request(`/api/v1/admin/trees/${treeId}/draft`, {
        method: 'PUT',
        body: JSON.stringify({ ...edited, revision: (await draft()).revision }),
        headers: { 'Content-Type': 'application/json', Authorization: bearer },
      });
      assert.equal(response.status, 422, `${name}: ${response.status}`);
      const problem = (await response.json()) as { errors: { message: string }[] };
      for (const { message } of problem.errors) {
        assertDutch(message, name);
        assert.doesNotMatch(message, /"undefined"/, `${name}: ${message}`);
      }
    }
  });

  it('still imports the original tree after the fuzzing', async () => {
    const form = new FormData();
    form.set('_csrf', session.csrfToken);
    form.set('revision', String((await draft()).revision));
    form.set(
      'bestand',
      new Blob([JSON.stringify(original)], { type: 'application/json' }),
      'boom.json',
    );
    const response = await setup.app.request(`/beheer/bomen/${treeId}/importeren`, {
      method: 'POST',
      body: form,
      headers: {
        Origin: 'http://localhost',
        'Sec-Fetch-Site': 'same-origin',
        Cookie: session.cookie,
      },
    });
    assert.equal(response.status, 303);
    assert.deepEqual((await draft()).content.tree, original.tree);
  });
});
