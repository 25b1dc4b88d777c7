/**
 * How one cached feed is kept in IndexedDB: as two records under the same URL. The
 * small one (`CachedFeedMeta`: dates, validators, counts) is all a return visit
 * answered with "304 Not Modified" has to change; the big one (`FeedPayload`: the
 * data, ~11 MB for a city) is only written when the feed itself changed.
 *
 *   const { meta, payload } = splitFeed(entry);
 *   const entry = joinFeed(meta, payload);
 */
import type { FeedProblem, KinderwerkData } from '../feed/model';
import type { CachedFeed, CachedFeedMeta } from './feed-store';

/** The big part of a cached feed. */
export interface FeedPayload {
  url: string;
  data: KinderwerkData;
  problems: FeedProblem[];
}

export function metaOf(entry: CachedFeed): CachedFeedMeta {
  return {
    url: entry.url,
    fetchedAt: entry.fetchedAt,
    ...(entry.etag !== undefined ? { etag: entry.etag } : {}),
    ...(entry.lastModified !== undefined ? { lastModified: entry.lastModified } : {}),
    counts: entry.counts,
    problemCount: entry.problems.length,
    about: entry.data.meta,
  };
}

export function splitFeed(entry: CachedFeed): { meta: CachedFeedMeta; payload: FeedPayload } {
  return { meta: metaOf(entry), payload: { url: entry.url, data: entry.data, problems: entry.problems } };
}

/**
 * The cached feed again. Picks the payload's fields by name: payloads saved before
 * version 3 of the database still carry an old `fetchedAt` and validators, and the
 * meta record's are the ones that count.
 */
export function joinFeed(meta: CachedFeedMeta, payload: FeedPayload): CachedFeed {
  return {
    url: meta.url,
    data: payload.data,
    problems: payload.problems,
    counts: meta.counts,
    fetchedAt: meta.fetchedAt,
    ...(meta.etag !== undefined ? { etag: meta.etag } : {}),
    ...(meta.lastModified !== undefined ? { lastModified: meta.lastModified } : {}),
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
