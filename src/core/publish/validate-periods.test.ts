import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { validateTree } from './validate.ts';
import { literalPeriods } from './validate-periods.ts';

function warningsFor(intro: string) {
  const tree = structuredClone(proefTree);
  tree.intro = intro;
  return validateTree(tree).problems.filter((problem) => problem.code === 'literal-period');
}

describe('literal periods (SPEC §11)', () => {
  it('reads digits and the words één to twaalf followed by a unit', () => {
    assert.deepEqual(
      literalPeriods('Na 5 jaar, zes maanden, één week of twaalf dagen.').map((p) => [
        p.value,
        p.unit,
      ]),
      [
        [5, 'years'],
        [6, 'months'],
        [1, 'weeks'],
        [12, 'days'],
      ],
    );
  });

  it('does not read a number inside a word or a unit that is the start of another word', () => {
    assert.deepEqual(literalPeriods('In 2025 jaarlijks, 3 maandelijks, zestien jaar.'), []);
  });

  it('warns when a period matches a parameter, naming the parameter', () => {
    const [warning, ...rest] = warningsFor('Aanmelden kan tot vijf jaar na de ontruiming.');
    assert.equal(rest.length, 0);
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning?.path, 'intro');
    assert.match(warning?.message ?? '', /"vijf jaar".*\{\{termijn_jaren\}\}/);
  });

  it('warns for digits too, and whatever the case', () => {
    assert.equal(warningsFor('Minimaal 6 Maanden goed betalen.').length, 1);
  });

  it('does not warn when the value or the unit differs from every parameter', () => {
    assert.deepEqual(warningsFor('Binnen drie jaar, of zes weken.'), []);
  });

  it('does not warn for a line written as a quote (verbatim)', () => {
    assert.deepEqual(warningsFor('> "Binnen vijf jaar na uitzetting" (Bijlage 9).'), []);
  });

  it('does not warn when the text uses the parameter', () => {
    assert.deepEqual(warningsFor('Aanmelden kan tot {{termijn_jaren}} na de ontruiming.'), []);
  });
});
