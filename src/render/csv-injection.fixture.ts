// Formula injection checks for CSV exports (review D8), shared by the tests of every export.
import assert from 'node:assert/strict';

/** Cells as a careless spreadsheet sees them: split on the separator, quotes ignored. */
export function naiveCells(csv: string, separator: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^[ "]+/, ''));
}

export const hostileTexts = [
  '=HYPERLINK("x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  "Goed idee,=cmd|' /C calc'!A0",
  'Goed idee;=cmd',
  'Goed idee, =cmd',
  'Goed "=cmd"',
  'regel\n@SUM(A1)',
  'a\t+1',
];

export function assertNoFormula(csv: string, where: string): void {
  for (const separator of [',', ';', '\t']) {
    for (const cell of naiveCells(csv, separator))
      assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${where}, split on ${JSON.stringify(separator)}`);
  }
}
