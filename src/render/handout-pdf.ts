// "Uw tweede kans" as a one-page PDF for the tenant: large type (B1), the
// deadline in a box at the top.
import type { HandoutText } from './handout-text.ts';
import { type PdfBlock, renderPdf } from './pdf-document.ts';
import { markdownBlocks } from './pdf-markdown.ts';

export function handoutBlocks(handout: HandoutText): PdfBlock[] {
  const deadline = [
    ...markdownBlocks(handout.deadline).flatMap((block) => ('runs' in block ? [block.runs] : [])),
    ...(handout.change ? [[{ text: handout.change, bold: true }]] : []),
  ];
  return [
    { kind: 'title', text: handout.title },
    ...(deadline.length > 0 ? [{ kind: 'box', paragraphs: deadline } as const] : []),
    ...markdownBlocks(handout.body),
    // Which rules the dates follow, as on the advice: small, after the text.
    ...(handout.rules
      ? [{ kind: 'paragraph', runs: [{ text: handout.rules }], small: true } satisfies PdfBlock]
      : []),
  ];
}

export function handoutPdf(handout: HandoutText, created: Date): Promise<Uint8Array> {
  return renderPdf(handoutBlocks(handout), {
    title: handout.title,
    size: 12,
    footer: `Uitleg uit de Woonkansboom van Bureau Woonkans – ${handout.printed}`,
    created,
  });
}
