import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { loadDefaultTrees } from '../../content/default-content.ts';
import { treeSchema } from '../tree/tree.ts';
import { nextStep } from './next-step.ts';

const tree = treeSchema.parse(proefTree);
const evicted = { ontruimd: 'ja', datum_ontruiming: '2022-03-15', bewind: 'nee' };

describe('nextStep', () => {
  it('starts with the first question when nothing is answered', () => {
    const step = nextStep(tree, {}, '2026-11-28');
    assert.equal(step.status, 'question');
    assert.equal(step.status === 'question' && step.question.id, 'ontruimd');
    assert.equal(step.status === 'question' && step.problem, undefined);
  });

  it('walks to an outcome with the path, the check and the derived dates', () => {
    const step = nextStep(tree, evicted, '2027-03-14');
    assert.equal(step.status, 'outcome');
    assert.equal(step.status === 'outcome' && step.outcome.id, 'tweedekans');
    assert.deepEqual(
      step.path.map((entry) => entry.node),
      ['ontruimd', 'datum_ontruiming', 'bewind', 'binnen_termijn'],
    );
    assert.deepEqual(step.path.at(-1), {
      kind: 'check',
      node: 'binnen_termijn',
      passed: true,
      next: 'tweedekans',
    });
    assert.equal(step.dates.uiterste_aanmelddatum, '2027-03-14');
    assert.deepEqual(step.status === 'outcome' && step.requirements, [
      { id: 'binnen_termijn', label: 'Binnen {{termijn_jaren}} na de ontruiming', met: true },
    ]);
  });

  it('takes the else route the day after the deadline', () => {
    const step = nextStep(tree, evicted, '2027-03-15');
    assert.equal(step.status === 'outcome' && step.outcome.id, 'termijn-verlopen');
    assert.deepEqual(step.path.at(-1), {
      kind: 'check',
      node: 'binnen_termijn',
      passed: false,
      next: 'termijn-verlopen',
    });
  });

  it('reads a Dutch date and keeps it as an ISO date', () => {
    const step = nextStep(tree, { ...evicted, datum_ontruiming: '15-3-2022' }, '2027-03-14');
    assert.equal(step.answers.datum_ontruiming, '2022-03-15');
  });

  it('drops answers that are not on the path', () => {
    const step = nextStep(
      tree,
      { ontruimd: 'nee', bewind: 'ja', datum_ontruiming: '2022-03-15' },
      '2026-11-28',
    );
    assert.deepEqual(step.answers, { ontruimd: 'nee' });
    assert.deepEqual(step.dates, {});
  });

  it('refuses an eviction date after the peildatum and keeps what was given', () => {
    const step = nextStep(tree, { ...evicted, datum_ontruiming: '29-11-2026' }, '2026-11-28');
    assert.equal(step.status, 'question');
    if (step.status !== 'question') return;
    assert.equal(step.question.id, 'datum_ontruiming');
    assert.equal(step.problem?.code, 'date-after-peildatum');
    assert.equal(step.problem?.given, '29-11-2026');
    assert.match(step.problem?.message ?? '', /29 november 2026.*28 november 2026/);
  });

  it('says why a typed eviction date is refused: no such day, a two-digit year, an old year', () => {
    const cases: [string, string, RegExp][] = [
      ['31-02-2022', 'invalid-date', /31-02-2022 bestaat niet: februari 2022 heeft 28 dagen/],
      ['1-3-22', 'year-not-four-digits', /Schrijf het jaar met 4 cijfers/],
      ['1-1-1850', 'year-out-of-range', /Kijk of het jaar 1850 klopt/],
    ];
    for (const [given, code, message] of cases) {
      const step = nextStep(tree, { ...evicted, datum_ontruiming: given }, '2026-11-28');
      assert.equal(step.status === 'question' && step.question.id, 'datum_ontruiming', given);
      if (step.status !== 'question') continue;
      assert.equal(step.problem?.code, code, given);
      assert.equal(step.problem?.given, given);
      assert.match(step.problem?.message ?? '', message);
    }
  });

  it('refuses an answer that is not an option of the question', () => {
    const step = nextStep(tree, { ontruimd: 'misschien' }, '2026-11-28');
    assert.equal(step.status === 'question' && step.problem?.code, 'unknown-option');
  });

  it('reports a missing answer only for the question just submitted', () => {
    const submitted = nextStep(tree, { ontruimd: '  ' }, '2026-11-28', { submitted: 'ontruimd' });
    assert.equal(submitted.status === 'question' && submitted.problem?.code, 'missing');
    const notYet = nextStep(tree, {}, '2026-11-28', { submitted: 'bewind' });
    assert.equal(notYet.status === 'question' && notYet.problem, undefined);
  });

  it('asks the date a check needs when the walk started past it', () => {
    const step = nextStep(tree, { bewind: 'ja' }, '2026-11-28', { start: 'bewind' });
    assert.equal(step.status === 'question' && step.question.id, 'datum_ontruiming');
  });

  it('asks the questions on the root path after a walk from mid-tree, and ends like the root walk', () => {
    const fromBewind = { bewind: 'ja', datum_ontruiming: '2022-03-15' };
    const step = nextStep(tree, fromBewind, '2026-11-28', { start: 'bewind' });
    assert.equal(step.status === 'question' && step.question.id, 'ontruimd');
    assert.deepEqual(
      step.answers,
      fromBewind,
      'the answers from the start node stay with the walk',
    );
    const done = nextStep(tree, { ...fromBewind, ontruimd: 'ja' }, '2026-11-28', {
      start: 'bewind',
    });
    assert.deepEqual(done, nextStep(tree, { ...fromBewind, ontruimd: 'ja' }, '2026-11-28'));
    assert.deepEqual(
      done.path.map((entry) => entry.node),
      ['ontruimd', 'datum_ontruiming', 'bewind', 'binnen_termijn'],
    );
  });
});

