/**
 * The last step of every import: put the records in a feed, run the same
 * validation the widget runs (lib/feed/validate.ts), and report what it still
 * finds at the publisher's source (file/row/column or path/id). The feed that
 * comes out holds only what validation kept, with its repairs (derived buurt
 * codes, removed broken references), so publishing it gives no new surprises.
 *
 *   const result = finishImport({ frame, records, origins, problems });
 *   if (result.feed) writeFile('feed.json', JSON.stringify(result.feed));
 */
import type { FeedProblem } from '../feed/model';
import { FEED_FORMAT, FEED_VERSION, RECORD_KINDS, type RecordKind } from '../feed/schema';
import { validateFeed } from '../feed/validate';
import type { FeedFrame } from './import-context';
import type { ImportProblem } from './import-problem';
import type { RecordOrigins } from './record-origin';

export type DraftRecords = Record<RecordKind, Record<string, unknown>[]>;

export interface ImportResult {
  /** The feed, ready to publish; undefined when none could be made (see problems). */
  feed?: Record<string, unknown>;
  problems: ImportProblem[];
}

export interface FinishInput {
  frame: FeedFrame;
  /** Leave validation to the caller; the feed then holds every record the import made. */
  skipValidation?: boolean;
  records: DraftRecords;
  origins: RecordOrigins;
  /** Problems found while reading the source. */
  problems: ImportProblem[];
}

const RECORD_PATH = /^(organizations|locations|activities|huiskamers|contacts|stories)\[(\d+)\]\.?(.*)$/;

function placeOf(problem: FeedProblem, records: DraftRecords, origins: RecordOrigins): Omit<ImportProblem, 'severity' | 'reason'> {
  const match = RECORD_PATH.exec(problem.path);
  if (!match) return { path: problem.path };
  const kind = match[1] as RecordKind;
  const id = problem.id ?? String(records[kind][Number(match[2])]?.id ?? '');
  return origins.place(kind, id, match[3]);
}

export function emptyRecords(): DraftRecords {
  return { organizations: [], locations: [], activities: [], huiskamers: [], contacts: [], stories: [] };
}

/** Kinds a visitor sees; a feed without any of them would show an empty map. */
const SHOWN_KINDS = ['activities', 'huiskamers', 'contacts'] as const;

const NOTHING_TO_SHOW: ImportProblem = {
  severity: 'error',
  reason: 'no activity, huiskamer or contact came through (see the problems above, or check that the source is the right one); '
    + 'no feed was made, because publishing an empty feed would empty the map of everyone who uses it',
};

export function finishImport({ frame, records, origins, problems, skipValidation }: FinishInput): ImportResult {
  const all = [...frame.problems, ...problems];
  if (!frame.meta || !frame.neighbourhoods) return { problems: all };
  const header = { format: FEED_FORMAT, version: FEED_VERSION, meta: frame.meta };
  if (skipValidation) {
    if (SHOWN_KINDS.every((kind) => records[kind].length === 0)) return { problems: [...all, NOTHING_TO_SHOW] };
    return { feed: { ...header, neighbourhoods: frame.neighbourhoods, ...records }, problems: all };
  }
  // Validation needs the boundaries themselves, also when the feed will only link to them.
  const inline = {
    buurten: { type: 'FeatureCollection', features: frame.buurten.features },
    // Staffing may name a wijk: it is kept only when validation knows the wijken.
    ...(frame.wijkFeatures ? { wijken: { type: 'FeatureCollection', features: frame.wijkFeatures } } : {}),
  };
  const result = validateFeed({ ...header, neighbourhoods: inline, ...records });
  if (!result.ok) {
    return { problems: [...all, { severity: 'error', reason: `the feed could not be made: ${result.failure.message}` }] };
  }
  for (const problem of result.problems) {
    const place = placeOf(problem, records, origins);
    all.push({ severity: problem.severity, ...place, reason: problem.reason });
  }
  if (SHOWN_KINDS.every((kind) => result.data[kind].length === 0)) return { problems: [...all, NOTHING_TO_SHOW] };
  const feed: Record<string, unknown> = { ...header, neighbourhoods: frame.neighbourhoods };
  for (const kind of RECORD_KINDS) feed[kind] = result.data[kind];
  return { feed, problems: all };
}
