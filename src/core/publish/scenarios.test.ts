import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { defaultTreeFiles, loadTreeFile } from '../../content/default-content.ts';
import { treeSchema } from '../tree/tree.ts';
import {
  parseScenarioFile,
  runScenario,
  runScenarios,
  type Scenario,
  type ScenarioFile,
  unvisitedIds,
} from './scenarios.ts';

const tree = treeSchema.parse(proefTree);

const onTime: Scenario = {
  name: 'Past bij het tweedekansbeleid binnen vijf jaar na de ontruiming',
  peildatum: '2027-03-14',
  answers: { ontruimd: 'ja', datum_ontruiming: '2022-03-15', bewind: 'nee' },
  expect: {
    outcome: 'tweedekans',
    dates: { uiterste_aanmelddatum: '2027-03-14' },
    requirements: { binnen_termijn: true },
  },
};

function scenario(changes: Partial<Scenario>): Scenario {
  return { ...onTime, ...changes };
}

describe('runScenario', () => {
  it('passes when the walk ends where expected with the expected dates and requirements', () => {
    const result = runScenario(tree, onTime);
    assert.deepEqual(result.failures, []);
    assert.equal(result.passed, true);
    assert.equal(result.name, onTime.name);
  });

  it('fails with expected and actual outcome on the day after the deadline', () => {
    const result = runScenario(tree, scenario({ peildatum: '2027-03-15' }));
    assert.equal(result.passed, false);
    assert.ok(
      result.failures.some((failure) => /"tweedekans".*"termijn-verlopen"/.test(failure)),
      result.failures.join('\n'),
    );
  });

  it('fails when a date differs, naming both dates', () => {
    const result = runScenario(
      tree,
      scenario({
        expect: { outcome: 'tweedekans', dates: { uiterste_aanmelddatum: '2027-03-15' } },
      }),
    );
    assert.deepEqual(result.failures, [
      'Datum "uiterste_aanmelddatum": verwacht 2027-03-15, maar kreeg 2027-03-14.',
    ]);
  });

  it('treats a null date as "absent" and fails when the date is there', () => {
    const absent = runScenario(
      tree,
      scenario({
        answers: { ontruimd: 'ja' },
        expect: { question: 'datum_ontruiming', dates: { uiterste_aanmelddatum: null } },
      }),
    );
    assert.equal(absent.passed, true, absent.failures.join('\n'));
    const present = runScenario(
      tree,
      scenario({ expect: { outcome: 'tweedekans', dates: { uiterste_aanmelddatum: null } } }),
    );
    assert.deepEqual(present.failures, [
      'Verwacht geen datum "uiterste_aanmelddatum", maar kreeg 2027-03-14.',
    ]);
  });

  it('fails when a requirement differs, and treats null as unknown', () => {
    const result = runScenario(
      tree,
      scenario({
        peildatum: '2027-03-15',
        expect: { outcome: 'termijn-verlopen', requirements: { binnen_termijn: null } },
      }),
    );
    assert.deepEqual(result.failures, [
      'De uitkomst "termijn-verlopen" toont de voorwaarde "binnen_termijn" niet.',
    ]);
    const wrong = runScenario(
      tree,
      scenario({ expect: { outcome: 'tweedekans', requirements: { binnen_termijn: false } } }),
    );
    assert.deepEqual(wrong.failures, [
      'Voorwaarde "binnen_termijn": verwacht niet voldaan, maar kreeg voldaan.',
    ]);
  });

  it('passes on an expected answer problem and fails on an unexpected one', () => {
    const future = { ontruimd: 'ja', datum_ontruiming: '2027-03-15' };
    const expected = runScenario(
      tree,
      scenario({
        peildatum: '2027-03-14',
        answers: future,
        expect: {
          question: 'datum_ontruiming',
          problem: { field: 'datum_ontruiming', code: 'date-after-peildatum' },
        },
      }),
    );
    assert.equal(expected.passed, true, expected.failures.join('\n'));
    const unexpected = runScenario(
      tree,
      scenario({ answers: future, expect: { question: 'datum_ontruiming' } }),
    );
    assert.equal(unexpected.passed, false);
    assert.match(unexpected.failures.join('\n'), /Onverwacht probleem date-after-peildatum/);
  });

  it('passes start and submitted on to the engine', () => {
    const result = runScenario(
      tree,
      scenario({
        answers: {},
        start: 'bewind',
        submitted: 'bewind',
        expect: { question: 'bewind', problem: { field: 'bewind', code: 'missing' } },
      }),
    );
    assert.equal(result.passed, true, result.failures.join('\n'));
  });

  it('fails without throwing on a start that is not a question and a peildatum that is not a date', () => {
    const result = runScenario(
      tree,
      scenario({ peildatum: '2023-02-29', start: 'binnen_termijn' }),
    );
    assert.equal(result.passed, false);
    assert.equal(result.failures.length, 2);
    assert.match(result.failures[0] ?? '', /"2023-02-29" is geen bestaande datum/);
    assert.match(result.failures[1] ?? '', /"start: binnen_termijn" is geen vraag/);
  });

  it('fails on an answer to a question the tree does not have', () => {
    const result = runScenario(tree, scenario({ answers: { ...onTime.answers, ontruimt: 'ja' } }));
    assert.match(result.failures.join('\n'), /"ontruimt"/);
  });

  it('lists the nodes on the path and where the walk ended as visited', () => {
    assert.deepEqual(runScenario(tree, onTime).visitedIds, [
      'ontruimd',
      'datum_ontruiming',
      'bewind',
      'binnen_termijn',
      'tweedekans',
    ]);
  });
});

