/**
 * A feed store that lives in memory only: the fallback when IndexedDB is missing or
 * refused, and the session copy of entries IndexedDB could not save. Entries are
 * copied on the way in and out, as IndexedDB would, so callers cannot change them
 * behind the store's back; a slice at a time (feed-copy.ts), so a big feed does not
 * block the page.
 *
 *   const store = createMemoryFeedStore('unavailable');
 */
import { copyFeed } from './feed-copy';
import { metaOf } from './feed-record';
import { STORAGE_NOTICES, type CachedFeed, type FeedStore, type StorageNoticeCode } from './feed-store';

export function createMemoryFeedStore(noticeCode: StorageNoticeCode): FeedStore {
  const entries = new Map<string, CachedFeed>();
  return {
    persistent: false,
    notice: STORAGE_NOTICES[noticeCode],
    noticeCode,
    async get(url) {
      const entry = entries.get(url);
      return entry && copyFeed(entry);
    },
    async getMeta(url) {
      const entry = entries.get(url);
      return entry && structuredClone(metaOf(entry));
    },
    async put(entry) {
      entries.set(entry.url, await copyFeed(entry));
    },
    async touch(url, fetchedAt) {
      const entry = entries.get(url);
      if (entry) entries.set(url, { ...entry, fetchedAt });
    },
    async delete(url) {
      entries.delete(url);
    },
    async list() {
      return [...entries.values()].map(({ url, fetchedAt }) => ({ url, fetchedAt }));
    },
    close() {},
  };
}
