/**
 * Spreadsheet rows point at each other by id or by name ("locatie: Buurthuis De
 * Schakel"). This resolves such a cell to the id of a record of the other kind,
 * accepting the id itself or the record's exact name (case and accents ignored),
 * and says why when the row it points at did not make it into the feed.
 *
 *   const locations = referenceTable(sheet.rows, keptIds, hiddenIds, 'locaties.csv');
 *   locations.resolve('buurthuis de schakel'); // { id: 'buurthuis-de-schakel' }
 */
import type { DraftRow } from './csv-rows';

/** `hidden`: the row is left out on purpose (a contact without consent); references to it vanish quietly. */
export type Resolution = { id: string } | { hidden: true } | { reason: string };

export interface ReferenceTable {
  resolve(text: string): Resolution;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function referenceTable(
  rows: readonly DraftRow[],
  keptIds: ReadonlySet<string>,
  hiddenIds: ReadonlySet<string>,
  file: string,
): ReferenceTable {
  const byId = new Map(rows.map((row) => [String(row.record.id), row]));
  const byName = new Map<string, DraftRow[]>();
  for (const row of rows) {
    const name = typeof row.record.name === 'string' ? fold(row.record.name) : '';
    if (!name) continue;
    const named = byName.get(name);
    if (named) named.push(row);
    else byName.set(name, [row]);
  }
  const outcome = (row: DraftRow): Resolution => {
    const id = String(row.record.id);
    if (keptIds.has(id)) return { id };
    if (hiddenIds.has(id)) return { hidden: true };
    return { reason: `"${String(row.record.name ?? id)}" (${file} row ${row.row}) was left out because of its own problems; fix that row first` };
  };
  return {
    resolve(text) {
      const value = text.trim();
      const exact = byId.get(value);
      if (exact) return outcome(exact);
      const named = byName.get(fold(value)) ?? [];
      if (named.length === 1) return outcome(named[0]);
      if (named.length > 1) {
        return { reason: `"${value}" is the name of ${named.length} rows in ${file} (rows ${named.map((r) => r.row).join(', ')}); use the id instead` };
      }
      return { reason: `"${value}" is not an id or name in ${file}; use the id or the exact name of a row there` };
    },
  };
}
