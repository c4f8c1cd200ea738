// The advice, handout and diagram PDFs read back as a screen reader's PDF
// viewer would: tagged, in Dutch, titled, with a structure tree of headings,
// paragraphs, lists, tables and a described figure, and working links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfInfo, pdfText } from '../../test/support/pdf-read-back.ts';
import {
  fontSizes,
  pdfFonts,
  pdfHasEntry,
  pdfLinks,
  pdfPageContents,
  pdfStrings,
  pdfStructure,
  pdfStructureTypes,
  unmarkedPainting,
} from '../../test/support/pdf-tags.ts';
import { loadDefaultTrees } from '../content/default-content.ts';
import type { Tree } from '../core/tree/tree.ts';
import { nextStep } from '../core/walk/next-step.ts';
import type { WalkContext } from '../views/walk-context.ts';
import { adviceSummary } from './advice-summary.ts';
import { layoutTree } from './diagram-layout.ts';
import { handoutText } from './handout-text.ts';
import { renderPdfJob } from './pdf-job.ts';

const trees = loadDefaultTrees();
const hulpverlening = trees.find((tree) => tree.id === 'hulpverlening') as Tree;
const created = new Date('2026-11-28T11:00:00Z');
const peildatum = '2026-11-28';
const tweedekans =
  'ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja';

function outcome() {
  const step = nextStep(
    hulpverlening,
    Object.fromEntries(new URLSearchParams(tweedekans)),
    peildatum,
  );
  if (step.status !== 'outcome') throw new Error('the walk has no outcome');
  return step;
}

const ctx: WalkContext = {
  tree: hulpverlening,
  texts: {},
  version: 1,
  peildatum,
  peildatumIsToday: true,
  basePath: '/boom/hulpverlening',
};

function handout() {
  const text = handoutText(hulpverlening, outcome(), peildatum);
  if (!text) throw new Error('tweedekans offers no handout');
  return text;
}

