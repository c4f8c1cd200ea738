// Every outcome of both default trees, reached in real Chromium with the walk
// script on and with JavaScript off. The walks come from the trees'
// own scenario files: for each outcome the first scenario that expects it,
// replayed question by question in the order the engine asks them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { loadDefaultTrees, treesDir } from '../../src/content/default-content.ts';
import { type Scenario, scenarioFileSchema } from '../../src/core/publish/scenarios.ts';
import type { Tree } from '../../src/core/tree/tree.ts';
import { nextStep } from '../../src/core/walk/next-step.ts';
import { openEnhancedWalk, phone, startServerAndChromium } from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

interface Journey {
  tree: Tree;
  scenario: Scenario;
  steps: { question: string; kind: 'choice' | 'date'; value: string }[];
  outcomeId: string;
}

function journeys(tree: Tree): Journey[] {
  const file = scenarioFileSchema.parse(
    parse(readFileSync(`${treesDir}/${tree.id}.scenarios.yaml`, 'utf8')),
  );
  const found = new Map<string, Journey>();
  for (const scenario of file.scenarios) {
    const outcomeId = scenario.expect.outcome;
    if (!outcomeId || scenario.start || scenario.submitted || found.has(outcomeId)) continue;
    const steps: Journey['steps'] = [];
    const given: Record<string, string> = {};
    for (;;) {
      const step = nextStep(tree, given, scenario.peildatum);
      if (step.status === 'outcome') break;
      const value = scenario.answers[step.question.id];
      assert.ok(value, `${scenario.name}: no answer to ${step.question.id}`);
      steps.push({ question: step.question.id, kind: step.question.kind, value });
      given[step.question.id] = value;
    }
    found.set(outcomeId, { tree, scenario, steps, outcomeId });
  }
  return [...found.values()];
}

const trees = loadDefaultTrees();
let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startServerAndChromium());
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function walk(page: Page, journey: Journey, enhanced: boolean): Promise<void> {
  const url = `${server.url}/boom/${journey.tree.id}?peildatum=${journey.scenario.peildatum}`;
  if (enhanced) await openEnhancedWalk(page, url);
  else await page.goto(url);
  for (const step of journey.steps) {
    const where = `${journey.outcomeId}: ${step.question}`;
    assert.equal(
      await page.locator('input[type="hidden"][name="vraag"]').getAttribute('value'),
      step.question,
      where,
    );
    if (step.kind === 'choice') {
      await page.check(`#${step.question}-${step.value}`);
      await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    } else if (step.value === 'onbekend') {
      // "Ik weet de datum niet precies" (SPEC §4): the date question's second button.
      await page.click(`button[type="submit"][name="${step.question}"][value="onbekend"]`);
    } else {
      await page.fill(`#${step.question}`, step.value);
      await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    }
    await page.waitForURL((next) => next.searchParams.get(step.question) === step.value);
  }
  const outcome = journey.tree.outcomes.find((candidate) => candidate.id === journey.outcomeId);
  assert.ok(outcome);
  assert.equal(
    await page.locator(`.wkb-outcome.wkb-outcome--${outcome.verdict}`).count(),
    1,
    `${journey.outcomeId}: verdict ${outcome.verdict}`,
  );
  const heading = (await page.locator('h1#vraag').textContent()) ?? '';
  if (!outcome.title.includes('{{'))
    assert.equal(heading.trim(), outcome.title.trim(), `${journey.outcomeId}: title`);
}

for (const tree of trees) {
  describe(`every outcome of tree ${tree.id}`, () => {
    const all = journeys(tree);

    it('has a scenario walk for every outcome in the tree', () => {
      const reachable = tree.outcomes.map((outcome) => outcome.id).sort();
      assert.deepEqual(all.map((journey) => journey.outcomeId).sort(), reachable);
    });

    for (const enhanced of [true, false]) {
      it(`reaches each outcome with JavaScript ${enhanced ? 'on' : 'off'}`, async () => {
        const context = await browser.newContext({
          viewport: phone,
          javaScriptEnabled: enhanced,
        });
        try {
          const page = await context.newPage();
          for (const journey of all) await walk(page, journey, enhanced);
        } finally {
          await context.close();
        }
      });
    }
  });
}
