// CSV for spreadsheets: UTF-8 with a byte-order mark and `;` as separator, so
// a Dutch Excel opens it with the right columns and accents; CRLF line ends.
// A cell that starts with = + - @ (or a tab/CR) gets a leading apostrophe, so
// a spreadsheet never runs it as a formula (CSV injection).

export type CsvCell = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Response headers for a CSV download named `fileName`. */
export function csvHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'no-store',
  };
}
