/**
 * How a cached feed's data is kept in IndexedDB since version 4 of the database: in
 * slices of at most `SLICE_SIZE` records, keyed `[url, n]`. Storing or reading a
 * record costs a structured clone on the main thread; one record holding a region
 * feed (100,000 activities) was a 1.3 s task, a slice of 1,000 records stays far
 * below the 50 ms that makes a page feel stuck. The feed's `meta` is not sliced: the
 * meta record carries it as `about`.
 *
 *   const slices = sliceFeed(entry);            // written one per put
 *   const entry = joinSlices(meta, slices);     // read back, in key order
 */
import type { FeedProblem, KinderwerkData } from '../feed/model';
import type { FirstMap } from '../query/first-map';
import type { CachedFeed, CachedFeedMeta } from './feed-store';
import { validatorsOf } from './feed-record';

export const SLICE_SIZE = 1000;

/** Every list of records in a cached feed; each has at least one (maybe empty) slice. */
export const FEED_PARTS = [
  'buurten', 'wijken', 'organizations', 'locations', 'activities', 'huiskamers', 'contacts', 'stories', 'problems',
] as const;

export type FeedPart = (typeof FEED_PARTS)[number];

/** Parts added to the format later: a feed cached before them has no slice of them, and reads as empty. */
const LATER_PARTS: ReadonlySet<FeedPart> = new Set(['stories']);

type RecordsOf = { [P in Exclude<FeedPart, 'problems'>]: KinderwerkData[P] } & { problems: FeedProblem[] };

/** Up to `SLICE_SIZE` consecutive records of one part. */
export interface FeedSlice {
  part: FeedPart;
  records: unknown[];
}

/**
 * The whole town's first map (lib/query/first-map.ts), kept under the feed's slices at
 * `FIRST_VIEW_POSITION`, so that a return visit can draw the map from it and the
 * boundaries (the first `areaSlices` slices: buurten, then wijken) before the rest of
 * the feed is read. Written and deleted with the feed's slices, so it always
 * belongs to the data saved.
 */
export interface FirstViewSlice {
  part: 'first-view';
  map: FirstMap;
  areaSlices: number;
  /** Made anew for every put: the same value read again means the same saved feed. */
  savedAs: string;
}

export const FIRST_VIEW_POSITION = -1;

/** How many slices hold the buurten and wijken: they come first (`FEED_PARTS`). */
export function areaSliceCount(data: Pick<KinderwerkData, 'buurten' | 'wijken'>): number {
  return sliceCount(data.buurten.length) + sliceCount(data.wijken.length);
}

/** Every part has at least one slice, an empty one for no records. */
const sliceCount = (records: number): number => Math.max(1, Math.ceil(records / SLICE_SIZE));

/** A slice's key: the feed's URL and the slice's place in the feed. */
export type SliceKey = [url: string, position: number];

function recordsOf(entry: CachedFeed, part: FeedPart): unknown[] {
  return part === 'problems' ? entry.problems : entry.data[part];
}

/** The slices of `entry`, in order. They share the records with `entry`; nothing is copied. */
export function sliceFeed(entry: CachedFeed): FeedSlice[] {
  return FEED_PARTS.flatMap((part) => {
    const records = recordsOf(entry, part);
    return Array.from({ length: sliceCount(records.length) }, (_, i) => ({ part, records: records.slice(i * SLICE_SIZE, (i + 1) * SLICE_SIZE) }));
  });
}

/** The keys of every slice of the feed at `url`, the first view's too: `[url]` sorts before `[url, n]`, and numbers before arrays. */
export function sliceRange(url: string): IDBKeyRange {
  return IDBKeyRange.bound([url], [url, []]);
}

/**
 * The cached feed from its meta record and its slices in key order, or undefined
 * when a part is missing (a feed is always written with a slice of every part).
 */
export function joinSlices(meta: CachedFeedMeta, slices: FeedSlice[]): CachedFeed | undefined {
  const parts = new Map<FeedPart, unknown[]>();
  for (const slice of slices) {
    let records = parts.get(slice.part);
    if (!records) parts.set(slice.part, (records = []));
    for (const record of slice.records) records.push(record);
  }
  if (FEED_PARTS.some((part) => !parts.has(part) && !LATER_PARTS.has(part))) return undefined;
  const take = <P extends FeedPart>(part: P) => (parts.get(part) ?? []) as RecordsOf[P];
  return {
    url: meta.url,
    data: {
      meta: meta.about,
      buurten: take('buurten'),
      wijken: take('wijken'),
      organizations: take('organizations'),
      locations: take('locations'),
      activities: take('activities'),
      huiskamers: take('huiskamers'),
      contacts: take('contacts'),
      stories: take('stories'),
    },
    problems: take('problems'),
    counts: meta.counts,
    fetchedAt: meta.fetchedAt,
    ...validatorsOf(meta),
  };
}
