/**
 * Reads one spreadsheet (already split by csv-parse) into draft feed records:
 * matches the headers to the known columns, reads every cell, and reports each
 * cell it cannot read at its file, row and column. A row with an unreadable
 * required cell is left out; an unreadable optional cell is left empty.
 *
 *   const { drafts, problems } = readRows(parseCsv(text), CSV_FILES.activities, 'activiteiten.csv');
 */
import { findColumn, type CsvColumn, type CsvFileSpec } from './csv-columns';
import type { CsvTable } from './csv-parse';
import { takeOrReport, type ImportProblem } from './import-problem';

export interface DraftRow {
  row: number;
  /** The record as far as it could be read; nested fields set from dotted paths (`join.method`). */
  record: Record<string, unknown>;
  /** Feed field -> the header as written in this file, for problems found later. */
  columns: Record<string, string>;
}

export interface RowsRead {
  drafts: DraftRow[];
  problems: ImportProblem[];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/** The longest cell read; the longest text of the feed (a description) has 4,000 characters. */
const MAX_CELL = 10_000;

interface MappedColumn {
  index: number;
  header: string;
  column: CsvColumn;
}

function mapHeader(table: CsvTable, spec: CsvFileSpec, file: string, problems: ImportProblem[]): MappedColumn[] | undefined {
  const mapped: MappedColumn[] = [];
  table.header.forEach((header, index) => {
    if (header === '') return;
    const column = findColumn(spec, header);
    if (!column) {
      problems.push({
        severity: 'warning', file, row: 1, column: header,
        reason: `unknown column, ignored; the columns of ${spec.file} are: ${spec.columns.map((c) => c.header).join(', ')}`,
      });
    } else if (mapped.some((m) => m.column === column)) {
      problems.push({ severity: 'warning', file, row: 1, column: header, reason: `this column repeats "${mapped.find((m) => m.column === column)?.header}"; only the first is read` });
    } else {
      mapped.push({ index, header, column });
    }
  });
  const missing = spec.columns.filter((column) => column.required && !mapped.some((m) => m.column === column));
  for (const column of missing) {
    problems.push({
      severity: 'error', file, row: 1, column: column.header,
      reason: `this required column is missing; add a column "${column.header}" (see public/templates/${spec.file}). No rows of this file were read`,
    });
  }
  return missing.length > 0 ? undefined : mapped;
}

/** One row as a draft record, or undefined when a required cell is empty or unreadable (reported). */
function readRow(row: number, cells: readonly string[], table: CsvTable, mapped: readonly MappedColumn[], file: string, problems: ImportProblem[]): DraftRow | undefined {
  const record: Record<string, unknown> = {};
  const columns: Record<string, string> = {};
  let usable = true;
  for (const { index, header, column } of mapped) {
    columns[column.field] = header;
    const cell = (cells[index] ?? '').trim();
    if (cell === '') {
      if (column.required) {
        problems.push({ severity: 'error', file, row, column: header, reason: `empty; fill it in (e.g. ${column.example || 'see the template'}). This row was left out` });
        usable = false;
      }
      continue;
    }
    const tooLong = `this cell holds ${cell.length.toLocaleString('en')} characters, more than the ${MAX_CELL.toLocaleString('en')} a cell may have; shorten it`;
    const parsed = cell.length > MAX_CELL ? { ok: false as const, reason: tooLong } : column.read(cell);
    if (parsed.ok) {
      setPath(record, column.field, parsed.value);
      if (parsed.warning) problems.push({ severity: 'warning', file, row, column: header, reason: parsed.warning });
    } else if (column.required) {
      problems.push({ severity: 'error', file, row, column: header, reason: `${parsed.reason}. This row was left out` });
      usable = false;
    } else {
      problems.push({ severity: 'warning', file, row, column: header, reason: `${parsed.reason}. The cell was ignored` });
    }
  }
  if (cells.length > table.header.length && cells.slice(table.header.length).some((cell) => cell.trim() !== '')) {
    problems.push({
      severity: 'warning', file, row,
      reason: `this row has more cells than the header has columns (${cells.length} instead of ${table.header.length}); the extra cells were ignored. A ${table.delimiter === ';' ? 'semicolon' : 'comma'} inside a cell needs quotes around the cell`,
    });
  }
  return usable ? { row, record, columns } : undefined;
}

export function readRows(table: CsvTable, spec: CsvFileSpec, file: string): RowsRead {
  const problems: ImportProblem[] = [];
  if (table.unclosedQuoteRow !== undefined) {
    problems.push({
      severity: 'error', file, row: table.unclosedQuoteRow,
      reason: 'a cell starts with a quote (") that is never closed, so the rest of the file was read as one cell; close the quote or remove it',
    });
  }
  const mapped = mapHeader(table, spec, file, problems);
  if (!mapped) return { drafts: [], problems };
  const drafts: DraftRow[] = [];
  for (const { row, cells } of table.rows) {
    takeOrReport(
      () => {
        const draft = readRow(row, cells, table, mapped, file, problems);
        if (draft) drafts.push(draft);
      },
      (reason) => problems.push({ severity: 'error', file, row, reason }),
    );
  }
  return { drafts, problems };
}
