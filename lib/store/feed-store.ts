/**
 * The contract of the feed cache: the last good feed per URL, with what is needed
 * to show it (data, problem report, counts) and to revalidate it (fetchedAt, ETag,
 * Last-Modified, content hash); the small part alone is `CachedFeedMeta`. Two implementations: IndexedDB (cache.ts) and memory (memory-store.ts).
 *
 *   const store = await openFeedStore();
 *   await store.put({ url, data, problems, counts, fetchedAt: new Date().toISOString() });
 *   const cached = await store.get(url);
 */
import type { FeedCounts, FeedProblem, KinderwerkData } from '../feed/model';
import type { BuurtFeature, Meta, WijkFeature } from '../feed/schema';
import type { FirstMap } from '../query/first-map';

/** One cached feed. Plain, structured-cloneable data only. */
export interface CachedFeed {
  url: string;
  data: KinderwerkData;
  problems: FeedProblem[];
  counts: FeedCounts;
  /** When the data was last fetched or confirmed unchanged, ISO 8601. */
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
  /** Hash of the feed file's bytes (lib/feed/content-hash.ts): the same file again is "not modified". */
  contentHash?: string;
}

/**
 * The small part of a cached feed: what revalidating it and describing it need,
 * without reading its data. Kept apart so a "304 Not Modified" rewrites only this.
 */
export interface CachedFeedMeta {
  url: string;
  /** As `CachedFeed.fetchedAt`. */
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
  contentHash?: string;
  counts: FeedCounts;
  /** `problems.length` of the cached feed. */
  problemCount: number;
  /** The feed's own `meta`: municipality, publisher, licence, whether it is example data. */
  about: Meta;
}

/** What a return visit draws before the rest of the cached feed is read: the boundaries and the town's first map. */
export interface FirstView {
  about: Meta;
  buurten: BuurtFeature[];
  wijken: WijkFeature[];
  map: FirstMap;
}

/** Why the cache does not survive a reload; the UI shows a translated text for each. */
export type StorageNoticeCode =
  /** IndexedDB is missing or refused (private browsing, blocked storage). */
  | 'unavailable'
  /** Another tab keeps an older version of the database open. */
  | 'blocked'
  /** Another tab upgraded the database to a version this page does not know. */
  | 'newer-version';

export interface FeedStore {
  get(url: string): Promise<CachedFeed | undefined>;
  /** The small part of a cached feed, read without its data. */
  getMeta(url: string): Promise<CachedFeedMeta | undefined>;
  /** The boundaries and first map of a cached feed, read without the rest (IndexedDB only). */
  getFirstView?(url: string): Promise<FirstView | undefined>;
  /** Replaces the entry for `entry.url` at once. Throws `FeedStoreError` when it could not be saved. */
  put(entry: CachedFeed): Promise<void>;
  /**
   * Marks a cached feed as confirmed unchanged (after a 304). No-op when nothing is
   * cached. Writes only the small meta record, never the data.
   */
  touch(url: string, fetchedAt: string): Promise<void>;
  delete(url: string): Promise<void>;
  list(): Promise<Array<{ url: string; fetchedAt: string }>>;
  /** Releases the database connection. The store reopens it when used again. */
  close(): void;
  /** False when entries live in memory only and are gone after a reload. */
  readonly persistent: boolean;
  /** Why the store is not persistent, in plain English. */
  readonly notice?: string;
  readonly noticeCode?: StorageNoticeCode;
}

export type FeedStoreErrorReason = 'storage-full' | 'write-failed';

/**
 * A save that failed. The previously saved entry is untouched, and the new entry
 * still serves this session from memory.
 */
export class FeedStoreError extends Error {
  override readonly name = 'FeedStoreError';
  constructor(
    readonly reason: FeedStoreErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const STORAGE_NOTICES: Record<StorageNoticeCode, string> = {
  unavailable: 'This browser does not allow saving data here (for example in a private window), so the feed is kept in memory and fetched again next time.',
  blocked: 'Another tab with an older version of this page is still open, so the feed is kept in memory for now. Close that tab to save it again.',
  'newer-version': 'A newer version of this page is open in another tab, so the feed is kept in memory for now. Reload this page to save it again.',
};
