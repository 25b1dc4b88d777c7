/**
 * A small RFC 4180 CSV reader for spreadsheets saved as CSV: quoted cells with
 * `""` escapes and line breaks, a byte order mark, CRLF or LF line ends, and
 * either `,` or `;` as delimiter (Dutch Excel writes `;` because `,` is the
 * decimal separator there).
 *
 *   const table = parseCsv('naam;leeftijd\r\n"Club ""De Vonk""";6-12\r\n');
 *   table.header;            // ['naam', 'leeftijd']
 *   table.rows[0].cells;     // ['Club "De Vonk"', '6-12']
 *   table.rows[0].row;       // 2: the row number a spreadsheet shows (header = 1)
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  header: string[];
  /** Data rows; rows with only empty cells are left out (their numbers are skipped, not reused). */
  rows: CsvRow[];
  /** Set when a quoted cell is never closed: everything after `unclosedQuoteRow` was read as one cell. */
  unclosedQuoteRow?: number;
}

const BOM = '\uFEFF';

/**
 * The delimiter used on the first line, counting only outside quotes. A header
 * like `naam;omschrijving, kort` is `;`-separated even though it holds a comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Splits CSV text into records of cells. Each record knows the spreadsheet row it came from. */
function readRecords(text: string, delimiter: CsvDelimiter): { records: CsvRow[]; unclosedQuoteRow?: number } {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteStartedOnRecord = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: records.length + 1, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i++;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      // A quote opens a quoted cell only at its start (spaces before it are dropped).
      cell = '';
      quoted = true;
      quoteStartedOnRecord = records.length + 1;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += char;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0 || quoted) endRecord();
  return { records, unclosedQuoteRow: quoted ? quoteStartedOnRecord : undefined };
}

export function parseCsv(text: string, delimiter?: CsvDelimiter): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const used = delimiter ?? detectDelimiter(body);
  const { records, unclosedQuoteRow } = readRecords(body, used);
  const [first, ...rest] = records;
  const header = (first?.cells ?? []).map((name) => name.trim());
  const rows = rest.filter((record) => record.cells.some((value) => value.trim() !== ''));
  return { delimiter: used, header, rows, unclosedQuoteRow };
}
