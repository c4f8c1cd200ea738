import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees, loadSharedRules } from '../../content/default-content.ts';
import { composeTree, ownPart } from '../tree/shared-rules.ts';
import { adoptFailingScenarios } from './scenario-adopt.ts';
import { runScenarios, type ScenarioFile } from './scenarios.ts';

describe('adopting what the tree now does into failing scenarios', () => {
  const shared = loadSharedRules();
  const [tree] = loadDefaultTrees().filter((candidate) => candidate.id === 'hulpverlening');
  assert.ok(tree);
  const period = shared.parameters.regeling_maanden;
  assert.ok(period);
  const changed = composeTree(ownPart(tree, shared), {
    ...shared,
    parameters: { ...shared.parameters, regeling_maanden: { ...period, value: 7 } },
  });
  const file: ScenarioFile = {
    tree: 'hulpverlening',
    scenarios: [
      {
        name: 'Nog niet met een regeling sinds 1 september 2026',
        peildatum: '2026-11-28',
        answers: {
          ontruimd: 'ja',
          reden: 'huurachterstand',
          datum_ontruiming: '2022-03-15',
          huurschuld: 'ja',
          regeling: 'ja',
          datum_regeling: '2026-09-01',
          bewind: 'nee',
        },
        expect: { outcome: 'nog-niet', dates: { aanmelden_vanaf: '2027-03-01' } },
      },
      {
        name: 'Past niet na een Opiumwet-ontruiming',
        peildatum: '2026-11-28',
        answers: { ontruimd: 'ja', reden: 'opiumwet' },
        expect: { outcome: 'uitgesloten-opiumwet' },
      },
    ],
  };

  it('fails first under the changed period, then passes with the adopted expectations', () => {
    assert.equal(runScenarios(changed, file)[0]?.passed, false);
    const { file: adopted, adopted: names } = adoptFailingScenarios(changed, file);
    assert.deepEqual(names, ['Nog niet met een regeling sinds 1 september 2026']);
    assert.ok(runScenarios(changed, adopted).every((result) => result.passed));
    // 1 September + 7 months: 1 April, and the deadline 14 March 2027 comes first.
    assert.deepEqual(adopted.scenarios[0]?.expect, {
      outcome: 'termijn-niet-haalbaar',
      dates: { aanmelden_vanaf: '2027-04-01' },
    });
  });

  it('leaves passing scenarios exactly as they were', () => {
    const { file: adopted } = adoptFailingScenarios(changed, file);
    assert.deepEqual(adopted.scenarios[1], file.scenarios[1]);
  });
});
