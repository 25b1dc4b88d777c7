/**
 * The small record of a cached feed (`CachedFeedMeta`: dates, validators, counts),
 * all a return visit answered with "304 Not Modified" has to change, and the big
 * record (`FeedPayload`) that versions 1 to 3 of the database kept the data in.
 * Since version 4 the data is in slices (feed-slices.ts); a feed saved earlier is
 * read from its old record until it is next replaced.
 *
 *   const meta = metaOf(entry);
 *   const entry = joinFeed(meta, payload);
 */
import type { FeedProblem, KinderwerkData } from '../feed/model';
import type { CachedFeed, CachedFeedMeta } from './feed-store';

/** The data of a cached feed in one record, as versions 1 to 3 saved it. */
export interface FeedPayload {
  url: string;
  data: KinderwerkData;
  problems: FeedProblem[];
}

export function metaOf(entry: CachedFeed): CachedFeedMeta {
  return {
    url: entry.url,
    fetchedAt: entry.fetchedAt,
    ...validatorsOf(entry),
    counts: entry.counts,
    problemCount: entry.problems.length,
    about: entry.data.meta,
  };
}

/**
 * The cached feed again. Picks the payload's fields by name: payloads saved before
 * version 3 of the database still carry an old `fetchedAt` and validators, and the
 * meta record's are the ones that count.
 */
export function joinFeed(meta: CachedFeedMeta, payload: FeedPayload): CachedFeed {
  // A payload saved before feed v1.1 has no stories.
  const { stories = [] } = payload.data as Partial<KinderwerkData>;
  return {
    url: meta.url,
    data: { ...payload.data, stories },
    problems: payload.problems,
    counts: meta.counts,
    fetchedAt: meta.fetchedAt,
    ...validatorsOf(meta),
  };
}

/** The validators a refresh compares (ETag, Last-Modified, content hash), only those that are set. */
export function validatorsOf(record: CachedFeedMeta | CachedFeed): Pick<CachedFeedMeta, 'etag' | 'lastModified' | 'contentHash'> {
  return {
    ...(record.etag !== undefined ? { etag: record.etag } : {}),
    ...(record.lastModified !== undefined ? { lastModified: record.lastModified } : {}),
    ...(record.contentHash !== undefined ? { contentHash: record.contentHash } : {}),
  };
}

/** A record written by version 1 or 2 of this code: a whole `CachedFeed`. Guards the migration against damaged ones. */
export function isWholeCachedFeed(value: unknown): value is CachedFeed {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Record<keyof CachedFeed, unknown>>;
  const data = entry.data as Partial<Record<keyof KinderwerkData, unknown>> | null | undefined;
  return typeof entry.url === 'string'
    && typeof entry.fetchedAt === 'string'
    && Array.isArray(entry.problems)
    && typeof entry.counts === 'object' && entry.counts !== null
    && typeof data === 'object' && data !== null
    && typeof data.meta === 'object' && data.meta !== null;
}
