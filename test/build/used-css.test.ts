// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source text with template literals in it
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { dynamicClassPatterns, usedCss } from '../../scripts/used-css.ts';

const folder = mkdtempSync(join(tmpdir(), 'wkb-used-css-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function matches(source: string, className: string): boolean {
  return dynamicClassPatterns(source).some((pattern) => pattern.test(className));
}

describe('class names built in a template literal', () => {
  it('match every value of the expression but not the bare prefix', () => {
    const source = 'html`<span class="utrecht-status-badge--${toneBadges[badge.tone]} x">`';
    assert.equal(matches(source, 'utrecht-status-badge--success'), true);
    assert.equal(matches(source, 'utrecht-status-badge--'), false);
    assert.equal(matches(source, 'utrecht-status-badge'), false);
  });

  it('keep the literal text after the expression', () => {
    const source = 'html`<a class="utrecht-button-link--${kind}-action">`';
    assert.equal(matches(source, 'utrecht-button-link--primary-action'), true);
    assert.equal(matches(source, 'utrecht-button-link--primary-action-hover'), false);
  });

  it('skip over a template nested in the expression', () => {
    const source = "`<div class=\"wkb-page--${paper === 'a3' ? `a3-${a3}` : 'a4'}\">`";
    assert.equal(matches(source, 'wkb-page--a3-staand'), true);
    assert.equal(matches(source, 'wkb-page--a4'), true);
  });

  it('ignore expressions that are no part of a class name', () => {
    assert.deepEqual(dynamicClassPatterns('`/boom/${tree}?${query}` `${a}-${b}`'), []);
  });
});

describe('usedCss', () => {
  it('keeps the rules whose classes the source names, whole or built, and drops the others', async () => {
    const source = join(folder, 'view.ts');
    writeFileSync(
      source,
      'export const view = (tone: string) => html`<p class="wkb-card wkb-card--${tone}">`;',
    );
    const css = [
      '.wkb-card { margin: 0 }',
      '.wkb-card--positive { color: green }',
      '.wkb-beheer-only { color: red }',
      '@media print { .wkb-beheer-only { display: none } .wkb-card { break-inside: avoid } }',
      '.wkb-card[href="/"] { display: none }',
    ].join('\n');
    const kept = await usedCss(css, [source]);
    assert.match(kept, /\.wkb-card \{/);
    assert.match(kept, /\.wkb-card--positive/);
    assert.match(kept, /break-inside/);
    assert.match(kept, /\[href="\/"\]/, 'an attribute value that is no word of the source');
    assert.doesNotMatch(kept, /wkb-beheer-only/);
  });
});
