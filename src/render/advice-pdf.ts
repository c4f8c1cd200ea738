// The Adviesoverzicht as a PDF, made on the server from the walk's answers.
// The server never knows the client, so the name line is left blank to write on.
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import type { Tone } from '../core/tree/tree.ts';
import { type RulesWarning, warningLines } from '../views/rules-change.ts';
import { type AdviceSummary, adviceDisclaimer, requirementMark } from './advice-summary.ts';
import { type PdfBlock, type PdfColor, pdfColors, renderPdf } from './pdf-document.ts';
import { markdownBlocks, markdownRuns } from './pdf-markdown.ts';

const toneColors: Record<Tone, PdfColor> = {
  positive: pdfColors.green,
  action: pdfColors.amber,
  negative: pdfColors.red,
  neutral: pdfColors.accent,
};

const markColors = { '✓': pdfColors.green, '✗': pdfColors.red, '?': pdfColors.muted };

/** The warning before the rules change: its first line in bold, in a box like the handout's deadline. */
function warningBlocks(warning: RulesWarning | undefined): PdfBlock[] {
  if (!warning) return [];
  const [heading = '', ...rest] = warningLines(warning);
  return [
    {
      kind: 'box',
      paragraphs: [[{ text: heading, bold: true }], ...rest.map((line) => [{ text: line }])],
    },
  ];
}

export function adviceBlocks(advice: AdviceSummary): PdfBlock[] {
  const blocks: PdfBlock[] = [
    { kind: 'title', text: 'Adviesoverzicht' },
    {
      kind: 'paragraph',
      runs: [{ text: `${advice.rules} ${advice.treeTitle}.` }],
    },
    {
      kind: 'paragraph',
      runs: [{ text: 'Naam of initialen van de cliënt: ' }, { text: '_'.repeat(36) }],
    },
    { kind: 'badge', text: advice.badge.text, color: toneColors[advice.badge.tone] },
    { kind: 'heading', text: advice.title },
    ...advice.notices.map(
      (notice): PdfBlock => ({ kind: 'paragraph', runs: [{ text: notice, bold: true }] }),
    ),
    ...warningBlocks(advice.warning),
    ...markdownBlocks(advice.explanation),
  ];
  if (advice.dates.length > 0) {
    blocks.push({ kind: 'heading', text: 'Belangrijke datums' });
    for (const row of advice.dates)
      blocks.push({
        kind: 'row',
        key: row.label,
        value: [{ text: formatDutchDate(row.date), bold: true }],
      });
  }
  if (advice.requirements.length > 0) {
    blocks.push({ kind: 'heading', text: 'Voorwaarden' });
    for (const requirement of advice.requirements) {
      const mark = requirementMark(requirement.met);
      blocks.push({
        kind: 'item',
        marker: mark.icon,
        markerColor: markColors[mark.icon as keyof typeof markColors],
        runs: [{ text: `${requirement.label} (${mark.words.toLowerCase()})` }],
      });
    }
  }
  blocks.push(
    { kind: 'heading', text: 'Wat kunt u nu doen?' },
    ...markdownBlocks(advice.nextSteps),
  );
  blocks.push({ kind: 'heading', text: 'Uw antwoorden' });
  for (const row of advice.answers)
    blocks.push({ kind: 'row', key: row.question, value: [{ text: row.answer, bold: true }] });
  if (advice.trajectory) {
    blocks.push({ kind: 'heading', text: 'Wat gebeurt er na de aanmelding?' });
    advice.trajectory.steps.forEach((item, index) => {
      blocks.push({
        kind: 'item',
        marker: `${index + 1}.`,
        runs: [{ text: `${item.title}. `, bold: true }, ...markdownRuns(item.text)],
      });
    });
  }
  if (advice.contacts.length > 0) {
    blocks.push({ kind: 'heading', text: 'Contact' });
    for (const contact of advice.contacts) {
      // A website, e-mail address or phone number is a link; a postal address is not.
      const address = contact.routes.flatMap((route) => [
        { text: ` ${route.label}: ` },
        { text: route.text, ...(route.href ? { link: route.href } : {}) },
        { text: '.' },
      ]);
      blocks.push({
        kind: 'paragraph',
        runs: [
          { text: `${contact.name}. `, bold: true },
          ...markdownRuns(contact.text),
          ...address,
        ],
      });
    }
  }
  blocks.push({
    kind: 'paragraph',
    small: true,
    runs: [{ text: adviceDisclaimer }],
  });
  return blocks;
}

export function advicePdf(advice: AdviceSummary, created: Date): Promise<Uint8Array> {
  return renderPdf(adviceBlocks(advice), {
    title: `Adviesoverzicht – ${advice.title}`,
    size: 9,
    footer: `Woonkansboom – Adviesoverzicht – advies van ${formatDutchDate(advice.peildatum)}`,
    created,
  });
}