describe("nextStep from mid-tree in tree hulpverlening (SPEC §4, the engine's promise)", () => {
  const hulpverlening = loadDefaultTrees().find((candidate) => candidate.id === 'hulpverlening');
  assert.ok(hulpverlening);
  const peildatum = '2026-11-28';
  const rootPath = {
    ontruimd: 'ja',
    reden: 'huurachterstand',
    datum_ontruiming: '2022-03-15',
    huurschuld: 'nee',
  };

  /** Answers each question the walk asks from `answers`; returns the questions asked and the end. */
  function walkThrough(start: string, answers: Record<string, string>) {
    const given: Record<string, string> = {};
    const asked: string[] = [];
    for (;;) {
      assert.ok(hulpverlening);
      const step = nextStep(hulpverlening, given, peildatum, { start });
      if (step.status === 'outcome') return { asked, step };
      assert.equal(step.problem, undefined);
      const answer = answers[step.question.id];
      assert.ok(answer !== undefined, `asked ${step.question.id}, which the test did not expect`);
      asked.push(step.question.id);
      given[step.question.id] = answer;
    }
  }

  it('gives no outcome for a start at hulpverlening with only that answer', () => {
    const step = nextStep(hulpverlening, { hulpverlening: 'ja' }, peildatum, {
      start: 'hulpverlening',
    });
    assert.equal(step.status, 'question');
    assert.equal(step.status === 'question' && step.question.id, 'ontruimd');
  });

  it('asks the root path from hulpverlening and ends like the walk from the root', () => {
    const answers = { ...rootPath, hulpverlening: 'ja' };
    const { asked, step } = walkThrough('hulpverlening', answers);
    assert.deepEqual(asked, [
      'hulpverlening',
      'ontruimd',
      'reden',
      'datum_ontruiming',
      'huurschuld',
    ]);
    assert.deepEqual(step, nextStep(hulpverlening, answers, peildatum));
    assert.equal(step.outcome.id, 'tweedekans');
    assert.equal(step.dates.uiterste_aanmelddatum, '2027-03-14');
    assert.ok(step.requirements.every((requirement) => requirement.met === true));
  });

  it('follows the tree away from the start node when a root-path answer leads elsewhere', () => {
    const answers = { hulpverlening: 'ja', ontruimd: 'nee', ingeschreven: 'nee' };
    const { asked, step } = walkThrough('hulpverlening', answers);
    assert.deepEqual(asked, ['hulpverlening', 'ontruimd', 'ingeschreven']);
    assert.equal(step.outcome.id, 'geen-traject');
    assert.deepEqual(step.answers, { ontruimd: 'nee', ingeschreven: 'nee' });
  });

  it('asks the eviction questions after a start at regeling', () => {
    const answers = {
      ...rootPath,
      huurschuld: 'ja',
      regeling: 'ja',
      datum_regeling: '2026-09-01',
      bewind: 'nee',
      hulpverlening: 'ja',
    };
    const { asked, step } = walkThrough('regeling', answers);
    assert.deepEqual(asked.slice(0, 1), ['regeling']);
    assert.ok(asked.includes('ontruimd') && asked.includes('reden'));
    assert.deepEqual(step, nextStep(hulpverlening, answers, peildatum));
    assert.equal(step.outcome.id, 'nog-niet');
  });

  it('asks ontruimd after a start at ingeschreven and follows the eviction questions on ja', () => {
    const answers = {
      ...rootPath,
      ingeschreven: 'ja',
      geen_woonplek: 'nee',
      ondersteuning: 'ja',
      hulpverlening: 'nee',
    };
    const { asked, step } = walkThrough('ingeschreven', answers);
    assert.deepEqual(asked.slice(0, 4), [
      'ingeschreven',
      'geen_woonplek',
      'ondersteuning',
      'ontruimd',
    ]);
    assert.deepEqual(step, nextStep(hulpverlening, answers, peildatum));
    assert.equal(step.outcome.id, 'eerst-hulpverlening');
  });
});

