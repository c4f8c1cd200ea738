// Stored XSS, beheer side: with a hostile payload in every text of
// both trees (and in the scenario names and publish notes), every beheer page
// that shows them — the draft page, every edit page, preview, history and
// diff, the draft diagram, the audit log, the usage dashboard — shows them as
// inert text, and edit fields give back exactly what was typed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { submitPage } from '../support/test-form.ts';
import { getAs } from '../support/test-requests.ts';
import {
  hostile,
  htmlProblems,
  javascriptUrl,
  shownText,
  svgProblems,
  svgText,
  tagged,
  templatePayload,
} from './inert-markup.ts';
import {
  follow,
  missingTexts,
  type PoisonedApp,
  type PoisonedTree,
  poisonedApp,
  textsAt,
  treeIds,
} from './poisoned-app.ts';

let setup: PoisonedApp;
before(async () => {
  setup = await poisonedApp();
});
after(() => setup.close());

const poisonedTree = (treeId: string): PoisonedTree => {
  const found = setup.trees.get(treeId);
  assert.ok(found);
  return found;
};

async function inertBeheerPage(
  path: string,
  status = 200,
): Promise<{ text: string; body: string }> {
  const { response, url } = await follow(setup.app, path, setup.beheerder);
  assert.equal(response.status, status, `GET ${path}`);
  const body = await response.text();
  assert.deepEqual(htmlProblems(body, url), []);
  return { text: shownText(body), body };
}

/** The texts an edit page holds in its fields, by the page's part of the URL. */
function editPageTexts(poisoned: PoisonedTree, part: string, id: string | undefined): string[] {
  const prefixes: Record<string, string[]> = {
    algemeen: ['title', 'audience', 'intro'],
    vraag: [`nodes.${id}`],
    controle: [`nodes.${id}.text`],
    uitkomst: [`outcomes.${id}`],
    parameter: [`parameters.${id}`],
    voorwaarde: [`requirements.${id}`],
    traject: [`trajectories.${id}`],
    contact: [`contacts.${id}`],
    folder: ['handout'],
    scenario: id === '1' ? ['scenarios.0.name'] : [],
  };
  return textsAt(poisoned, ...(prefixes[part] ?? [])).map(([path]) => path);
}

