/**
 * Bookkeeping shared by the JSON importers (HSDS, OpenActive): records made so
 * far, their origins, problems at source paths, and source ids mapped to feed
 * ids, so every record is taken over once and references can follow it.
 *
 *   const work = createSourceWork(frame.buurten, today);
 *   work.report({ file, path: 'contents[2].schedules[0]', id: 'svc-1' }, 'no byday; ...');
 *   const id = work.idFor('locations', 'https://example.org/places/12');
 */
import type { RecordKind } from '../feed/schema';
import { emptyRecords, type DraftRecords } from './finish-import';
import type { BuurtIndex } from './import-context';
import { takeOrReport, type ImportProblem } from './import-problem';
import { asRecord, type JsonRecord } from './json-read';
import { checkRecord } from './record-check';
import { IdAllocator, feedId } from './record-ids';
import { RecordOrigins } from './record-origin';
import { UnkeptFields } from './unkept-fields';

export interface SourcePlace {
  file?: string;
  path: string;
  /** The id of the source record the place belongs to. */
  id?: string;
}

export interface SourceWork {
  records: DraftRecords;
  origins: RecordOrigins;
  problems: ImportProblem[];
  buurten: BuurtIndex;
  today: string;
  report(place: SourcePlace, reason: string, severity?: ImportProblem['severity']): void;
  /** Takes over the source record at `place`; when that fails unforeseen, the record is reported as left out. */
  guard(place: SourcePlace, take: () => void): void;
  /**
   * The feed id for a source id of a kind; the same source id always gets the same feed id.
   * `ownId`: the id the record had in a kinderwerk feed (our export's `feed-id`), preferred when free.
   */
  idFor(kind: RecordKind, sourceId: string, ownId?: string): string;
  /** The feed id given earlier, if this source record was taken over. */
  known(kind: RecordKind, sourceId: string): string | undefined;
  /** Marks a source record as taken over (or failed: `undefined`), so it is mapped once. */
  remember(kind: RecordKind, sourceId: string, id: string | undefined): void;
  seen(kind: RecordKind, sourceId: string): boolean;
  /** Checks the record against the feed schema; adds it when it passes. */
  add(kind: RecordKind, record: Record<string, unknown>, place: SourcePlace): boolean;
  /** Notes which of `fields` a source record of `kind` has: the feed keeps none of them; one warning per field at the end. */
  notKept(kind: string, fields: readonly string[], record: JsonRecord, place: SourcePlace): void;
  finishNotKept(): void;
  /** Notes a record that had no "last verified" date; one summary warning is given at the end. */
  undated(place: SourcePlace): void;
  finishUndated(field: string): void;
}

export function createSourceWork(buurten: BuurtIndex, today: string): SourceWork {
  const records = emptyRecords();
  const origins = new RecordOrigins();
  const problems: ImportProblem[] = [];
  const allocators = new Map<RecordKind, IdAllocator>();
  const ids = new Map<string, string | undefined>();
  const undatedPlaces: SourcePlace[] = [];
  const unkept = new Map<string, UnkeptFields>();
  const key = (kind: RecordKind, sourceId: string) => `${kind}\u0000${sourceId}`;

  const work: SourceWork = {
    records,
    origins,
    problems,
    buurten,
    today,
    report(place, reason, severity = 'warning') {
      problems.push({ severity, ...(place.file ? { file: place.file } : {}), path: place.path || '(document)', ...(place.id ? { id: place.id } : {}), reason });
    },
    guard(place, take) {
      takeOrReport(take, (reason) => work.report(place, reason, 'error'));
    },
    idFor(kind, sourceId, ownId) {
      const allocator = allocators.get(kind) ?? new IdAllocator();
      allocators.set(kind, allocator);
      const wanted = feedId(ownId ?? sourceId);
      if (allocator.claim(wanted)) return wanted;
      return allocator.fresh(wanted, kind);
    },
    known: (kind, sourceId) => ids.get(key(kind, sourceId)),
    remember: (kind, sourceId, id) => void ids.set(key(kind, sourceId), id),
    seen: (kind, sourceId) => ids.has(key(kind, sourceId)),
    add(kind, record, place) {
      const id = String(record.id);
      origins.set(kind, id, { file: place.file, path: place.path || '(document)', sourceId: place.id });
      const found = checkRecord(kind, record, origins);
      problems.push(...found);
      if (found.some((problem) => problem.severity === 'error')) return false;
      records[kind].push(record);
      const ended = asRecord(record.dateRange)?.endDate;
      if (typeof ended === 'string' && ended < today) {
        work.report(place, `ended on ${ended}: its dates lie before the import date ${today}, so the map shows it nowhere. Give its new dates if it still runs, or leave it out of the source`);
      }
      return true;
    },
    notKept(kind, fields, record, place) {
      const fieldsOfKind = unkept.get(kind) ?? new UnkeptFields(kind, fields);
      unkept.set(kind, fieldsOfKind);
      fieldsOfKind.note(record, place);
    },
    finishNotKept() {
      for (const fieldsOfKind of unkept.values()) fieldsOfKind.report(work);
    },
    undated: (place) => void undatedPlaces.push(place),
    finishUndated(field) {
      if (undatedPlaces.length === 0) return;
      const first = undatedPlaces[0];
      const more = undatedPlaces.length > 1 ? ` (nor on ${undatedPlaces.length - 1} more record${undatedPlaces.length > 2 ? 's' : ''})` : '';
      work.report(first, `no ${field}${more}; used the import date ${today} as the date the data was last checked. Add ${field} to the source`);
    },
  };
  return work;
}
