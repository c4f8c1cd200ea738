import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isExternalHref, linkSchema } from './tree.ts';

// Review D12: protocol-relative and backslash paths passed as site paths.
describe('an outcome link', () => {
  const accepts = (href: string) => linkSchema.safeParse({ label: 'Meer', href }).success;

  it('is a path on this site or a full https address', () => {
    for (const href of ['/trajecten/wonenplus', '/', 'https://www.woonkans.nl/aanmelden'])
      assert.ok(accepts(href), href);
  });

  it('never leaves the site through something that looks like a path', () => {
    for (const href of [
      '//evil.example/x',
      '/\\evil.example',
      '/a\\b',
      'https:evil.example',
      'https:///evil.example',
      'http://evil.example',
      'javascript:alert(1)',
      'evil.example',
    ])
      assert.equal(accepts(href), false, href);
  });

  it('counts as external only when written as a full https address', () => {
    assert.equal(isExternalHref('https://www.woonkans.nl'), true);
    assert.equal(isExternalHref('/trajecten/wonenplus'), false);
  });
});
