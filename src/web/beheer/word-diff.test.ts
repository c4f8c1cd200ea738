import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordDiff } from './word-diff.ts';

/** What a sighted reader sees: the hidden words for screen readers left out, tags kept. */
function seen(markup: string): string {
  return markup.replace(/<span class="wkb-visually-hidden">[^<]*<\/span>/g, '');
}

describe('a changed text word by word', () => {
  it('marks only the four inserted words, the rest stays as it was', () => {
    const before = 'Meld uw cliënt zo snel mogelijk aan bij Bureau Woonkans.';
    const after = 'Meld uw cliënt zo snel mogelijk aan bij Bureau Woonkans. Wacht daar niet mee.';
    const markup = String(wordDiff(before, after));
    assert.equal(
      seen(markup),
      'Meld uw cliënt zo snel mogelijk aan bij Bureau Woonkans. <ins>Wacht daar niet mee.</ins>',
    );
    assert.doesNotMatch(markup, /<del>/);
  });

  it('strikes a replaced word and inserts its successor beside it', () => {
    assert.equal(
      seen(String(wordDiff('binnen 6 maanden', 'binnen 7 maanden'))),
      'binnen <del>6</del><ins>7</ins> maanden',
    );
  });

  it('says "verwijderd" and "toegevoegd" in words, for screen readers that skip <del> and <ins>', () => {
    const markup = String(wordDiff('binnen 6 maanden', 'binnen 7 maanden'));
    assert.match(markup, /<del><span class="wkb-visually-hidden">\(verwijderd: <\/span>6/);
    assert.match(markup, /<ins><span class="wkb-visually-hidden">\(toegevoegd: <\/span>7/);
  });

  it('escapes the texts it compares', () => {
    const markup = String(wordDiff('<b>oud</b>', '<b>nieuw</b>'));
    assert.doesNotMatch(markup, /<b>/);
    assert.match(markup, /&lt;b&gt;/);
  });
});
