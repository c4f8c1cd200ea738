// Test set-up for the stored-XSS checks: an app whose two trees
// carry the hostile payload in every editable text, put there the way
// beheerders do it — most texts through the admin API with a bearer token,
// some through the editor's forms with a session and CSRF token — and then
// published (one tree through the publish form, one through the API, each
// with a hostile change note).
import assert from 'node:assert/strict';
import { type Scenario, scenarioFileSchema } from '../../src/core/publish/scenarios.ts';
import type { Tree } from '../../src/core/tree/tree.ts';
import { testBeheerApp } from '../support/test-beheer-app.ts';
import { submitPage } from '../support/test-form.ts';
import { postAs, type TestSession } from '../support/test-requests.ts';
import { bearerFor, signIn } from '../support/test-sign-in.ts';
import { compact, hostile, normalise, tagged } from './inert-markup.ts';
import { markdownPayload, type PoisonedText, poisonTree } from './poisoned-tree.ts';

export const treeIds = ['hulpverlening', 'corporaties'] as const;

export interface PoisonedTree {
  tree: Tree;
  scenarios: Scenario[];
  texts: Map<string, PoisonedText>;
  publishNote: string;
}

export type PoisonedApp = Awaited<ReturnType<typeof poisonedApp>>;

/** Texts set through the editor's forms, with their own tags. */
const formEdits = [
  { part: 'vraag/reden', field: 'text', path: 'nodes.reden.text', tag: 'XF001' },
  { part: 'vraag/reden', field: 'help', path: 'nodes.reden.help', tag: 'XF002' },
  { part: 'folder', field: 'title', path: 'handout.title', tag: 'XF003' },
  {
    part: 'parameter/termijn_jaren',
    field: 'sourceRef',
    path: 'parameters.termijn_jaren.source',
    tag: 'XF004',
  },
  {
    part: 'voorwaarde/ontruimd_door_corporatie',
    field: 'sourceRef',
    path: 'requirements.ontruimd_door_corporatie.source',
    tag: 'XF005',
  },
] as const;

export async function poisonedApp() {
  // Without the shared set, every item is the tree's own and can carry the payload.
  // The poisoned versions are published on a day before every scenario's
  // peildatum, so each walk below runs on them (a walk uses the rules in force on its day).
  const setup = await testBeheerApp({
    sharedRules: false,
    now: () => new Date('2024-01-02T12:00:00Z'),
  });
  const redacteurToken = await bearerFor(setup.store, 'redacteur');
  const beheerderToken = await bearerFor(setup.store, 'beheerder');
  const beheerder = await signIn(setup.app, setup.store, 'beheerder');

  const api = (method: string, path: string, authorization: string, body?: unknown) =>
    setup.app.request(path, {
      method,
      headers: {
        Authorization: authorization,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const trees = new Map<string, PoisonedTree>();
  for (const [index, treeId] of treeIds.entries()) {
    const draftPath = `/api/v1/admin/trees/${treeId}/draft`;
    const draft = (await (await api('GET', draftPath, redacteurToken)).json()) as Record<
      string,
      unknown
    >;
    const { revision, scenarios, check: _c, updatedAt: _a, updatedBy: _b, ...stored } = draft;
    const prefix = index === 0 ? 'XH' : 'XC';
    const { tree, texts } = poisonTree(stored, prefix);
    const scenarioFile = scenarioFileSchema.parse(scenarios);
    const first = scenarioFile.scenarios[0];
    assert.ok(first);
    first.name = `${first.name} ${tagged(`${prefix}S01`)}`;
    texts.set('scenarios.0.name', { tag: `${prefix}S01`, markdown: false });
    const saved = await api('PUT', draftPath, redacteurToken, {
      ...tree,
      revision,
      scenarios: scenarioFile,
    });
    assert.equal(saved.status, 200, await saved.clone().text());
    trees.set(treeId, {
      tree,
      scenarios: scenarioFile.scenarios,
      texts,
      publishNote: `Wijziging ${index === 0 ? 'XN001' : 'XN002'} ${hostile}`,
    });
  }

  const hulpverlening = trees.get('hulpverlening');
  assert.ok(hulpverlening);
  for (const edit of formEdits) {
    const path = `/beheer/bomen/hulpverlening/${edit.part}`;
    const response = await submitPage(setup.app, beheerder, path, {
      [edit.field]: tagged(edit.tag),
    });
    assert.equal(response.status, 303, `saving ${path}: ${await response.clone().text()}`);
    hulpverlening.texts.set(edit.path, { tag: edit.tag, markdown: false });
  }
  const revision = (await setup.admin.draft('hulpverlening'))?.draft.revision;
  const published = await postAs(setup.app, '/beheer/bomen/hulpverlening/publiceren', beheerder, {
    note: hulpverlening.publishNote,
    revision: String(revision),
  });
  assert.equal(published.status, 303, await published.clone().text());
  const corporaties = trees.get('corporaties');
  assert.ok(corporaties);
  const publishedByApi = await api(
    'POST',
    '/api/v1/admin/trees/corporaties/publish',
    beheerderToken,
    { note: corporaties.publishNote },
  );
  assert.equal(publishedByApi.status, 201);

  // The draft as published, with the form edits in it, for the tests to read.
  for (const [treeId, poisoned] of trees) {
    const found = await setup.admin.draft(treeId);
    assert.ok(found?.check.tree);
    poisoned.tree = found.check.tree;
  }

  return { ...setup, beheerder, redacteurToken, beheerderToken, api, trees };
}

/** The poisoned texts of a tree whose paths start with one of `prefixes`. */
export function textsAt(poisoned: PoisonedTree, ...prefixes: string[]): [string, PoisonedText][] {
  return [...poisoned.texts].filter(([path]) =>
    prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)),
  );
}

/**
 * The texts at `paths` that are not shown in `shown`: a plain text must show
 * its tag and the whole payload as typed; a Markdown text its tag (raw HTML
 * in Markdown is dropped by the sanitiser by design). With `loose`, white
 * space is ignored (SVG and PDF break lines inside words); with `asTyped`,
 * a Markdown text must show its whole source (an edit field).
 */
export function missingTexts(
  poisoned: PoisonedTree,
  paths: readonly string[],
  shown: string,
  options: { loose?: boolean; asTyped?: boolean } = {},
): string[] {
  const squeeze = options.loose ? compact : normalise;
  const haystack = squeeze(shown);
  return paths.flatMap((path) => {
    const text = poisoned.texts.get(path);
    if (!text) return [`${path}: not a poisoned text`];
    const expected = !text.markdown
      ? tagged(text.tag)
      : options.asTyped
        ? markdownPayload(text.tag)
        : text.tag;
    return haystack.includes(squeeze(expected)) ? [] : [`${path} (${expected.slice(0, 40)}…)`];
  });
}

/** GET as a browser would, following redirects on this site. */
export async function follow(
  app: PoisonedApp['app'],
  path: string,
  session?: TestSession,
): Promise<{ response: Response; url: string }> {
  let url = path;
  for (let hops = 0; hops < 4; hops += 1) {
    const response = await app.request(url, session ? { headers: { Cookie: session.cookie } } : {});
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, url };
    url = location;
  }
  throw new Error(`too many redirects from ${path}`);
}
