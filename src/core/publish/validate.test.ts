import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { proefTree as fixture } from '../../../test/support/proef-tree.ts';
import { defaultTreeFiles, loadSharedRules } from '../../content/default-content.ts';
import { type TreeProblem, validateTree } from './validate.ts';

type Fixture = typeof fixture;
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the copy to break it
type Loose = any;

function broken(mutate: (tree: Loose) => void): TreeProblem[] {
  const tree = structuredClone(fixture) as Fixture;
  mutate(tree);
  return validateTree(tree).problems;
}

/** The one problem with this code; fails the test when there is none or more. */
function only(problems: TreeProblem[], code: string): TreeProblem {
  const found = problems.filter((problem) => problem.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(problems, null, 1)}`);
  return found[0] as TreeProblem;
}

describe('validateTree', () => {
  it('accepts the fixture tree without problems and returns it parsed', () => {
    const result = validateTree(fixture);
    assert.deepEqual(result.problems, []);
    assert.equal(result.tree?.id, 'proef');
  });

  describe('schema', () => {
    it('names a missing field by the id of its node', () => {
      const problem = only(
        broken((tree) => delete tree.nodes[1].help),
        'missing-field',
      );
      assert.equal(problem.path, 'nodes.datum_ontruiming.help');
      assert.equal(problem.nodeId, 'datum_ontruiming');
      assert.match(problem.message, /ontbreekt "help"/);
    });

    it('names an option by its id in the path of a badly written id', () => {
      const problem = only(
        broken((tree) => {
          tree.nodes[0].options[1].next = 'Geen Traject';
        }),
        'invalid-format',
      );
      assert.equal(problem.path, 'nodes.ontruimd.options.nee.next');
      assert.match(problem.message, /kleine letters/);
    });

    it('lists the allowed kinds for an unknown node kind', () => {
      const problem = only(
        broken((tree) => {
          tree.nodes[0].kind = 'keuze';
        }),
        'invalid-form',
      );
      assert.equal(problem.path, 'nodes.ontruimd.kind');
      assert.match(problem.message, /choice, date, check/);
    });

    it('reports a field that does not belong, with its name', () => {
      const problem = only(
        broken((tree) => {
          tree.outcomes[0].titel = 'Past';
        }),
        'unknown-field',
      );
      assert.equal(problem.path, 'outcomes.tweedekans.titel');
      assert.match(problem.message, /"titel"/);
    });

    it('reports an unknown comparison inside a condition at the operator', () => {
      const problem = only(
        broken((tree) => {
          tree.nodes[3].branches[0].if.op = 'voor';
        }),
        'invalid-value',
      );
      assert.equal(problem.path, 'nodes.binnen_termijn.branches.0.if.op');
      assert.match(problem.message, /on-or-before/);
    });

    it('reports an empty text', () => {
      const problem = only(
        broken((tree) => {
          tree.outcomes[2].title = '   ';
        }),
        'empty-text',
      );
      assert.equal(problem.path, 'outcomes.geen-traject.title');
    });

    it('returns no tree when the schema fails', () => {
      assert.equal(validateTree({ id: 'x' }).tree, undefined);
      assert.equal(validateTree('geen boom').tree, undefined);
      assert.ok(validateTree(null).problems.length > 0);
    });
  });

  it('refuses an id used by both a node and an outcome', () => {
    const problem = only(
      broken((tree) => {
        tree.outcomes[2].id = 'bewind';
        tree.nodes[0].options[1].next = 'bewind';
      }),
      'duplicate-id',
    );
    assert.equal(problem.path, 'outcomes.bewind');
    assert.match(problem.message, /"bewind"/);
  });

  it('refuses peildatum as an id', () => {
    const problem = only(
      broken((tree) => {
        tree.dates[1].id = 'peildatum';
        tree.trajectories[0].body = 'Geen datum.';
      }),
      'reserved-id',
    );
    assert.equal(problem.path, 'dates.peildatum');
  });

  it('refuses a question id that the walk URL uses itself', () => {
    const problem = only(
      broken((tree) => {
        const question = tree.nodes.find((node: { id: string }) => node.id === 'bewind');
        question.id = 'vraag';
        for (const node of tree.nodes) {
          for (const option of node.options ?? [])
            if (option.next === 'bewind') option.next = 'vraag';
          if (node.next === 'bewind') node.next = 'vraag';
        }
        for (const rule of tree.dates)
          rule.add = JSON.parse(JSON.stringify(rule.add).replaceAll('"bewind"', '"vraag"'));
      }),
      'reserved-id',
    );
    assert.equal(problem.path, 'nodes.vraag');
  });

  it('refuses a start that does not exist', () => {
    const problem = only(
      broken((tree) => {
        tree.start = 'ontruimt';
      }),
      'unknown-start',
    );
    assert.equal(problem.path, 'start');
    assert.match(problem.message, /"ontruimt"/);
  });

  it('refuses every kind of route to an unknown id', () => {
    const problems = broken((tree) => {
      tree.nodes[0].options[1].next = 'nergens';
      tree.nodes[1].next = 'nergens';
      tree.nodes[3].branches[0].next = 'nergens';
      tree.nodes[3].else = 'nergens';
    }).filter((problem) => problem.code === 'unknown-next');
    assert.deepEqual(
      problems.map((problem) => problem.path),
      [
        'nodes.ontruimd.options.nee.next',
        'nodes.datum_ontruiming.next',
        'nodes.binnen_termijn.branches.0.next',
        'nodes.binnen_termijn.else',
      ],
    );
    assert.match(problems[0]?.message ?? '', /"ontruimd".*"nee".*"nergens"/);
  });

  it('refuses an outcome that shows an unknown requirement', () => {
    const problem = only(
      broken((tree) => tree.outcomes[0].requirements.push('schuld_geregeld')),
      'unknown-requirement',
    );
    assert.equal(problem.path, 'outcomes.tweedekans.requirements.1');
    assert.equal(problem.nodeId, 'tweedekans');
    assert.match(problem.message, /"schuld_geregeld"/);
  });

  it('refuses an outcome with an unknown trajectory', () => {
    const problem = only(
      broken((tree) => {
        tree.outcomes[0].trajectory = 'wonenplus';
      }),
      'unknown-trajectory',
    );
    assert.equal(problem.path, 'outcomes.tweedekans.trajectory');
  });

  it('refuses an outcome with an unknown contact', () => {
    const problem = only(
      broken((tree) => tree.outcomes[0].contacts.push('wij-groningen')),
      'unknown-contact',
    );
    assert.equal(problem.path, 'outcomes.tweedekans.contacts.1');
  });

  it('refuses a continuation in the same tree that starts at a check', () => {
    const problem = only(
      broken((tree) => {
        tree.outcomes[1].continueWith[0].start = 'binnen_termijn';
      }),
      'continue-start-not-question',
    );
    assert.equal(problem.path, 'outcomes.termijn-verlopen.continueWith.0.start');
  });

  it('accepts a continuation into another tree it cannot see', () => {
    const problems = broken((tree) => {
      tree.outcomes[1].continueWith[0] = {
        label: 'Verder',
        tree: 'corporaties',
        start: 'al_ontruimd',
      };
    });
    assert.deepEqual(problems, []);
  });

  it('refuses a choice without options', () => {
    const problems = broken((tree) => {
      tree.nodes[0].options = [];
      tree.start = 'datum_ontruiming';
      tree.outcomes[1].continueWith = [];
      tree.outcomes.pop();
    });
    const problem = only(problems, 'choice-without-options');
    assert.equal(problem.path, 'nodes.ontruimd.options');
  });

  it('refuses two options with the same id in one choice', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[0].options[1].id = 'ja';
      }),
      'duplicate-option',
    );
    assert.equal(problem.nodeId, 'ontruimd');
    assert.match(problem.message, /"ja"/);
  });

  it('warns about a choice whose every answer goes to the same place, unless its answer is read', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[0].options[1].next = 'datum_ontruiming';
        tree.outcomes.pop();
      }),
      'same-route',
    );
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.nodeId, 'ontruimd');
    // `bewind` also sends both answers on to the check, but a date rule reads it.
    assert.ok(validateTree(fixture).problems.every((other) => other.code !== 'same-route'));
  });

  it('warns about a check whose every branch goes to the same place', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[3].else = 'tweedekans';
        tree.outcomes[1].continueWith = [];
        tree.outcomes.splice(1, 1);
      }),
      'same-route',
    );
    assert.equal(problem.nodeId, 'binnen_termijn');
  });

  it('refuses a node no route reaches', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[1].next = 'binnen_termijn';
      }),
      'unreachable-node',
    );
    assert.equal(problem.nodeId, 'bewind');
  });

  it('counts the start of a continuation in the same tree as reachable', () => {
    const problems = broken((tree) => {
      tree.nodes[0].options[1].next = 'tweedekans';
      tree.outcomes[1].continueWith[0].start = 'datum_ontruiming';
    });
    assert.deepEqual(
      problems.map((problem) => problem.code),
      ['unreachable-outcome'],
    );
  });

  it('refuses an outcome no route reaches', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[0].options[1].next = 'termijn-verlopen';
      }),
      'unreachable-outcome',
    );
    assert.equal(problem.path, 'outcomes.geen-traject');
  });

  it('reports a cycle as the list of its ids', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[3].else = 'datum_ontruiming';
        tree.outcomes[1].continueWith = [];
        tree.outcomes.splice(1, 1);
      }),
      'cycle',
    );
    assert.match(problem.message, /datum_ontruiming → bewind → binnen_termijn → datum_ontruiming/);
  });

  it('refuses a condition on an unknown question', () => {
    const problem = only(
      broken((tree) => {
        tree.requirements[0].test = { answer: 'huurschuld', is: 'nee' };
      }),
      'unknown-question',
    );
    assert.equal(problem.path, 'requirements.binnen_termijn.test.answer');
  });

  it('refuses a condition with an option the question does not have', () => {
    const problem = only(
      broken((tree) => {
        tree.dates[1].add[0].amount.when = { answer: 'bewind', in: ['ja', 'soms'] };
      }),
      'unknown-option',
    );
    assert.equal(problem.path, 'dates.aanmelden_vanaf.add.0.amount.when.in.1');
    assert.match(problem.message, /"soms"/);
  });

  it('refuses a comparison with a date that is not peildatum, a date question or a derived date', () => {
    const problem = only(
      broken((tree) => {
        tree.nodes[3].branches[0].if = {
          all: [{ compare: 'peildatum', op: 'before', to: 'einddatum' }],
        };
      }),
      'unknown-date',
    );
    assert.equal(problem.path, 'nodes.binnen_termijn.branches.0.if.all.0.to');
    assert.equal(problem.nodeId, 'binnen_termijn');
  });

  it('refuses an answer condition on a date question', () => {
    const problem = only(
      broken((tree) => {
        tree.requirements[0].test = { not: { answer: 'datum_ontruiming', is: 'ja' } };
      }),
      'answer-on-date-question',
    );
    assert.equal(problem.path, 'requirements.binnen_termijn.test.not.answer');
  });

  it('refuses a date comparison with a choice question', () => {
    const problem = only(
      broken((tree) => {
        tree.requirements[0].test = { compare: 'bewind', op: 'same', to: 'peildatum' };
      }),
      'compare-on-choice-question',
    );
    assert.equal(problem.path, 'requirements.binnen_termijn.test.compare');
  });

  it('refuses a derived date from an unknown date', () => {
    const problem = only(
      broken((tree) => {
        tree.dates[0].from = 'datum_regeling';
      }),
      'unknown-date-source',
    );
    assert.equal(problem.path, 'dates.uiterste_aanmelddatum.from');
  });

  it('refuses a derived date with an unknown parameter', () => {
    const problem = only(
      broken((tree) => {
        tree.dates[1].add[0].amount.else = { param: 'regeling_weken' };
      }),
      'unknown-parameter',
    );
    assert.equal(problem.path, 'dates.aanmelden_vanaf.add.0.amount.else.param');
  });

  it('warns when a parameter is counted in another unit than its own', () => {
    const problem = only(
      broken((tree) => {
        tree.dates[0].add[0].unit = 'months';
      }),
      'parameter-unit-mismatch',
    );
    assert.equal(problem.severity, 'warning');
  });

  it('refuses derived dates that depend on each other', () => {
    const problem = only(
      broken((tree) => {
        tree.dates[0].from = 'aanmelden_vanaf';
        tree.dates[1].from = 'uiterste_aanmelddatum';
      }),
      'date-cycle',
    );
    assert.match(
      problem.message,
      /uiterste_aanmelddatum → aanmelden_vanaf → uiterste_aanmelddatum/,
    );
  });

  describe('placeholders', () => {
    const places: [string, (tree: Loose) => void][] = [
      ['intro', (tree) => (tree.intro = '{{x}}')],
      ['nodes.ontruimd.text', (tree) => (tree.nodes[0].text = '{{x}}')],
      ['nodes.ontruimd.help', (tree) => (tree.nodes[0].help = '{{x}}')],
      ['nodes.ontruimd.hint', (tree) => (tree.nodes[0].hint = '{{x}}')],
      ['nodes.ontruimd.options.ja.label', (tree) => (tree.nodes[0].options[0].label = '{{x}}')],
      ['nodes.ontruimd.options.ja.hint', (tree) => (tree.nodes[0].options[0].hint = '{{x}}')],
      ['nodes.binnen_termijn.text', (tree) => (tree.nodes[3].text = '{{x}}')],
      ['outcomes.tweedekans.title', (tree) => (tree.outcomes[0].title = '{{x}}')],
      ['outcomes.tweedekans.explanation', (tree) => (tree.outcomes[0].explanation = '{{x}}')],
      ['outcomes.tweedekans.nextSteps', (tree) => (tree.outcomes[0].nextSteps = '{{x}}')],
      ['requirements.binnen_termijn.label', (tree) => (tree.requirements[0].label = '{{x}}')],
      ['trajectories.tweedekansbeleid.body', (tree) => (tree.trajectories[0].body = '{{x}}')],
      [
        'trajectories.tweedekansbeleid.steps.0.text',
        (tree) => (tree.trajectories[0].steps[0].text = '{{x}}'),
      ],
      ['contacts.bureau-woonkans.text', (tree) => (tree.contacts[0].text = '{{x}}')],
    ];
    for (const [path, mutate] of places) {
      it(`refuses an unknown placeholder in ${path}`, () => {
        const problem = only(
          broken((tree) => {
            mutate(tree);
            // Keep every parameter and date in use, so only the placeholder is wrong.
            tree.audience = '{{termijn_jaren}} {{aanmelden_vanaf}}';
          }),
          'unknown-placeholder',
        );
        assert.equal(problem.path, path);
        assert.match(problem.message, /\{\{x\}\}/);
      });
    }

    it('refuses a placeholder that is not written as {{name}}', () => {
      const problem = only(
        broken((tree) => {
          tree.outcomes[0].explanation = 'Meld aan vóór {{ Uiterste datum }} of {{termijn_jaren}}.';
        }),
        'broken-placeholder',
      );
      assert.equal(problem.path, 'outcomes.tweedekans.explanation');
    });
  });

  it('warns about a parameter nothing uses', () => {
    const problem = only(
      broken((tree) => {
        tree.parameters.reacties_per_week = {
          label: 'Reacties',
          value: 2,
          unit: 'count',
          source: 'SPEC §3.4',
        };
      }),
      'unused-parameter',
    );
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.path, 'parameters.reacties_per_week');
  });

  it('returns the tree when there are only warnings, and none when there is an error', () => {
    const warned = structuredClone(fixture) as Loose;
    warned.parameters.ongebruikt = { label: 'Ongebruikt', value: 1, unit: 'count', source: 'test' };
    assert.ok(validateTree(warned).tree);
    warned.start = 'nergens';
    assert.equal(validateTree(warned).tree, undefined);
  });

  it('writes every message in Dutch with the id it is about', () => {
    const problems = broken((tree) => {
      tree.nodes[0].options[1].next = 'nergens';
    });
    for (const problem of problems) assert.match(problem.message, /"(ontruimd|geen-traject)"/);
  });
});

describe('the default trees', () => {
  const files = defaultTreeFiles();

  it('include hulpverlening and corporaties', () => {
    const names = files.map((file) => basename(file));
    assert.ok(
      names.includes('hulpverlening.yaml') && names.includes('corporaties.yaml'),
      `found ${names}`,
    );
  });

  for (const file of files) {
    it(`${basename(file)} validates without errors, with the shared rules`, () => {
      const { problems } = validateTree(parse(readFileSync(file, 'utf8')), loadSharedRules());
      const errors = problems.filter((problem) => problem.severity === 'error');
      assert.deepEqual(errors, []);
    });
  }
});