describe('nextStep on the default trees, for any answers', () => {
  for (const defaultTree of loadDefaultTrees()) {
    const questions = defaultTree.nodes.filter((node) => node.kind !== 'check');
    const optionIds = [
      ...new Set(
        questions.flatMap((node) =>
          node.kind === 'choice' ? node.options.map((option) => option.id) : [],
        ),
      ),
    ];
    const isoDate = fc
      .date({
        min: new Date('1890-01-01T00:00:00Z'),
        max: new Date('3010-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const dutchDate = fc
      .tuple(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1890, max: 3010 }),
      )
      .map(([day, month, year]) => `${day}-${month}-${year}`);
    const answer = fc.oneof(fc.constantFrom(...optionIds), fc.string(), isoDate, dutchDate);
    const answers = fc.dictionary(
      fc.constantFrom(...defaultTree.nodes.map((node) => node.id)),
      answer,
    );
    const peildatum = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const questionId = fc.option(fc.constantFrom(...questions.map((node) => node.id)), {
      nil: undefined,
    });

    it(`${defaultTree.id}: never throws, ends at a question or an outcome, and keeps only answers on the path`, () => {
      fc.assert(
        fc.property(answers, peildatum, questionId, questionId, (given, date, start, submitted) => {
          const step = nextStep(defaultTree, given, date, {
            ...(start && { start }),
            ...(submitted && { submitted }),
          });
          assert.ok(step.status === 'question' || step.status === 'outcome');
          const onPath = new Set(step.path.map((entry) => entry.node));
          for (const id of Object.keys(step.answers))
            assert.ok(onPath.has(id), `${id} is not on the path`);
        }),
        { numRuns: 3000 },
      );
    });
  }
});
