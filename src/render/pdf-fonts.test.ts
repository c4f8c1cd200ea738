import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fontFace, measure } from './pdf-fonts.ts';

describe('the fonts of generated PDFs', () => {
  it('lays out "fi" and "ffl" letter by letter: no ligatures, in both weights', () => {
    for (const weight of ['regular', 'bold'] as const) {
      assert.equal(fontFace(weight).layout('financiële').glyphs.length, 'financiële'.length);
      assert.equal(fontFace(weight).layout('ffl').glyphs.length, 3);
    }
  });

  it('measures a word as wide as it is laid out, scaled by the size', () => {
    const face = fontFace('bold');
    const width = face.layout('Woonkans').advanceWidth / face.unitsPerEm;
    assert.equal(measure('Woonkans', 'bold', 10), width * 10);
    assert.equal(measure('Woonkans', 'bold', 20), width * 20);
  });
});
