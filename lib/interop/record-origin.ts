/**
 * Where each imported record came from, so a problem found later (by the record
 * check or by feed validation) is reported at the publisher's own source: the
 * spreadsheet file, row and column, or the path and id in an HSDS or OpenActive
 * document.
 *
 *   origins.set('activities', 'knutselclub', { file: 'activiteiten.csv', row: 4, columns: { ageRange: 'leeftijd' } });
 *   origins.place('activities', 'knutselclub', 'ageRange.max');
 *   // { file: 'activiteiten.csv', row: 4, column: 'leeftijd' }
 */
import type { RecordKind } from '../feed/schema';
import type { ImportProblem } from './import-problem';

export interface RecordOrigin {
  file?: string;
  row?: number;
  /** Spreadsheet: feed field path -> column header, e.g. `{ 'join.method': 'aanmelden' }`. */
  columns?: Record<string, string>;
  /** JSON source: path of the source record, e.g. `contents[3]`. */
  path?: string;
  /** JSON source: the record's id in the source (ours may be shortened). */
  sourceId?: string;
}

export type ProblemPlace = Pick<ImportProblem, 'file' | 'row' | 'column' | 'path' | 'id'>;

/** The column filling `field` or the closest parent field: `ageRange.max` -> the `ageRange` column. */
function columnFor(columns: Record<string, string>, field: string): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [path, header] of Object.entries(columns)) {
    const matches = field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`) || path.startsWith(`${field}.`);
    if (matches && path.length > bestLength) {
      best = header;
      bestLength = path.length;
    }
  }
  return best;
}

export class RecordOrigins {
  private readonly byKey = new Map<string, RecordOrigin>();

  set(kind: RecordKind, id: string, origin: RecordOrigin): void {
    this.byKey.set(`${kind}:${id}`, origin);
  }

  get(kind: RecordKind, id: string): RecordOrigin | undefined {
    return this.byKey.get(`${kind}:${id}`);
  }

  /** The place of a record, or of one field in it (a feed path below the record, like `ageRange.max`). */
  place(kind: RecordKind, id: string, field?: string): ProblemPlace {
    const origin = this.get(kind, id);
    if (!origin) return { path: `${kind} (id ${id})` };
    if (origin.row !== undefined) {
      const column = field && origin.columns ? columnFor(origin.columns, field) : undefined;
      return { file: origin.file, row: origin.row, ...(column ? { column } : {}) };
    }
    return { ...(origin.file ? { file: origin.file } : {}), path: origin.path, id: origin.sourceId ?? id };
  }
}
