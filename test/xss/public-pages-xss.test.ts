// Stored XSS, public side: with a hostile payload in every text of
// both published trees, every public place that shows those texts shows them
// as inert text — walk pages (server and, with the same views, the browser
// script over walk-data), trajectories, advice and handout pages and PDFs,
// the calendar file, the diagram (SVG, page, PDF), the embed, the contact and
// accessibility pages, and the API.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { isProblem } from '../../src/core/problem.ts';
import { questionView } from '../../src/views/question-view.ts';
import { type WalkSource, walkContext } from '../../src/views/walk-request.ts';
import { walkState } from '../../src/views/walk-state.ts';
import { parseWalkQuery } from '../../src/views/walk-url.ts';
import { pdfText } from '../support/pdf-read-back.ts';
import { testNow } from '../support/test-app.ts';
import {
  hostile,
  htmlProblems,
  pdfDrawnText,
  shownText,
  svgProblems,
  svgText,
  tagged,
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

/** Fetches a public HTML page (following redirects) and asserts it is inert; returns what it shows. */
async function inertPage(path: string): Promise<{ text: string; body: string; url: string }> {
  const { response, url } = await follow(setup.app, path);
  assert.equal(response.status, 200, `GET ${path}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  const body = await response.text();
  assert.deepEqual(htmlProblems(body, url), []);
  return { text: shownText(body), body, url };
}

async function download(path: string, type: RegExp): Promise<Uint8Array> {
  const response = await setup.app.request(path);
  assert.equal(response.status, 200, `GET ${path}`);
  assert.match(response.headers.get('content-type') ?? '', type, path);
  return new Uint8Array(await response.arrayBuffer());
}

/** The texts a question page shows: the question, its help and hint, each option. */
function questionTexts(poisoned: PoisonedTree, nodeId: string): string[] {
  return textsAt(poisoned, `nodes.${nodeId}`).map(([path]) => path);
}

/** The first scenario that ends at each outcome, as a walk query string. */
function outcomeWalks(poisoned: PoisonedTree): { outcomeId: string; query: string }[] {
  return poisoned.tree.outcomes.flatMap((outcome) => {
    const scenario = poisoned.scenarios.find(
      (candidate) => candidate.expect.outcome === outcome.id,
    );
    if (!scenario) return [];
    const params = new URLSearchParams(scenario.answers);
    if (scenario.start) params.set('start', scenario.start);
    params.set('peildatum', scenario.peildatum);
    return [{ outcomeId: outcome.id, query: params.toString() }];
  });
}

/** What an outcome page must show of the texts behind it. */
function outcomeTexts(poisoned: PoisonedTree, outcomeId: string): string[] {
  const outcome = poisoned.tree.outcomes.find((candidate) => candidate.id === outcomeId);
  assert.ok(outcome);
  return [
    ...textsAt(poisoned, `outcomes.${outcomeId}`).map(([path]) => path),
    ...outcome.requirements.map((id) => `requirements.${id}.label`),
    ...outcome.contacts.flatMap((id) => [`contacts.${id}.name`, `contacts.${id}.text`]),
    ...(outcome.trajectory
      ? textsAt(poisoned, `trajectories.${outcome.trajectory}.steps`)
          .filter(([path]) => path.endsWith('.title'))
          .map(([path]) => path)
      : []),
  ];
}

for (const treeId of treeIds) {
  describe(`the published tree "${treeId}" with a script payload in every text`, () => {
    it('shows the start page and every question (text, help, hint, options) as text', async () => {
      const poisoned = poisonedTree(treeId);
      const start = await inertPage(`/boom/${treeId}`);
      assert.deepEqual(
        missingTexts(
          poisoned,
          ['title', ...questionTexts(poisoned, poisoned.tree.start)],
          start.text,
        ),
        [],
      );
      for (const node of poisoned.tree.nodes) {
        if (node.kind === 'check') continue;
        const page = await inertPage(`/boom/${treeId}?start=${node.id}`);
        assert.deepEqual(
          missingTexts(poisoned, questionTexts(poisoned, node.id), page.text),
          [],
          node.id,
        );
      }
      const home = await inertPage('/');
      assert.deepEqual(missingTexts(poisoned, ['title', 'audience', 'intro'], home.text), []);
    });

    it('shows every outcome with its explanation, next steps, requirements, links and contacts as text', async () => {
      const poisoned = poisonedTree(treeId);
      const walks = outcomeWalks(poisoned);
      assert.ok(walks.length >= 3, 'the scenarios reach several outcomes');
      for (const { outcomeId, query } of walks) {
        const page = await inertPage(`/boom/${treeId}?${query}`);
        assert.deepEqual(
          missingTexts(poisoned, outcomeTexts(poisoned, outcomeId), page.text),
          [],
          outcomeId,
        );
        // A Markdown javascript: link keeps its words and loses its address.
        assert.match(page.text, /klik/);
      }
    });

    it('shows the same question texts inert when the browser script renders them from walk-data', async () => {
      const poisoned = poisonedTree(treeId);
      const response = await setup.app.request(`/api/v1/trees/${treeId}/versions/2/walk-data`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const source = (await response.json()) as WalkSource;
      const basePath = `/boom/${treeId}`;
      // The script shows questions only; outcomes are pages from the server (tested above).
      const queries = poisoned.tree.nodes
        .filter((node) => node.kind !== 'check')
        .map((node) => `start=${node.id}`);
      for (const query of queries) {
        // What walk.ts does before `main.innerHTML = …`.
        const walkQuery = parseWalkQuery(new URLSearchParams(query));
        const ctx = walkContext(source, walkQuery, '2026-11-28', basePath);
        assert.ok(!isProblem(ctx), query);
        const state = walkState(ctx, walkQuery);
        const { step } = state;
        assert.equal(step.status, 'question', query);
        if (step.status !== 'question') continue;
        const main = questionView({ ...state, step }).value;
        assert.deepEqual(htmlProblems(`<main>${main}</main>`, `walk.ts ${query}`), []);
        assert.match(shownText(`<main>${main}</main>`), /X[HCF]\d{3} <script>alert\(1\)<\/script>/);
      }
    });

    it('shows the advice and handout pages, their PDFs and the calendar file with the payload as text', async () => {
      const poisoned = poisonedTree(treeId);
      let handouts = 0;
      let calendars = 0;
      // PDFs are slow to make: the advice PDF for the first three outcomes, the handout PDF once.
      for (const [index, { outcomeId, query }] of outcomeWalks(poisoned).entries()) {
        const outcome = await inertPage(`/boom/${treeId}?${query}`);
        const { document } = parseHTML(outcome.body);
        const actions = new Map(
          [...document.querySelectorAll('a[href]')].flatMap((link) => {
            const href = link.getAttribute('href') ?? '';
            const kind =
              /\/boom\/[^/]+\/(advies(?:\.pdf)?|uitleg-huurder(?:\.pdf)?|agenda\.ics)\?/.exec(
                href,
              )?.[1];
            return kind ? [[kind, href] as const] : [];
          }),
        );
        const titleAndWhy = [
          `outcomes.${outcomeId}.title`,
          `outcomes.${outcomeId}.explanation`,
          `outcomes.${outcomeId}.nextSteps`,
        ];
        const advice = actions.get('advies');
        assert.ok(advice, `${outcomeId} links to the advice page`);
        const advicePage = await inertPage(advice);
        assert.deepEqual(
          missingTexts(poisoned, [...titleAndWhy, 'title'], advicePage.text),
          [],
          advice,
        );
        if (index < 3) {
          const advicePdf = pdfText(
            await download(actions.get('advies.pdf') ?? '', /^application\/pdf/),
          );
          assert.deepEqual(
            missingTexts(poisoned, [...titleAndWhy, 'title'], advicePdf, { loose: true }),
            [],
            `${outcomeId} advice PDF`,
          );
        }

        const handout = actions.get('uitleg-huurder');
        if (handout) {
          handouts += 1;
          const handoutPage = await inertPage(handout);
          assert.deepEqual(
            missingTexts(poisoned, ['handout.title', 'handout.body'], handoutPage.text),
            [],
            handout,
          );
          if (handouts === 1) {
            const handoutPdf = pdfText(
              await download(actions.get('uitleg-huurder.pdf') ?? '', /^application\/pdf/),
            );
            assert.deepEqual(
              missingTexts(poisoned, ['handout.title', 'handout.body'], handoutPdf, {
                loose: true,
              }),
              [],
              `${outcomeId} handout PDF`,
            );
          }
        }

        const calendar = actions.get('agenda.ics');
        if (calendar) {
          calendars += 1;
          const ics = new TextDecoder().decode(await download(calendar, /^text\/calendar/));
          const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
          assert.deepEqual(
            lines.filter((line) => line.startsWith('X-INJECTED')),
            [],
            'a line break in a label starts no property',
          );
          const labels = textsAt(poisoned, 'dates').filter(([, text]) =>
            ics.replace(/\r\n[ \t]/g, '').includes(tagged(text.tag)),
          );
          assert.ok(
            labels.length > 0,
            `${outcomeId}: the calendar shows a date label with its payload as text`,
          );
        }
      }
      if (poisoned.tree.handout) assert.ok(handouts > 0, 'some outcome offers the handout');
      if (treeId === 'hulpverlening')
        assert.ok(calendars > 0, 'some outcome offers a calendar file');
    });

    it('shows trajectory pages with title, summary, body and steps as text', async () => {
      const poisoned = poisonedTree(treeId);
      const list = await inertPage('/trajecten');
      for (const trajectory of poisoned.tree.trajectories) {
        assert.deepEqual(
          missingTexts(
            poisoned,
            [`trajectories.${trajectory.id}.title`, `trajectories.${trajectory.id}.summary`],
            list.text,
          ),
          [],
        );
        const page = await inertPage(`/trajecten/${trajectory.id}`);
        const paths = textsAt(poisoned, `trajectories.${trajectory.id}`)
          .map(([path]) => path)
          .filter((path) => !path.endsWith('.summary'));
        assert.deepEqual(missingTexts(poisoned, paths, page.text), [], trajectory.id);
      }
    });

    // Both pages read the contact from the first tree in display order: only that tree's test.
    if (treeId === treeIds[0]) {
      it('shows who runs the Woonkansboom on the contact and accessibility pages as text', async () => {
        const poisoned = poisonedTree(treeId);
        const paths = textsAt(poisoned, 'contacts.bureau-woonkans').map(([path]) => path);
        assert.ok(paths.length > 0, 'the Bureau Woonkans contact carries the payload');
        for (const path of ['/contact', '/toegankelijkheid']) {
          const page = await inertPage(path);
          assert.deepEqual(missingTexts(poisoned, paths, page.text), [], path);
        }
      });
    }

    it('shows the diagram as SVG, as a page and as PDF with every question, option and outcome as text', async () => {
      const poisoned = poisonedTree(treeId);
      const paths = [
        ...textsAt(poisoned, 'nodes')
          .filter(([path]) => /\.(text|label)$/.test(path))
          .map(([path]) => path),
        ...poisoned.tree.outcomes.map((outcome) => `outcomes.${outcome.id}.title`),
      ];
      const svg = new TextDecoder().decode(
        await download(`/boom/${treeId}/overzicht.svg`, /^image\/svg\+xml/),
      );
      assert.deepEqual(svgProblems(svg, 'overzicht.svg'), []);
      assert.deepEqual(missingTexts(poisoned, paths, svgText(svg), { loose: true }), []);
      const page = await inertPage(`/boom/${treeId}/overzicht`);
      assert.deepEqual(missingTexts(poisoned, paths, page.text), []);
      const pdf = pdfDrawnText(
        await download(`/boom/${treeId}/overzicht.pdf`, /^application\/pdf/),
      );
      assert.deepEqual(missingTexts(poisoned, paths, pdf, { loose: true }), []);
    });

    it('shows the embedded walk (first question and an outcome) as text', async () => {
      const poisoned = poisonedTree(treeId);
      const start = await inertPage(`/embed/boom/${treeId}`);
      assert.deepEqual(
        missingTexts(poisoned, questionTexts(poisoned, poisoned.tree.start), start.text),
        [],
      );
      const [walk] = outcomeWalks(poisoned);
      assert.ok(walk);
      const outcome = await inertPage(`/embed/boom/${treeId}?${walk.query}`);
      assert.deepEqual(
        missingTexts(poisoned, [`outcomes.${walk.outcomeId}.title`], outcome.text),
        [],
      );
      await inertPage('/embed');
    });

    it('answers the API as JSON data, with the texts as typed', async () => {
      const poisoned = poisonedTree(treeId);
      const tree = await setup.app.request(`/api/v1/trees/${treeId}`);
      assert.match(tree.headers.get('content-type') ?? '', /^application\/json/);
      assert.ok(JSON.stringify(await tree.json()).includes(JSON.stringify(hostile).slice(1, -1)));
      const [walk] = outcomeWalks(poisoned);
      assert.ok(walk);
      const params = new URLSearchParams(walk.query);
      const peildatum = params.get('peildatum');
      const start = params.get('start');
      params.delete('peildatum');
      params.delete('start');
      const evaluated = await setup.app.request(`/api/v1/trees/${treeId}/evaluate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          answers: Object.fromEntries(params),
          peildatum,
          ...(start ? { start } : {}),
        }),
      });
      assert.equal(evaluated.status, 200);
      assert.match(evaluated.headers.get('content-type') ?? '', /^application\/json/);
      const body = (await evaluated.json()) as { outcome?: { title?: string } };
      const title = poisoned.texts.get(`outcomes.${walk.outcomeId}.title`);
      assert.ok(
        title && body.outcome?.title?.includes(tagged(title.tag)),
        'the title comes back as typed',
      );
    });
  });
}

it('uses a fixed day for the browser-script check', () => {
  // walkContext gets 2026-11-28 above: the test app's clock.
  assert.equal(testNow.toISOString().slice(0, 10), '2026-11-28');
});