for (const treeId of treeIds) {
  describe(`the editor of "${treeId}" with a script payload in every text`, () => {
    const base = `/beheer/bomen/${treeId}`;

    it('shows the draft page and every edit page inert, with each field holding the text as typed', async () => {
      const poisoned = poisonedTree(treeId);
      const draft = await inertBeheerPage(base);
      assert.deepEqual(missingTexts(poisoned, ['title'], draft.text), []);
      const editPages = [
        ...new Set(
          [...draft.body.matchAll(/href="(\/beheer\/bomen\/[^"/]+\/([a-z]+)(?:\/([^"/?]+))?)"/g)]
            .filter(([, , part, id]) => part !== 'scenario' || id === '1')
            .map(([, href, part, id]) => JSON.stringify([href, part, id])),
        ),
      ].map((entry) => JSON.parse(entry) as [string, string, string | undefined]);
      const parts = new Set(editPages.map(([, part]) => part));
      const hasChecks = poisoned.tree.nodes.some((node) => node.kind === 'check');
      for (const part of [
        'algemeen',
        'vraag',
        'uitkomst',
        'traject',
        'contact',
        ...(hasChecks ? ['controle'] : []),
      ]) {
        assert.ok(parts.has(part), `the draft page links to the ${part} editors`);
      }
      const checked = new Set<string>();
      for (const [href, part, id] of editPages) {
        if (['importeren', 'nieuw', 'versies', 'voorbeeld'].includes(part)) continue;
        const page = await inertBeheerPage(href);
        // Step durations have no field in the trajectory editor: see the test below.
        const paths = editPageTexts(
          poisoned,
          part,
          id === undefined ? undefined : decodeURIComponent(id),
        ).filter((path) => !path.endsWith('.duration'));
        for (const path of paths) checked.add(path);
        assert.deepEqual(missingTexts(poisoned, paths, page.text, { asTyped: true }), [], href);
      }
      // Derived-date labels have no editor; they are shown on the draft page.
      const elsewhere = [...poisoned.texts.keys()].filter((path) => !checked.has(path));
      assert.deepEqual(
        elsewhere.filter((path) => !path.startsWith('dates.') && !path.endsWith('.duration')),
        [],
      );
      assert.deepEqual(
        missingTexts(
          poisoned,
          elsewhere.filter((path) => path.startsWith('dates.')),
          draft.text,
        ),
        [],
      );
    });

    it('saves a text again unchanged when its edit form is posted back (no double escaping)', async () => {
      const poisoned = poisonedTree(treeId);
      const node = poisoned.tree.nodes.find((candidate) => candidate.kind !== 'check');
      assert.ok(node);
      const before = (await setup.admin.draft(treeId))?.draft.revision ?? 0;
      const response = await submitPage(setup.app, setup.beheerder, `${base}/vraag/${node.id}`, {});
      assert.equal(response.status, 303);
      const after = await setup.admin.draft(treeId);
      const saved = after?.check.tree?.nodes.find((candidate) => candidate.id === node.id);
      assert.equal(saved?.text, node.text);
      assert.ok((after?.draft.revision ?? 0) >= before);
    });

    it('keeps the trajectory step durations when the trajectory form is saved unchanged', async () => {
      const poisoned = poisonedTree(treeId);
      const trajectory = poisoned.tree.trajectories.find((candidate) =>
        candidate.steps.some((step) => step.duration),
      );
      if (!trajectory) return;
      const response = await submitPage(
        setup.app,
        setup.beheerder,
        `${base}/traject/${trajectory.id}`,
        {},
      );
      assert.equal(response.status, 303);
      const saved = (await setup.admin.draft(treeId))?.check.tree?.trajectories.find(
        (candidate) => candidate.id === trajectory.id,
      );
      assert.deepEqual(
        saved?.steps.map((step) => step.duration),
        trajectory.steps.map((step) => step.duration),
        "BUG: the trajectory editor has no field for a step's duration and drops them all on save",
      );
    });

    it('shows the preview of the draft (a question and an outcome) inert', async () => {
      const poisoned = poisonedTree(treeId);
      const question = await inertBeheerPage(`${base}/voorbeeld`);
      assert.deepEqual(
        missingTexts(poisoned, [`nodes.${poisoned.tree.start}.text`], question.text),
        [],
      );
      const scenario = poisoned.scenarios.find(
        (candidate) => candidate.expect.outcome !== undefined,
      );
      assert.ok(scenario?.expect.outcome);
      const query = new URLSearchParams({
        ...scenario.answers,
        peildatum: scenario.peildatum,
        ...(scenario.start ? { start: scenario.start } : {}),
      });
      const outcome = await inertBeheerPage(`${base}/voorbeeld?${query}`);
      assert.deepEqual(
        missingTexts(
          poisoned,
          [
            `outcomes.${scenario.expect.outcome}.title`,
            `outcomes.${scenario.expect.outcome}.explanation`,
          ],
          outcome.text,
        ),
        [],
      );
    });

    it('shows the history with the publish note, and the diff of version 1 and 2, inert', async () => {
      const poisoned = poisonedTree(treeId);
      const history = await inertBeheerPage(`${base}/versies`);
      assert.ok(history.text.includes(poisoned.publishNote), 'the publish note as typed');
      const diff = await inertBeheerPage(`${base}/vergelijk?van=1&naar=2`);
      const changed = [
        'title',
        `nodes.${poisoned.tree.start}.text`,
        ...poisoned.tree.outcomes.map((outcome) => `outcomes.${outcome.id}.title`),
      ];
      assert.deepEqual(missingTexts(poisoned, changed, diff.text), []);
      const outcome = poisoned.tree.outcomes[0];
      assert.ok(outcome);
      assert.deepEqual(
        missingTexts(poisoned, [`outcomes.${outcome.id}.explanation`], diff.text, {
          asTyped: true,
        }),
        [],
        'a Markdown change is shown as its source',
      );
    });

    it('draws the draft diagram as an inert SVG', async () => {
      const poisoned = poisonedTree(treeId);
      const response = await getAs(setup.app, `${base}/concept.svg`, setup.beheerder);
      assert.equal(response.status, 200);
      const svg = await response.text();
      assert.deepEqual(svgProblems(svg, 'concept.svg'), []);
      assert.deepEqual(
        missingTexts(poisoned, [`nodes.${poisoned.tree.start}.text`], svgText(svg), {
          loose: true,
        }),
        [],
      );
    });

    it('gives the draft and the versions as JSON downloads', async () => {
      for (const path of [`${base}/concept.json`, `${base}/versies/2/download`]) {
        const response = await getAs(setup.app, path, setup.beheerder);
        assert.equal(response.status, 200, path);
        assert.match(response.headers.get('content-type') ?? '', /^application\/json/, path);
        assert.ok((await response.text()).includes(JSON.stringify(hostile).slice(1, -1)), path);
      }
    });
  });
}

describe('beheer pages across trees', () => {
  it('lists the trees, the audit log and the usage dashboard inert', async () => {
    const list = await inertBeheerPage('/beheer');
    for (const treeId of treeIds) {
      assert.deepEqual(missingTexts(poisonedTree(treeId), ['title'], list.text), []);
    }
    const log = await inertBeheerPage('/beheer/logboek');
    assert.ok(
      treeIds.some((treeId) => log.text.includes(poisonedTree(treeId).publishNote)),
      'the audit log shows a publish note as typed',
    );
    const usage = await inertBeheerPage('/beheer/gebruik');
    assert.match(usage.text, /X[HC]001 <script>alert\(1\)<\/script>/, 'tree titles as typed');
  });

  it('refuses a javascript: address in an outcome link or a contact', async () => {
    const draftPath = '/api/v1/admin/trees/hulpverlening/draft';
    const draft = (await (await setup.api('GET', draftPath, setup.redacteurToken)).json()) as {
      outcomes: { links?: { label: string; href: string }[] }[];
      contacts: { href?: string }[];
    };
    const {
      check: _c,
      updatedAt: _a,
      updatedBy: _b,
      ...body
    } = draft as typeof draft & Record<'check' | 'updatedAt' | 'updatedBy', unknown>;
    const withLink = structuredClone(body);
    const outcome = withLink.outcomes[0];
    assert.ok(outcome);
    outcome.links = [{ label: 'Klik', href: javascriptUrl }];
    const refused = await setup.api('PUT', draftPath, setup.redacteurToken, withLink);
    assert.equal(refused.status, 422);
    const withContact = structuredClone(body);
    const contact = withContact.contacts[0];
    assert.ok(contact);
    contact.href = javascriptUrl;
    assert.equal(
      (await setup.api('PUT', draftPath, setup.redacteurToken, withContact)).status,
      422,
    );
  });

  it('keeps template braces in a question as a problem to fix, shown inert on the draft page', async () => {
    const poisoned = poisonedTree('hulpverlening');
    const response = await submitPage(
      setup.app,
      setup.beheerder,
      '/beheer/bomen/hulpverlening/vraag/ontruimd',
      {
        hint: `XB001 ${templatePayload} ${hostile}`,
      },
    );
    assert.equal(response.status, 303);
    const draft = await inertBeheerPage('/beheer/bomen/hulpverlening');
    assert.match(draft.text, /\{\{ of \}\} die geen goede invulplek is/);
    const edit = await inertBeheerPage('/beheer/bomen/hulpverlening/vraag/ontruimd');
    assert.ok(
      edit.text.includes(`XB001 ${templatePayload} ${hostile}`),
      'the braces stay as typed',
    );
    // The preview refuses a draft with errors (422) and lists them.
    const preview = await inertBeheerPage('/beheer/bomen/hulpverlening/voorbeeld', 422);
    assert.match(preview.text, /\{\{ of \}\} die geen goede invulplek is/);
    const publicPage = await follow(setup.app, '/boom/hulpverlening');
    assert.ok(
      shownText(await publicPage.response.text()).includes(
        tagged(poisoned.texts.get('nodes.ontruimd.hint')?.tag ?? '?'),
      ),
      'the published hint is unchanged',
    );
  });

  it('saves a hostile source of an outcome, a trajectory step and a contact, and shows it inert as typed', async () => {
    const poisoned = poisonedTree('hulpverlening');
    const outcome = poisoned.tree.outcomes[0];
    const trajectory = poisoned.tree.trajectories[0];
    const contact = poisoned.tree.contacts[0];
    assert.ok(outcome && trajectory && contact);
    const edits = [
      { path: `uitkomst/${outcome.id}`, at: '', tag: 'XS001' },
      { path: `traject/${trajectory.id}`, at: 's1.', tag: 'XS002' },
      { path: `contact/${contact.id}`, at: '', tag: 'XS003' },
    ];
    for (const { path, at, tag } of edits) {
      const href = `/beheer/bomen/hulpverlening/${path}`;
      const response = await submitPage(setup.app, setup.beheerder, href, {
        [`${at}sourceKind`]: 'assumption',
        [`${at}sourceRef`]: tagged(tag),
      });
      assert.equal(response.status, 303, href);
      const page = await inertBeheerPage(href);
      assert.ok(page.text.includes(tagged(tag)), `${href} holds the source as typed`);
    }
    const review = await inertBeheerPage('/beheer/te-controleren');
    for (const { tag } of edits) assert.ok(review.text.includes(tag), `${tag} on the list`);
  });
});
