import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  corporationList,
  fillRanges,
  fillRegionPlaceholders,
  fillRegionTexts,
} from './template.ts';

describe('the list of corporations in a text', () => {
  it('names every corporation, the last one after "en"', () => {
    const names = ['De Huismeesters', 'Lefier', 'Nijestee'].map((name) => ({ name }));
    assert.equal(corporationList(names), 'De Huismeesters, Lefier en Nijestee');
  });

  it('names one corporation alone, and none as nothing', () => {
    assert.equal(corporationList([{ name: 'Lefier' }]), 'Lefier');
    assert.equal(corporationList([]), '');
  });
});

describe('a range of two parameters', () => {
  const parameters: Record<string, { value: number; unit: 'weeks' | 'months' | 'count' }> = {
    min: { value: 6, unit: 'weeks' },
    max: { value: 8, unit: 'weeks' },
    maanden: { value: 3, unit: 'months' },
    keer: { value: 2, unit: 'count' },
  };
  const of = (name: string) => parameters[name];

  it('names the unit once: "binnen 6 tot 8 weken"', () => {
    assert.equal(fillRanges('binnen {{min}} tot {{max}} na', of), 'binnen 6 tot 8 weken na');
  });

  it('leaves ranges of different units, counts and unknown names to the placeholders', () => {
    for (const text of ['{{min}} tot {{maanden}}', '{{keer}} tot {{keer}}', '{{min}} tot {{x}}'])
      assert.equal(fillRanges(text, of), text);
  });
});

describe('the placeholders of a region', () => {
  const words = { regio: 'Westerkwartier', gemeenten: 'Westerkwartier' };

  it('fills {{regio}} and {{gemeenten}}, and leaves every other placeholder', () => {
    assert.equal(
      fillRegionPlaceholders(
        'In regio {{regio}} ({{ gemeenten }}) meldt u aan voor {{uiterste_aanmelddatum}}.',
        words,
      ),
      'In regio Westerkwartier (Westerkwartier) meldt u aan voor {{uiterste_aanmelddatum}}.',
    );
  });

  it('fills every text of a tree, and nothing else', () => {
    const tree = {
      id: 'proef',
      title: 'Woonkansboom {{regio}}',
      nodes: [
        { id: 'vraag', text: 'Woont uw cliënt in {{gemeenten}}?', help: 'Zonder invulplek.' },
      ],
      parameters: { termijn: { value: 5, unit: 'years' } },
      empty: null,
    };
    const filled = fillRegionTexts(tree, {
      regio: 'Drenthe',
      gemeenten: 'Aa en Hunze, Assen en Tynaarlo',
    });
    assert.deepEqual(filled, {
      ...tree,
      title: 'Woonkansboom Drenthe',
      nodes: [
        {
          id: 'vraag',
          text: 'Woont uw cliënt in Aa en Hunze, Assen en Tynaarlo?',
          help: 'Zonder invulplek.',
        },
      ],
    });
    assert.equal(tree.title, 'Woonkansboom {{regio}}', 'the tree itself is not changed');
  });
});
