import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CsvSeparator, csvHeaders, toCsv } from './csv.ts';
import { assertNoFormula, hostileTexts } from './csv-injection.fixture.ts';

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
    const csv = toCsv(['jaar', 'aantal'], [[2022, 39]]);
    assert.equal(csv, '\uFEFFjaar;aantal\r\n2022;39\r\n');
  });

  it('quotes cells with the separator, quotes, tabs or line breaks and keeps accents', () => {
    const csv = toCsv(['toelichting', 'b'], [['Eén; "goed"\nnieuwe regel', '9,6']]);
    assert.equal(csv, '\uFEFFtoelichting;b\r\n"Eén; ""goed""\nnieuwe regel";9,6\r\n');
    assert.equal(toCsv(['a', 'b'], [['9,6', 'x;y']], ','), '\uFEFFa,b\r\n"9,6",x;y\r\n');
  });

  it('never lets a text cell start a formula', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['=HYPERLINK("x")', '+1', '@SUM(A1)'],
        ['-2', -3, null],
      ],
    );
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[1], `"'=HYPERLINK(""x"")";'+1;'@SUM(A1)`);
    assert.equal(lines[2], "'-2;-3;");
  });

  for (const separator of [';', ','] as CsvSeparator[]) {
    it(`neutralises a formula after a separator or quote inside a cell (${separator})`, () => {
      const csv = toCsv(['tekst'], [...hostileTexts.map((text) => [text])], separator);
      assertNoFormula(csv, `separator ${separator}`);
      assert.ok(csv.includes("Goed idee,'=cmd"), 'the payload of review D8');
    });
  }

  it('offers a safe download file name', () => {
    assert.equal(
      csvHeaders('ronde 1/"x".csv')['Content-Disposition'],
      'attachment; filename="ronde_1__x_.csv"',
    );
  });
});
