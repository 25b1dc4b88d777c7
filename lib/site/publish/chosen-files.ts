/**
 * What the publisher dropped on the feed builder, sorted by what each file is:
 * spreadsheets (.csv), buurt or wijk boundaries (a GeoJSON FeatureCollection),
 * an existing kinderwerk feed, or HSDS / OpenActive documents. The content
 * decides, not only the name: a `buurten.json` is boundaries, an `export.json`
 * may be HSDS. Files we cannot read (an .xlsx) become problems with a way out.
 *
 *   const chosen = sortChosenFiles([{ name: 'activiteiten.csv', bytes }, { name: 'buurten.geojson', bytes }]);
 *   chosen.spreadsheets; // [{ name: 'activiteiten.csv', bytes }]
 */
import { parseFeedJson } from '../../feed/parse-json';
import type { CsvBytes } from '../../interop/csv-bytes';
import { detectFeedFormat } from '../../interop/detect-format';
import type { ImportProblem } from '../../interop/import-problem';
import { asArray, asRecord, asString, type SourceDocument } from '../../interop/json-read';
import type { SourceStandard } from '../../interop/fetch-source';

export interface BoundaryFile {
  name: string;
  json: unknown;
}

export interface ChosenFiles {
  spreadsheets: CsvBytes[];
  buurten?: BoundaryFile;
  wijken?: BoundaryFile;
  feed?: { name: string; json: unknown };
  documents: { standard: SourceStandard; document: SourceDocument }[];
  problems: ImportProblem[];
}

const SPREADSHEET_BINARIES = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** `buurten` when a feature has a buurt code, `wijken` for wijk codes only. */
function boundaryLevel(json: unknown): 'buurten' | 'wijken' | undefined {
  const root = asRecord(json);
  if (root?.type !== 'FeatureCollection') return undefined;
  const codes = (asArray(root.features) ?? []).map((feature) => JSON.stringify(asRecord(feature)?.properties ?? {}));
  if (codes.some((text) => /"BU\d{4}/.test(text))) return 'buurten';
  return codes.some((text) => /"WK\d{4}/.test(text)) ? 'wijken' : 'buurten';
}

export function sortChosenFiles(files: readonly CsvBytes[]): ChosenFiles {
  const chosen: ChosenFiles = { spreadsheets: [], documents: [], problems: [] };
  for (const file of files) {
    const name = file.name;
    if (/\.(csv|txt)$/i.test(name)) {
      chosen.spreadsheets.push(file);
      continue;
    }
    if (SPREADSHEET_BINARIES.test(name)) {
      chosen.problems.push({ severity: 'error', file: name, reason: 'this is a workbook, not a CSV file; it was not read. In your spreadsheet program choose "Save as" → "CSV UTF-8", one file per sheet, and choose those files' });
      continue;
    }
    const parsed = parseFeedJson(new TextDecoder().decode(file.bytes), name);
    if (!parsed.ok) {
      chosen.problems.push({ severity: 'error', file: name, reason: `${parsed.failure.message} Choose .csv spreadsheets, a .geojson with buurten, or a .json feed` });
      continue;
    }
    const level = boundaryLevel(parsed.value);
    const format = level ? undefined : detectFeedFormat(parsed.value);
    if (level) chosen[level] = { name, json: parsed.value };
    else if (format === 'kinderwerk') chosen.feed = { name, json: parsed.value };
    else if (format === 'hsds' || format === 'openactive') chosen.documents.push({ standard: format, document: { name, json: parsed.value } });
    else {
      const kind = asString(asRecord(parsed.value)?.type) ?? 'JSON';
      chosen.problems.push({ severity: 'error', file: name, reason: `${kind} that is not a kinderwerk feed, HSDS, OpenActive or GeoJSON with buurten; it was not read` });
    }
  }
  return chosen;
}
