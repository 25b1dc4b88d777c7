import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../lib/interop/csv-parse';

describe('parseCsv', () => {
  it('reads a Dutch Excel file: byte order mark, semicolons, CRLF and a decimal comma', () => {
    const table = parseCsv('\uFEFFnaam;breedtegraad\r\nDe Schakel;52,335\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['naam', 'breedtegraad']);
    expect(table.rows).toEqual([{ row: 2, cells: ['De Schakel', '52,335'] }]);
  });

  it('reads comma-separated files with quoted cells holding commas, quotes and line breaks', () => {
    const table = parseCsv('naam,omschrijving\n"Club ""De Vonk""","Knutselen, tekenen\nen spelen"\nVoetbal,Buiten\n');
    expect(table.delimiter).toBe(',');
    expect(table.rows[0].cells).toEqual(['Club "De Vonk"', 'Knutselen, tekenen\nen spelen']);
    // A cell with a line break is still one spreadsheet row, so the next record is row 3.
    expect(table.rows[1]).toEqual({ row: 3, cells: ['Voetbal', 'Buiten'] });
  });

  it('keeps spreadsheet row numbers when empty rows are skipped', () => {
    const table = parseCsv('naam;leeftijd\n;\nKnutselclub;6-12\n\n');
    expect(table.rows).toEqual([{ row: 3, cells: ['Knutselclub', '6-12'] }]);
  });

  it('reads a last line without a line break and empty trailing cells', () => {
    expect(parseCsv('a;b;c\n1;;').rows).toEqual([{ row: 2, cells: ['1', '', ''] }]);
  });

  it('reports the row where a quote is opened and never closed', () => {
    const table = parseCsv('naam;omschrijving\nA;"open\nB;dicht\n');
    expect(table.unclosedQuoteRow).toBe(2);
  });

  it('detects the delimiter from the header line only, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('"naam, kort";leeftijd\nx,y,z,w')).toBe(';');
    expect(detectDelimiter('naam,leeftijd,kosten')).toBe(',');
    expect(detectDelimiter('naam\tleeftijd')).toBe('\t');
  });
});
