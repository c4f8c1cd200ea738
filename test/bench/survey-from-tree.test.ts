// The bench's SurveyJS peer must ask what we ask: every scenario that walks
// from the root to an outcome is replayed through our engine and through the
// generated survey (survey-core's model, no browser), and both must ask the
// same questions in the same order and end at the same outcome.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Model, type Question } from 'survey-core';
import { parse } from 'yaml';
import { surveyFromTree } from '../../bench/survey-from-tree.ts';
import { defaultTreeFiles, loadTreeFile } from '../../src/content/default-content.ts';
import { isPlainDate } from '../../src/core/dates/plain-date.ts';
import { type Scenario, scenarioFileSchema } from '../../src/core/publish/scenarios.ts';
import type { Tree } from '../../src/core/tree/tree.ts';
import { nextStep } from '../../src/core/walk/next-step.ts';

/** Our walk, one answer at a time: the questions asked, then the outcome. */
function ourWalk(tree: Tree, scenario: Scenario): string[] {
  const given: Record<string, string> = {};
  const asked: string[] = [];
  for (;;) {
    const step = nextStep(tree, given, scenario.peildatum);
    if (step.status === 'outcome') return [...asked, step.outcome.id];
    const answer = scenario.answers[step.question.id];
    if (answer === undefined) throw new Error(`no answer to ${step.question.id}`);
    asked.push(step.question.id);
    given[step.question.id] = answer;
  }
}

/** The same answers given to the survey, page by page, as a user would. */
function surveyWalk(tree: Tree, scenario: Scenario): string[] {
  const survey = new Model(surveyFromTree(tree, scenario.peildatum));
  const asked: string[] = [];
  for (let page = 0; page <= tree.nodes.length; page++) {
    const visible =
      survey.currentPage?.questions.filter((question: Question) => question.isVisible) ?? [];
    assert.equal(visible.length, 1, `page ${survey.currentPage?.name} shows one question`);
    const name = visible[0]?.name ?? '';
    asked.push(name);
    survey.setValue(name, scenario.answers[name]);
    if (survey.isLastPage) {
      assert.ok(survey.completeLastPage(), `the survey refuses the answer to ${name}`);
      const outcome = /data-outcome="([^"]+)"/.exec(survey.processedCompletedHtml)?.[1];
      return [...asked, outcome ?? 'no outcome'];
    }
    assert.ok(survey.nextPage(), `the survey refuses the answer to ${name}`);
  }
  throw new Error('the survey never completes');
}

for (const file of defaultTreeFiles()) {
  const tree = loadTreeFile(file);
  const { scenarios } = scenarioFileSchema.parse(
    parse(readFileSync(file.replace(/\.yaml$/, '.scenarios.yaml'), 'utf8')),
  );
  const dateQuestions = tree.nodes.filter((node) => node.kind === 'date').map((node) => node.id);
  // From the root to an outcome, with the answers a browser's date field gives
  // (YYYY-MM-DD). Left out: "Ik weet de datum niet precies", which SurveyJS has
  // no counterpart for, and dates on the 29th to 31st, where SurveyJS's
  // dateAdd runs into the next month and we clamp to the month's end (SPEC §5).
  const walks = scenarios.filter(
    (scenario) =>
      scenario.expect.outcome &&
      !scenario.start &&
      !scenario.submitted &&
      dateQuestions.every((id) => {
        const answer = scenario.answers[id];
        return answer === undefined || (isPlainDate(answer) && !/-(29|30|31)$/.test(answer));
      }),
  );

  describe(`the SurveyJS peer of ${tree.id}`, () => {
    it('walks at least ten scenarios', () => assert.ok(walks.length >= 10, `${walks.length}`));
    for (const scenario of walks) {
      it(`asks the same questions in the same order: ${scenario.name}`, () => {
        const ours = ourWalk(tree, scenario);
        assert.deepEqual(surveyWalk(tree, scenario), ours);
        assert.equal(ours.at(-1), scenario.expect.outcome);
      });
    }
  });
}
