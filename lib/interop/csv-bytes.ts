/**
 * Spreadsheets as their bytes to a feed: each file is decoded the way Excel may
 * have saved it (csv-encoding.ts), a file that is not text is reported and left
 * out, and the rest go through `importCsvFiles`. `npm run feed:from-csv` and the
 * feed builder page both start here, so they report the same problems.
 *
 *   const result = importCsvBytes([{ name: 'activiteiten.csv', bytes }], { buurten: geojson });
 *   importReport(result, 'feed.json').lines;
 */
import { decodeCsvBytes } from './csv-encoding';
import { importCsvFiles } from './csv-import';
import type { ImportResult } from './finish-import';
import type { ImportContext } from './import-context';
import type { ImportProblem } from './import-problem';

export interface CsvBytes {
  /** File name, e.g. `activiteiten.csv`. */
  name: string;
  bytes: Uint8Array;
}

export function importCsvBytes(files: readonly CsvBytes[], context: ImportContext): ImportResult {
  const unreadable: ImportProblem[] = [];
  const decoded = files.flatMap(({ name, bytes }) => {
    const read = decodeCsvBytes(bytes);
    if (read.ok) return [{ name, text: read.text }];
    unreadable.push({ severity: 'error', file: name, reason: read.reason });
    return [];
  });
  const imported = importCsvFiles(decoded, context);
  return { ...imported, problems: [...unreadable, ...imported.problems] };
}
