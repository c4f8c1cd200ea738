// The partners' one-line snippet of a region (`/westerkwartier/embed.js`, as
// the region's /embed page hands it out) embeds that region's walk, not the
// default region's. The snippet runs here in a small DOM (linkedom).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';

let loads = 0;

/** Runs /embed.js as a partner page loads it from `src`; returns the frame it made. */
async function frameOf(src: string): Promise<string | undefined> {
  const { window, document, HTMLScriptElement } = parseHTML(
    `<!doctype html><html><body><script src="${src}" data-boom="hulpverlening" data-antwoorden="ontruimd=ja"></script></body></html>`,
  );
  const script = document.querySelector('script');
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  Object.assign(globalThis, { window, document, HTMLScriptElement });
  try {
    loads += 1;
    await import(`../../client/embed-snippet.ts?load=${loads}`);
    return document.querySelector('iframe')?.getAttribute('src') ?? undefined;
  } finally {
    for (const name of ['window', 'document', 'HTMLScriptElement'])
      delete (globalThis as Record<string, unknown>)[name];
  }
}

describe('/embed.js', () => {
  it('embeds the default region’s walk from the old address', async () => {
    assert.equal(
      await frameOf('https://woonkansboom.nl/embed.js'),
      'https://woonkansboom.nl/embed/boom/hulpverlening?ontruimd=ja',
    );
  });

  it('embeds a region’s own walk from the region’s address', async () => {
    assert.equal(
      await frameOf('https://woonkansboom.nl/westerkwartier/embed.js'),
      'https://woonkansboom.nl/embed/westerkwartier/boom/hulpverlening?ontruimd=ja',
    );
    assert.equal(
      await frameOf('https://woonkansboom.nl/groningen/embed.js'),
      'https://woonkansboom.nl/embed/groningen/boom/hulpverlening?ontruimd=ja',
    );
  });
});