/** What every one of the three must be: tagged, Dutch, titled, every mark tagged, fonts subset. */
function assertTaggedPdf(pdf: Uint8Array, title: string): void {
  const info = pdfInfo(pdf);
  assert.equal(info.Tagged, 'yes');
  assert.equal(info.Title, title);
  assert.deepEqual(pdfStrings(pdf, 'Lang'), ['nl-NL']);
  assert.ok(pdfHasEntry(pdf, 'DisplayDocTitle', 'true'), 'the title is shown in the title bar');
  assert.ok(pdfHasEntry(pdf, 'Marked', 'true'), 'MarkInfo says the content is marked');
  assert.equal(pdfStructureTypes(pdf)[0], 'Document');
  pdfPageContents(pdf).forEach((content, page) => {
    assert.deepEqual(unmarkedPainting(content), [], `page ${page + 1}: no mark outside the tags`);
  });
  const fonts = pdfFonts(pdf);
  assert.ok(fonts.length > 0);
  for (const font of fonts) {
    assert.match(font.name, /^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    assert.ok(font.embedded && font.subset, `${font.name} is embedded as a subset`);
  }
}

describe('the advice PDF, tagged', () => {
  const render = () =>
    renderPdfJob({ kind: 'advice', advice: adviceSummary(ctx, outcome()), created });

  it('is a tagged PDF in Dutch with its title in the title bar', async () => {
    assertTaggedPdf(await render(), 'Adviesoverzicht – Uw cliënt past bij het tweedekansbeleid');
  });

  it('has the headings, paragraphs, lists and tables in its structure tree', async () => {
    const pdf = await render();
    const structure = pdfStructure(pdf);
    assert.match(structure, /\n {2}H1 \(block\)\n {4}"Adviesoverzicht"/);
    for (const heading of ['Uw cliënt past bij het tweedekansbeleid', 'Belangrijke datums'])
      assert.match(structure, new RegExp(`\\n {2}H2 \\(block\\)\\n {4}"${heading}"`));
    assert.match(
      structure,
      /TH:\n\s+\/Scope \/Row\n\s+"Uiterste aanmelddatum"\n\s+TD\n\s+"14 maart 2027"/,
    );
    assert.match(structure, /LI \(block\)\n\s+Lbl \(block\)\n\s+"✓"\n\s+LBody \(block\)\n/);
    const types = new Set(pdfStructureTypes(pdf));
    for (const type of ['P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link'])
      assert.ok(types.has(type), `a ${type} element`);
    // The text reads as before: the tags change nothing of it.
    assert.ok(pdfText(pdf).includes('Uiterste aanmelddatum 14 maart 2027'));
  });

  it('makes every website and e-mail address of the contacts a link', async () => {
    const pdf = await render();
    const links = pdfLinks(pdf);
    for (const address of [
      'https://woonurgentiegroningen.nl',
      'https://woonkans.nl',
      'mailto:bureau.woonkans@woonkans.nl',
    ])
      assert.ok(links.includes(address), `a link to ${address}`);
    const linkElements = pdfStructureTypes(pdf).filter((type) => type === 'Link');
    assert.equal(linkElements.length, links.length, 'each link annotation has its Link element');
    assert.match(pdfStructure(pdf), /Link \(inline\)\n\s+"woonkans\.nl"/);
  });
});

describe('the handout PDF, tagged', () => {
  it('is a tagged PDF in Dutch with its title in the title bar', async () => {
    assertTaggedPdf(
      await renderPdfJob({ kind: 'handout', handout: handout(), created }),
      'Uw tweede kans op een huurwoning',
    );
  });

  it('has its headings, the deadline box and its lists in the structure tree', async () => {
    const pdf = await renderPdfJob({ kind: 'handout', handout: handout(), created });
    const structure = pdfStructure(pdf);
    assert.match(structure, /\n {2}H1 \(block\)\n {4}"Uw tweede kans op een huurwoning"/);
    assert.match(structure, /\n {2}H2 \(block\)\n {4}"Wat is de tweede kans\?"/);
    assert.match(
      structure,
      /\n {2}Div\n {4}P \(block\)\n {6}"Uw hulpverlener moet u uiterlijk op 14 maart 2027 aanmelden\. "/,
    );
    assert.match(structure, /L \(block\):\n\s+\/ListNumbering \/Decimal/);
  });

  it('makes a link in the text a link', async () => {
    const pdf = await renderPdfJob({
      kind: 'handout',
      handout: {
        ...handout(),
        body: 'Kijk op [de site van Bureau Woonkans](https://woonkans.nl).',
      },
      created,
    });
    // The words and the address printed after them both open the site.
    assert.deepEqual(pdfLinks(pdf), ['https://woonkans.nl', 'https://woonkans.nl']);
    assert.ok(pdfText(pdf).includes('Kijk op de site van Bureau Woonkans (woonkans.nl).'));
  });
});

describe('the diagram PDF, tagged', () => {
  for (const paper of ['a4', 'a3'] as const) {
    it(`is a tagged PDF in Dutch with the tree as a described figure on ${paper.toUpperCase()}`, async () => {
      const layout = await layoutTree(hulpverlening);
      const pdf = await renderPdfJob({ kind: 'diagram', layout, options: { paper, version: 1 } });
      assertTaggedPdf(pdf, 'Schema: Woonkansboom hulpverlenende instanties');
      assert.match(
        pdfStructure(pdf),
        /\n {2}H1 \(block\)\n {4}"Schema: Woonkansboom hulpverlenende instanties \(versie 1\)/,
      );
      const types = pdfStructureTypes(pdf);
      assert.equal(
        types.filter((type) => type === 'Figure').length,
        1,
        'one figure, on every sheet',
      );
      const [alt, ...more] = pdfStrings(pdf, 'Alt');
      assert.deepEqual(more, []);
      assert.match(alt ?? '', /^Schema: Woonkansboom hulpverlenende instanties \(versie 1\)\./);
      for (const line of [
        '\nVraag: Is uw cliënt uit huis gezet (ontruimd)',
        '\n  Antwoord "Ja": Vraag: Waarom is uw cliënt ontruimd?',
        'Uitkomst: Past. Uw cliënt past bij WonenPlus',
      ])
        assert.ok(alt?.includes(line), `the alternative text says ${line}`);
    });
  }

  it('keeps every text on A4 at 7 pt or more, over several sheets that say which they are', async () => {
    for (const tree of trees) {
      const layout = await layoutTree(tree);
      const pdf = await renderPdfJob({
        kind: 'diagram',
        layout,
        options: { paper: 'a4', version: 1 },
      });
      const pages = pdfPageContents(pdf);
      assert.ok(pages.length > 1, `${tree.id} does not fit one sheet at 7 pt`);
      for (const [index, content] of pages.entries()) {
        const smallest = Math.min(...fontSizes(content));
        assert.ok(smallest >= 7, `${tree.id} sheet ${index + 1}: ${smallest} pt`);
      }
      const text = pdfText(pdf);
      for (let sheet = 1; sheet <= pages.length; sheet++)
        assert.ok(text.includes(`blad ${sheet} van ${pages.length}`), `${tree.id} blad ${sheet}`);
    }
  });
});
