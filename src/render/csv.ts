// CSV for spreadsheets: UTF-8 with a byte-order mark and `;` as separator, so
// a Dutch Excel opens it with the right columns and accents; CRLF line ends.
//
// CSV injection (review D8): a spreadsheet runs a cell that starts with
// = + - @ (or a tab/CR) as a formula. A cell with the separator, a quote, a
// tab or a line break is quoted, and an apostrophe goes before a formula character at the start and after each
// `,` `;` `"`, tab or line break (spaces between allowed): a spreadsheet that
// splits on `,` or `;` regardless of quotes still never starts a cell with a
// formula. The cost: "idee, -zo" reads "idee, '-zo" in the export.

export type CsvCell = string | number | null | undefined;
export type CsvSeparator = ';' | ',';

const formulaStart = /^[=+\-@\t\r]/;
const formulaAfterBreak = /([,;"\t\r\n] *)(?=[=+\-@])/g;

/** The text as it may stand in a spreadsheet cell: never the start of a formula. */
export function neutralisedCell(text: string): string {
  const inside = text.replace(formulaAfterBreak, "$1'");
  return formulaStart.test(inside) ? `'${inside}` : inside;
}

const needsQuotes: Record<CsvSeparator, RegExp> = { ';': /[";\t\r\n]/, ',': /[",\t\r\n]/ };

function cell(value: CsvCell, separator: CsvSeparator): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutralisedCell(value);
  return needsQuotes[separator].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][], separator: CsvSeparator = ';'): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** Response headers for a CSV download named `fileName`. */
export function csvHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'no-store',
  };
}
