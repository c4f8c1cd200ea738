// GET /beheer/cijfers/cijfers.csv: the table of years for a spreadsheet, with
// numbers written the Dutch way (9,6) so a Dutch Excel reads them as numbers.
import { dutchNumber } from '../../../render/charts/chart-number.ts';
import { toCsv } from '../../../render/csv.ts';
import { walkOutcomes, type YearRow } from './figure-overview.ts';
import { figureTexts as t } from './figure-texts.ts';

const value = (number: number | null | undefined) =>
  number === null || number === undefined ? '' : dutchNumber(number).replaceAll('.', '');

export function figuresCsv(rows: readonly YearRow[]): string {
  return toCsv(
    [
      t.year,
      t.evictions,
      t.registrations,
      t.perHundred,
      ...walkOutcomes.map((outcome) => outcome.label),
      t.note,
    ],
    rows.map((row) => [
      row.year,
      value(row.figure?.evictions),
      value(row.figure?.registrations),
      value(row.perHundred),
      ...walkOutcomes.map((outcome) => value(row.walks[outcome.id])),
      row.figure?.note ?? '',
    ]),
  );
}
