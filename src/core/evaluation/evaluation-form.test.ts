import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultEvaluationForm } from './evaluation-default-form.ts';
import { allStatements, evaluationFormSchema, parseEvaluationForm } from './evaluation-form.ts';
import { evaluationFormProblems } from './evaluation-form-problems.ts';
import { scaleLabels } from './evaluation-scale.ts';

describe('the default evaluation form (SPEC §6)', () => {
  it('has the two parts with eight and six statements and their advice fields', () => {
    const form = parseEvaluationForm(defaultEvaluationForm);
    assert.deepEqual(
      form.parts.map((part) => [part.title, part.statements.length, part.adviceLabel]),
      [
        [
          'Tweedekansbeleid',
          8,
          'Adviezen/suggesties/punten van kritiek m.b.t. het tweedekansbeleid',
        ],
        ['De Woonkansboom', 6, 'Adviezen/suggesties/punten van kritiek m.b.t. de Woonkansboom'],
      ],
    );
    assert.equal(form.parts[0]?.statements[0]?.text, 'Ik weet wat het tweedekansbeleid inhoudt.');
    assert.equal(
      form.parts[1]?.statements[5]?.text,
      'Ik zou andere professionals de Woonkansboom aanraden.',
    );
  });

  it('gives every statement its own id', () => {
    const ids = allStatements(defaultEvaluationForm).map((statement) => statement.id);
    assert.equal(new Set(ids).size, 14);
  });

  it('opens with the introduction of Bijlage 13, with "de" for "de zeven" corporations and a note saying so', () => {
    const intro = parseEvaluationForm(defaultEvaluationForm).intro ?? '';
    assert.match(
      intro,
      /^Met deze vragenlijst willen wij achterhalen wat uw mening is over het ‘tweedekansbeleid’ en de ‘Woonkansboom’\./,
    );
    assert.match(
      intro,
      /Bureau Woonkans werkt nauw samen met de Groninger woningcorporaties en verschillende hulpverleningsinstanties\./,
    );
    assert.match(
      intro,
      /\(voorheen werd het Uitgezette Huishoudens genoemd\)\. In dit traject kunnen personen die ontruimd zijn op basis van huurachterstand en overlast binnen 5 jaar aanspraak maken op een tweede kans\./,
    );
    assert.match(
      intro,
      /Dit formulier is bedoeld voor medewerkers van Bureau Woonkans en de professionals die samenwerken met Bureau Woonkans\./,
    );
    assert.doesNotMatch(intro.replace(/‘de zeven[^’]*’/, ''), /zeven/);
    assert.match(intro, /‘de zeven Groninger woningcorporaties’/);
    assert.match(intro, /\]\(\/\)/, 'a link to the Woonkansboom');
  });

  it('reads a form version stored before forms had an introduction', () => {
    const { intro: _intro, ...older } = structuredClone(defaultEvaluationForm);
    assert.equal(parseEvaluationForm(older).intro, undefined);
  });

  it('uses the five answers of the scale with their exact labels', () => {
    assert.deepEqual(scaleLabels, [
      'Helemaal niet mee eens',
      'Niet mee eens',
      'Neutraal/weet ik niet',
      'Mee eens',
      'Helemaal mee eens',
    ]);
  });
});

describe('checking an edited form', () => {
  const edited = () => structuredClone(defaultEvaluationForm);

  it('accepts the default form', () => {
    assert.deepEqual(evaluationFormProblems(edited()), []);
  });

  it('names the empty statement and the part it is in', () => {
    const form = edited();
    const statement = form.parts[1]?.statements[2];
    if (statement) statement.text = '  ';
    assert.deepEqual(evaluationFormProblems(form), [
      {
        path: 'parts.1.statements.2.text',
        code: 'required',
        message: 'Vul de tekst van stelling 3 bij ‘De Woonkansboom’ in.',
      },
    ]);
  });

  it('refuses a part without statements and a title that is too long', () => {
    const form = edited();
    const part = form.parts[0];
    if (part) {
      part.statements = [];
      part.title = 'x'.repeat(121);
    }
    const problems = evaluationFormProblems(form);
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.code]),
      [
        ['parts.0.title', 'too-long'],
        ['parts.0.statements', 'required'],
      ],
    );
  });

  it('refuses an introduction that is too long', () => {
    const form = edited();
    form.intro = 'x'.repeat(5001);
    assert.deepEqual(
      evaluationFormProblems(form).map((problem) => [problem.path, problem.code]),
      [['intro', 'too-long']],
    );
  });

  it('refuses two statements with the same id', () => {
    const form = edited();
    const [first, second] = form.parts[0]?.statements ?? [];
    if (first && second) second.id = first.id;
    assert.equal(evaluationFormSchema.safeParse(form).success, false);
    assert.equal(evaluationFormProblems(form)[0]?.code, 'invalid');
  });
});