describe('runScenarios and unvisitedIds', () => {
  const file: ScenarioFile = {
    tree: 'proef',
    scenarios: [
      onTime,
      scenario({
        name: 'Zonder ontruiming geen traject',
        answers: { ontruimd: 'nee' },
        expect: { outcome: 'geen-traject' },
      }),
    ],
  };

  it('runs every scenario of the file', () => {
    const results = runScenarios(tree, file);
    assert.deepEqual(
      results.map((result) => [result.name, result.passed]),
      [
        [onTime.name, true],
        ['Zonder ontruiming geen traject', true],
      ],
    );
  });

  it('fails every scenario of a file written for another tree', () => {
    const results = runScenarios(tree, { ...file, tree: 'corporaties' });
    assert.ok(results.every((result) => !result.passed));
  });

  it('lists the nodes and outcomes no scenario visited', () => {
    assert.deepEqual(unvisitedIds(tree, runScenarios(tree, file)), {
      nodes: [],
      outcomes: ['termijn-verlopen', 'datum-onbekend'],
    });
  });
});

describe('parseScenarioFile', () => {
  it('reads the format with defaults', () => {
    const { file, problems } = parseScenarioFile({
      tree: 'proef',
      scenarios: [{ name: 'Leeg', peildatum: '2026-01-01', expect: { question: 'ontruimd' } }],
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(file?.scenarios[0]?.answers, {});
  });

  it('refuses an expectation with both an outcome and a question, in Dutch', () => {
    const { file, problems } = parseScenarioFile({
      tree: 'proef',
      scenarios: [
        { name: 'Dubbel', peildatum: '2026-01-01', expect: { outcome: 'a', question: 'b' } },
      ],
    });
    assert.equal(file, undefined);
    assert.equal(problems[0]?.path, 'scenarios.0.expect');
    assert.match(problems[0]?.message ?? '', /precies één van "outcome" en "question"/);
  });

  it('refuses an unknown problem code', () => {
    const { problems } = parseScenarioFile({
      tree: 'proef',
      scenarios: [
        {
          name: 'Code',
          peildatum: '2026-01-01',
          expect: { question: 'a', problem: { field: 'a', code: 'te-laat' } },
        },
      ],
    });
    assert.equal(problems[0]?.path, 'scenarios.0.expect.problem.code');
  });
});

describe('the default scenario files', () => {
  for (const treeFile of defaultTreeFiles()) {
    const scenarioFile = treeFile.replace(/\.yaml$/, '.scenarios.yaml');
    describe(basename(scenarioFile), () => {
      it('exists beside its tree', () => {
        assert.ok(existsSync(scenarioFile), `missing ${scenarioFile}`);
      });
      if (!existsSync(scenarioFile)) return;
      const defaultTree = loadTreeFile(treeFile);
      const { file, problems } = parseScenarioFile(parse(readFileSync(scenarioFile, 'utf8')));

      it('is a valid scenario file for its tree', () => {
        assert.deepEqual(problems, []);
        assert.equal(file?.tree, defaultTree.id);
      });
      if (!file) return;
      const results = runScenarios(defaultTree, file);

      it('passes every scenario', () => {
        const failed = results.filter((result) => !result.passed);
        assert.deepEqual(
          failed.map((result) => `${result.name}: ${result.failures.join(' ')}`),
          [],
        );
      });

      it('visits every node and reaches every outcome', () => {
        assert.deepEqual(unvisitedIds(defaultTree, results), { nodes: [], outcomes: [] });
      });
    });
  }
});
