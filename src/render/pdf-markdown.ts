// Content Markdown -> PDF blocks: paragraphs, headings and (nested) lists with
// bold runs. The same subset the HTML sanitiser lets through (markdown.ts);
// links print as their text with the address after it, and both are a link
// in the PDF when the address has a scheme the HTML allows too.
import { Lexer, type Token, type Tokens } from 'marked';
import type { PdfBlock, TextRun } from './pdf-document.ts';

/** The schemes the HTML sanitiser allows in a link (markdown.ts). */
const linkable = /^(https:\/\/|mailto:|tel:)/;

function inlineRuns(tokens: Token[] | undefined, bold = false): TextRun[] {
  return (tokens ?? []).flatMap((token): TextRun[] => {
    switch (token.type) {
      case 'strong':
        return inlineRuns((token as Tokens.Strong).tokens, true);
      case 'em':
      case 'del':
        return inlineRuns((token as Tokens.Em).tokens, bold);
      case 'link': {
        const link = token as Tokens.Link;
        const href = linkable.test(link.href) ? { link: link.href } : {};
        const text = inlineRuns(link.tokens, bold).map((run) => ({ ...run, ...href }));
        const shown = text.map((run) => run.text).join('');
        const address = link.href.replace(linkable, '');
        return shown === address
          ? text
          : [...text, { text: ' (', bold }, { text: address, bold, ...href }, { text: ')', bold }];
      }
      case 'br':
        return [{ text: ' ', bold }];
      case 'html':
        return [];
      case 'text':
        if ('tokens' in token && token.tokens) return inlineRuns(token.tokens, bold);
        return [{ text: token.text, bold }];
      default:
        return 'text' in token ? [{ text: String(token.text), bold }] : [];
    }
  });
}

function listBlocks(list: Tokens.List, depth: number): PdfBlock[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items.flatMap((item, index) => {
    const marker = list.ordered ? `${start + index}.` : depth === 0 ? '•' : '–';
    const blocks: PdfBlock[] = [];
    let first = true;
    for (const token of item.tokens) {
      if (token.type === 'list') {
        blocks.push(...listBlocks(token as Tokens.List, depth + 1));
        continue;
      }
      const runs = inlineRuns('tokens' in token ? token.tokens : undefined);
      if (runs.length === 0) continue;
      blocks.push({ kind: 'item', marker: first ? marker : '', runs, depth });
      first = false;
    }
    return blocks;
  });
}

export function markdownBlocks(markdown: string): PdfBlock[] {
  return new Lexer().lex(markdown).flatMap((token): PdfBlock[] => {
    switch (token.type) {
      case 'paragraph':
        return [{ kind: 'paragraph', runs: inlineRuns((token as Tokens.Paragraph).tokens) }];
      case 'heading': {
        const heading = token as Tokens.Heading;
        const text = inlineRuns(heading.tokens)
          .map((run) => run.text)
          .join('');
        return [{ kind: heading.depth <= 2 ? 'heading' : 'subheading', text }];
      }
      case 'list':
        return listBlocks(token as Tokens.List, 0);
      default:
        return [];
    }
  });
}

/** One paragraph's runs, for a text shown inline (a step text after its title). */
export function markdownRuns(markdown: string): TextRun[] {
  return markdownBlocks(markdown).flatMap((block, index) => {
    const runs = 'runs' in block ? block.runs : 'text' in block ? [{ text: block.text }] : [];
    return index === 0 ? runs : [{ text: ' ' }, ...runs];
  });
}
