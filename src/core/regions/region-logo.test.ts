import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64Bytes, logoMaxBytes, logoVersion, regionLogoSchema } from './region-logo.ts';

// The smallest PNG: a 1×1 transparent pixel.
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('a region logo', () => {
  it('takes a small PNG with its words', () => {
    const logo = regionLogoSchema.parse({ alt: 'Logo van Regio Proef', png });
    assert.equal(base64Bytes(logo.png)?.[1], 0x50);
    assert.match(logoVersion(logo), /^[0-9a-z]+$/);
  });

  it('refuses what is not a PNG, in Dutch (an SVG can carry script)', () => {
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const bad of [svg, 'geen base64!', btoa('GIF89a')]) {
      const result = regionLogoSchema.safeParse({ alt: 'Logo', png: bad });
      assert.equal(result.success, false);
      assert.match(result.error?.issues[0]?.message ?? '', /PNG-bestand/);
    }
  });

  it('refuses a logo over the size limit, saying how large it may be', () => {
    const big = btoa(
      String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) +
        'x'.repeat(logoMaxBytes),
    );
    const result = regionLogoSchema.safeParse({ alt: 'Logo', png: big });
    assert.equal(result.success, false);
    assert.match(result.error?.issues[0]?.message ?? '', /te groot: hoogstens 100 kB/);
  });
});
