/**
 * Spreadsheets to a feed: one CSV per kind (organisaties, locaties, activiteiten,
 * huiskamers, contactpersonen, and optionally gegevens for the metadata), with
 * Dutch headers and values written the way people write them. Every problem
 * names the file, the spreadsheet row (header = row 1) and the column, and says
 * how to fix it; rows without problems always come through.
 *
 *   const result = importCsvFiles([{ name: 'activiteiten.csv', text }, ...], {
 *     municipality: { code: 'GM0034', name: 'Almere' }, buurten: geojson,
 *   });
 *   result.feed;      // the feed, or undefined when none could be made
 *   result.problems;  // [{ severity, file, row, column, reason }]
 */
import { RECORD_KINDS, type RecordKind } from '../feed/schema';
import { CSV_FILES, META_FILE, type CsvFileSpec } from './csv-columns';
import {
  completeActivity, completeHuiskamer, completeLocation, completeReach, completeStaffing, type RowReporter,
} from './csv-complete';
import { parseCsv } from './csv-parse';
import { referenceTable, type ReferenceTable } from './csv-references';
import { readRows, type DraftRow } from './csv-rows';
import { emptyRecords, finishImport, type DraftRecords, type ImportResult } from './finish-import';
import { buildFrame, type BuurtIndex, type ImportContext } from './import-context';
import { takeOrReport, type ImportProblem } from './import-problem';
import { checkRecord } from './record-check';
import { IdAllocator } from './record-ids';
import { RecordOrigins } from './record-origin';

export interface CsvFile {
  /** File name, e.g. `activiteiten.csv` (a path is fine; only the last part counts). */
  name: string;
  text: string;
}

