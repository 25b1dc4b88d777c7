/**
 * Writing a spreadsheet file that Dutch Excel opens right: UTF-8 with a byte order
 * mark, `;` between cells, CRLF line ends, quotes only where needed, and no cell
 * that a spreadsheet would run as a formula (CSV injection): a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
 *
 *   csvText([['naam', 'kinderen'], ['=HYPERLINK("x")', '480']]);
 *   // '\uFEFFnaam;kinderen\r\n"\'=HYPERLINK(""x"")";480\r\n'
 */

export const CSV_SEPARATOR = ';';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: a byte order mark, then every row (the first is the header) ending in CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}
