import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { pdfInfo, pdfPageCount, pdfText } from '../../test/support/pdf-read-back.ts';
import { type PdfBlock, renderPdf } from './pdf-document.ts';
import { markdownBlocks } from './pdf-markdown.ts';

const options = {
  title: 'Proef',
  size: 10,
  footer: 'Woonkansboom – proef',
  created: new Date('2026-11-28T11:00:00Z'),
};

describe('renderPdf', () => {
  it('embeds a font that prints ✓, ✗, é and ë, so the text reads back', async () => {
    const pdf = await renderPdf(
      [
        { kind: 'title', text: 'Cliënt en financiële situatie' },
        { kind: 'item', marker: '✓', runs: [{ text: 'Voldaan: café' }] },
        { kind: 'item', marker: '✗', runs: [{ text: 'Niet voldaan' }] },
      ],
      options,
    );
    const text = pdfText(pdf);
    for (const expected of ['Cliënt en financiële situatie', '✓', '✗', 'café'])
      assert.ok(text.includes(expected), `"${expected}" in ${text}`);
  });

  it('keeps "fi" as two letters, so the words can be found', async () => {
    const text = pdfText(await renderPdf([{ kind: 'heading', text: 'financiële' }], options));
    assert.match(text, /financiële/);
  });

  it('wraps long paragraphs within the page and breaks onto new pages', async () => {
    const blocks: PdfBlock[] = Array.from({ length: 40 }, (_, paragraph) => ({
      kind: 'paragraph',
      runs: Array.from({ length: 6 }, (_, sentence) => ({
        text: `Zin ${paragraph}x${sentence}: de betalingsregeling moet eerst lang genoeg goed lopen. `,
      })),
    }));
    const pdf = await renderPdf(blocks, options);
    assert.ok(pdfPageCount(pdf) >= 3, 'the text runs over several pages');
    const text = pdfText(pdf);
    assert.match(text, /pagina 1 van \d/);
    for (let paragraph = 0; paragraph < 40; paragraph++)
      for (let sentence = 0; sentence < 6; sentence++)
        assert.ok(
          text.includes(`Zin ${paragraph}x${sentence}:`),
          `sentence ${paragraph}x${sentence} is printed`,
        );
  });

  it('writes the title and the given creation date, not the clock', async () => {
    const info = pdfInfo(await renderPdf([{ kind: 'paragraph', runs: [{ text: 'x' }] }], options));
    assert.equal(info.Title, 'Proef');
    assert.equal(info.CreationDate, '2026-11-28T11:00:00Z');
  });
});

describe('renderPdf metadata', () => {
  it('keeps a title with "&" and "<" as it is, and escaped in the XMP metadata', async () => {
    const title = 'Huur & overlast <samen>';
    const pdf = await renderPdf([{ kind: 'paragraph', runs: [{ text: 'x' }] }], {
      ...options,
      title,
    });
    assert.equal(pdfInfo(pdf).Title, title);
    const xmp = spawnSync('pdfinfo', ['-meta', '-'], { input: pdf }).stdout.toString('utf8');
    assert.match(
      xmp,
      /<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Huur &amp; overlast &lt;samen&gt;<\/rdf:li>/,
    );
  });
});

describe('markdownBlocks', () => {
  it('turns content Markdown into headings, paragraphs with bold runs and numbered items', () => {
    const blocks = markdownBlocks(
      '## Kop\n\nMeld u aan op **14 maart 2027**.\n\n1. Een\n2. Twee\n   - dieper\n',
    );
    assert.deepEqual(blocks, [
      { kind: 'heading', text: 'Kop' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Meld u aan op ', bold: false },
          { text: '14 maart 2027', bold: true },
          { text: '.', bold: false },
        ],
      },
      { kind: 'item', marker: '1.', runs: [{ text: 'Een', bold: false }], depth: 0 },
      { kind: 'item', marker: '2.', runs: [{ text: 'Twee', bold: false }], depth: 0 },
      { kind: 'item', marker: '–', runs: [{ text: 'dieper', bold: false }], depth: 1 },
    ]);
  });

  it('prints a link as its text with the address', () => {
    const [block] = markdownBlocks('Zie [de site](https://woonkans.nl).');
    assert.ok(block && 'runs' in block);
    assert.equal(block.runs.map((run) => run.text).join(''), 'Zie de site (woonkans.nl).');
  });
});