interface Sheet {
  file: string;
  rows: DraftRow[];
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

function specMatches(spec: CsvFileSpec, name: string): boolean {
  const lower = baseName(name).toLowerCase();
  return [spec.file, ...spec.aliases].includes(lower);
}

function readSheet(file: CsvFile, spec: CsvFileSpec, problems: ImportProblem[]): Sheet {
  const { drafts, problems: found } = readRows(parseCsv(file.text), spec, baseName(file.name));
  problems.push(...found);
  return { file: baseName(file.name), rows: drafts };
}

/** gegevens.csv fills what the command-line arguments leave open. */
function contextWithMetaFile(context: ImportContext, meta: Record<string, unknown>): ImportContext {
  const text = (key: string) => (typeof meta[key] === 'string' ? (meta[key] as string) : undefined);
  return {
    ...context,
    municipality: {
      code: context.municipality?.code ?? text('municipalityCode'),
      name: context.municipality?.name ?? text('municipalityName'),
    },
    publisher: {
      name: context.publisher?.name ?? text('publisherName'),
      url: context.publisher?.url ?? text('publisherUrl'),
      email: context.publisher?.email ?? text('publisherEmail'),
    },
    license: context.license ?? text('license'),
    licenseUrl: context.licenseUrl ?? text('licenseUrl'),
    boundaryAttribution: context.boundaryAttribution ?? text('boundaryAttribution'),
  };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Gives every row an id (its own, or one made from its name) and notes where it came from. */
function assignIds(kind: RecordKind, sheet: Sheet, origins: RecordOrigins, today: string, problems: ImportProblem[]): DraftRow[] {
  const ids = new IdAllocator();
  const firstRowOf = new Map<string, number>();
  const undated: number[] = [];
  const kept: DraftRow[] = [];
  for (const row of sheet.rows) {
    const own = row.record.id as string | undefined;
    if (own !== undefined && !ids.claim(own)) {
      problems.push({ severity: 'error', file: sheet.file, row: row.row, column: row.columns.id, reason: `id "${own}" is already used in row ${firstRowOf.get(own)}; give each row its own id. This row was left out` });
      continue;
    }
    // A story has a title where other records have a name.
    const id = own ?? ids.fresh(String(row.record.name ?? row.record.title ?? ''), `${kind}-${row.row}`);
    firstRowOf.set(id, row.row);
    row.record.id = id;
    if (row.record.lastVerified === undefined) {
      row.record.lastVerified = today;
      undated.push(row.row);
    }
    origins.set(kind, id, { file: sheet.file, row: row.row, columns: row.columns });
    kept.push(row);
  }
  if (undated.length > 0) {
    problems.push({
      severity: 'warning', file: sheet.file, column: 'laatst_gecontroleerd',
      // A date that could not be read was reported at its cell already; it is no "empty" cell.
      reason: `no date in row${undated.length > 1 ? 's' : ''} ${undated.join(', ')} (empty, or not a date); used today (${today}). Fill in the date someone last checked each row`,
    });
  }
  return kept;
}

interface Resolver {
  organizations?: ReferenceTable;
  locations?: ReferenceTable;
  contacts?: ReferenceTable;
  activities?: ReferenceTable;
  huiskamers?: ReferenceTable;
}

const NO_FILE = (file: string) => ({ resolve: () => ({ reason: `there is no ${file} to look this up in` }) });

/** Replaces names in reference cells by ids. Returns false when the row cannot stand without the reference. */
function resolveReferences(row: DraftRow, resolver: Resolver, report: RowReporter): boolean {
  const { record } = row;
  if (typeof record.organizationId === 'string') {
    const found = (resolver.organizations ?? NO_FILE(CSV_FILES.organizations.file)).resolve(record.organizationId);
    if ('id' in found) record.organizationId = found.id;
    else {
      delete record.organizationId;
      if ('reason' in found) report('warning', `${found.reason}. The organisation was left out`, 'organizationId');
    }
  }
  if (typeof record.locationId === 'string') {
    const found = (resolver.locations ?? NO_FILE(CSV_FILES.locations.file)).resolve(record.locationId);
    if ('id' in found) record.locationId = found.id;
    else {
      const servesBuurten = Array.isArray(record.servesBuurten) && record.servesBuurten.length > 0;
      delete record.locationId;
      const reason = 'reason' in found ? found.reason : 'the location was left out';
      report(servesBuurten ? 'warning' : 'error', `${reason}${servesBuurten ? '. The location was left out; the buurten are kept' : '. This row was left out'}`, 'locationId');
      if (!servesBuurten) return false;
    }
  }
  if (Array.isArray(record.contactIds)) {
    const ids: string[] = [];
    for (const text of record.contactIds as string[]) {
      const found = (resolver.contacts ?? NO_FILE(CSV_FILES.contacts.file)).resolve(text);
      if ('id' in found) ids.push(found.id);
      else if ('reason' in found) report('warning', `${found.reason}. This contact was left out`, 'contactIds');
    }
    if (ids.length > 0) record.contactIds = ids;
    else delete record.contactIds;
  }
  resolvePartners(record, resolver, report);
  for (const [field, kind] of [['activityId', 'activities'], ['huiskamerId', 'huiskamers']] as const) {
    if (typeof record[field] !== 'string') continue;
    const found = (resolver[kind] ?? NO_FILE(CSV_FILES[kind].file)).resolve(record[field]);
    if ('id' in found) record[field] = found.id;
    else {
      delete record[field];
      if ('reason' in found) report('warning', `${found.reason}. The link was left out; the story is kept`, field);
    }
  }
  return true;
}

/** Partners name an organization of organisaties.csv, by id or name; one that is not there is left out. */
function resolvePartners(record: Record<string, unknown>, resolver: Resolver, report: RowReporter): void {
  if (!Array.isArray(record.partners)) return;
  const partners: { organizationId: string; type: string }[] = [];
  for (const partner of record.partners as { organizationId: string; type: string }[]) {
    const found = (resolver.organizations ?? NO_FILE(CSV_FILES.organizations.file)).resolve(partner.organizationId);
    if ('id' in found) partners.push({ ...partner, organizationId: found.id });
    else if ('reason' in found) report('warning', `${found.reason}. This partner was left out`, 'partners');
  }
  if (partners.length > 0) record.partners = partners;
  else delete record.partners;
}

/** Problems about a field name the column this file uses for it, or the template's header when the file lacks it. */
function reporterFor(sheet: Sheet, spec: CsvFileSpec, row: DraftRow, problems: ImportProblem[]): RowReporter {
  return (severity, reason, field) => {
    const column = field ? (row.columns[field] ?? spec.columns.find((c) => c.field === field)?.header) : undefined;
    problems.push({ severity, file: sheet.file, row: row.row, ...(column ? { column } : {}), reason });
  };
}

interface Work {
  sheets: Partial<Record<RecordKind, Sheet>>;
  records: DraftRecords;
  origins: RecordOrigins;
  buurten: BuurtIndex;
  today: string;
  problems: ImportProblem[];
  /** Contacts left out on purpose (no consent to publish). */
  hiddenContacts: Set<string>;
}

/** Completes, resolves and checks one row; when it passes, it joins the feed. */
function takeRow(kind: RecordKind, row: DraftRow, work: Work, resolver: Resolver, report: RowReporter): void {
  if (kind === 'contacts' && row.record.publicationConsent === false) {
    work.hiddenContacts.add(String(row.record.id));
    report('warning', 'not published: this person did not consent (toestemming_publicatie is nee), so their details stay out of the feed', 'publicationConsent');
    return;
  }
  if (kind === 'stories' && row.record.publicationConsent === false) {
    report('warning', 'not published: there is no consent to publish this story (toestemming_publicatie is nee), so it stays out of the feed', 'publicationConsent');
    return;
  }
  if (kind === 'organizations') completeStaffing(row, work.today, report);
  if (kind === 'activities' || kind === 'huiskamers') completeReach(row, report);
  if (kind === 'locations' && !completeLocation(row, work.buurten, report)) return;
  if (kind === 'activities') completeActivity(row, report);
  if (kind === 'huiskamers') completeHuiskamer(row, work.today, report);
  if (!resolveReferences(row, resolver, report)) return;
  const found = checkRecord(kind, row.record, work.origins);
  work.problems.push(...found);
  if (!found.some((problem) => problem.severity === 'error')) work.records[kind].push(row.record);
}

function takeRows(kind: RecordKind, work: Work, resolver: Resolver): void {
  const sheet = work.sheets[kind];
  if (!sheet) return;
  for (const row of sheet.rows) {
    const report = reporterFor(sheet, CSV_FILES[kind], row, work.problems);
    takeOrReport(() => takeRow(kind, row, work, resolver, report), (reason) => report('error', reason));
  }
}

export function importCsvFiles(files: readonly CsvFile[], context: ImportContext): ImportResult {
  const problems: ImportProblem[] = [];
  const sheets: Partial<Record<RecordKind, Sheet>> = {};
  let metaValues: Record<string, unknown> = {};
  for (const file of files) {
    if (specMatches(META_FILE, file.name)) {
      metaValues = readSheet(file, META_FILE, problems).rows[0]?.record ?? {};
      continue;
    }
    const kind = RECORD_KINDS.find((k) => specMatches(CSV_FILES[k], file.name));
    if (kind) sheets[kind] = readSheet(file, CSV_FILES[kind], problems);
    else problems.push({ severity: 'warning', file: baseName(file.name), reason: `not a known file, ignored; the files are ${[...RECORD_KINDS.map((k) => CSV_FILES[k].file), META_FILE.file].join(', ')}` });
  }
  if (Object.keys(sheets).length === 0) {
    problems.push({ severity: 'error', reason: `no spreadsheets found; save them as CSV with the names ${RECORD_KINDS.map((k) => CSV_FILES[k].file).join(', ')} (templates in public/templates/)` });
  }

  const fullContext = contextWithMetaFile(context, metaValues);
  const frame = buildFrame(fullContext);
  const today = localDay(fullContext.now ?? new Date());
  const origins = new RecordOrigins();
  for (const kind of RECORD_KINDS) {
    const sheet = sheets[kind];
    if (sheet) sheet.rows = assignIds(kind, sheet, origins, today, problems);
  }

  const work: Work = { sheets, records: emptyRecords(), origins, buurten: frame.buurten, today, problems, hiddenContacts: new Set() };
  const tableOf = (kind: 'organizations' | 'locations' | 'contacts' | 'activities' | 'huiskamers') => {
    const sheet = sheets[kind];
    const kept = new Set(work.records[kind].map((record) => String(record.id)));
    return sheet && referenceTable(sheet.rows, kept, work.hiddenContacts, sheet.file);
  };
  const resolver: Resolver = {};
  takeRows('organizations', work, resolver);
  resolver.organizations = tableOf('organizations');
  takeRows('locations', work, resolver);
  takeRows('contacts', work, resolver);
  resolver.locations = tableOf('locations');
  resolver.contacts = tableOf('contacts');
  takeRows('activities', work, resolver);
  takeRows('huiskamers', work, resolver);
  resolver.activities = tableOf('activities');
  resolver.huiskamers = tableOf('huiskamers');
  takeRows('stories', work, resolver);

  return finishImport({ frame, records: work.records, origins, problems, skipValidation: fullContext.skipValidation });
}
