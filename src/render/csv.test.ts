import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvHeaders, toCsv } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
    const csv = toCsv(['jaar', 'aantal'], [[2022, 39]]);
    assert.equal(csv, '\uFEFFjaar;aantal\r\n2022;39\r\n');
  });

  it('quotes cells with separators, quotes or line breaks and keeps accents', () => {
    const csv = toCsv(['toelichting'], [['Eén; "goed"\nnieuwe regel']]);
    assert.equal(csv, '\uFEFFtoelichting\r\n"Eén; ""goed""\nnieuwe regel"\r\n');
  });

  it('never lets a text cell start a formula', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['=HYPERLINK("x")', '+1', '@SUM(A1)'],
        ['-2', 3, null],
      ],
    );
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[1], `"'=HYPERLINK(""x"")";'+1;'@SUM(A1)`);
    assert.equal(lines[2], "'-2;3;");
  });

  it('offers a safe download file name', () => {
    assert.equal(
      csvHeaders('ronde 1/"x".csv')['Content-Disposition'],
      'attachment; filename="ronde_1__x_.csv"',
    );
  });
});
