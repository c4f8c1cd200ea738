// The stored-XSS checkers must be able to fail: each is shown a hand-made page
// where the payload was not escaped, and the same page escaped properly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv } from '../../src/render/csv.ts';
import {
  csvProblems,
  formulaPayload,
  hostile,
  htmlProblems,
  shownText,
  svgProblems,
  svgText,
  tagged,
} from './inert-markup.ts';

/** Written here, not imported, so the checkers are not tested with the code they check. */
const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const shell = (main: string) =>
  `<!doctype html><html><head><script type="module" src="/static/walk.js"></script></head><body><main>${main}</main></body></html>`;

describe('the stored-XSS checkers', () => {
  it('find every payload pasted unescaped into a page, in text, attributes and a textarea', () => {
    const problems = htmlProblems(
      shell(
        `<h1>${hostile}</h1><input value="${hostile}"><textarea>${hostile}</textarea><a href=" javascript:alert(1)">x</a>`,
      ),
    );
    assert.ok(problems.some((problem) => /<script> that is not the app's own/.test(problem)));
    assert.ok(problems.some((problem) => /onerror/.test(problem)));
    assert.ok(problems.some((problem) => /onload/.test(problem)));
    assert.ok(problems.some((problem) => /href=" javascript:alert\(1\)"/.test(problem)));
    assert.ok(problems.some((problem) => /stands unescaped/.test(problem)));
  });

  it('pass the same page when the payload is escaped, and read the payload back as text', () => {
    const escaped = escapeHtml(tagged('XSS001'));
    const page = shell(
      `<h1>${escaped}</h1><input value="${escaped}"><textarea>${escaped}</textarea><a href="/boom">x</a>`,
    );
    assert.deepEqual(htmlProblems(page), []);
    const text = shownText(page);
    assert.equal(text.split(tagged('XSS001')).length - 1, 3);
  });

  it('find a script or a handler in an SVG, and pass an escaped one', () => {
    const bad = `<svg xmlns="http://www.w3.org/2000/svg"><text>${hostile.replace('</textarea>', '')}</text></svg>`;
    assert.notDeepEqual(svgProblems(bad), []);
    const good = `<svg xmlns="http://www.w3.org/2000/svg"><text>${escapeHtml(tagged('XSS002'))}</text></svg>`;
    assert.deepEqual(svgProblems(good), []);
    assert.match(svgText(good), /XSS002 <script>alert\(1\)<\/script>/);
  });

  it('find a formula at the start of a CSV cell, and pass the apostrophe the app adds', () => {
    assert.notDeepEqual(csvProblems(`a;b\r\n1;"${formulaPayload.replaceAll('"', '""')}"\r\n`), []);
    assert.deepEqual(csvProblems(toCsv(['a', 'b'], [[-1, formulaPayload]])), []);
  });
});
