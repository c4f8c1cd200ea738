// A period written as a literal word where a parameter exists (SPEC §11):
// "minimaal drie maanden achterstand" does not follow when the beheerder
// changes {{achterstand_maanden}}. A warning, not an error: the text may mean
// another period with the same length. Verbatim texts are exempt: a line
// written as a quote (Markdown "> ", e.g. a thesis quote) is kept as written.
import type { CalendarUnit, Tree } from '../tree/tree.ts';
import { treeTexts } from '../tree/tree-texts.ts';
import type { Report } from './tree-problem.ts';

const numberWords: Record<string, number> = {
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
};

const unitWords: Record<string, CalendarUnit> = {
  jaar: 'years',
  jaren: 'years',
  maand: 'months',
  maanden: 'months',
  week: 'weeks',
  weken: 'weeks',
  dag: 'days',
  dagen: 'days',
};

const periodPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d+|${Object.keys(numberWords).join('|')})\\s+(${Object.keys(unitWords).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

export interface LiteralPeriod {
  /** As written: "drie maanden". */
  words: string;
  value: number;
  unit: CalendarUnit;
}

/** The periods written out in a text, quoted lines ("> ") left out. */
export function literalPeriods(text: string): LiteralPeriod[] {
  const found: LiteralPeriod[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*>/.test(line)) continue;
    for (const match of line.matchAll(periodPattern)) {
      const [words, amount = '', unitWord = ''] = match;
      const value = /^\d+$/.test(amount) ? Number(amount) : numberWords[amount.toLowerCase()];
      const unit = unitWords[unitWord.toLowerCase()];
      if (value === undefined || unit === undefined) continue;
      found.push({ words, value, unit });
    }
  }
  return found;
}

export function checkLiteralPeriods(tree: Tree, report: Report): void {
  const parameters = Object.entries(tree.parameters);
  for (const { path, nodeId, text } of treeTexts(tree)) {
    for (const period of literalPeriods(text)) {
      const names = parameters
        .filter(
          ([, parameter]) => parameter.value === period.value && parameter.unit === period.unit,
        )
        .map(([name]) => `{{${name}}}`);
      if (names.length === 0) continue;
      report({
        severity: 'warning',
        code: 'literal-period',
        path,
        ...(nodeId && { nodeId }),
        message: `De tekst bij ${path} noemt "${period.words}" als woord. Daarvoor is een parameter: schrijf ${names.join(' of ')}, dan verandert de tekst mee als de periode verandert. Is het een letterlijk citaat? Zet de regel dan als citaat (begin met "> ").`,
      });
    }
  }
}
