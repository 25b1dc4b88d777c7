/**
 * Refreshes every subscribed feed (conditional requests through the shared
 * cache) and records how it went. A failed refresh keeps the old data.
 */
import { refreshFeed, type FetchFeed } from '../feed/source';
import type { FeedStore } from '../store/cache';
import { saveFeedHealth, type FeedHealth } from './feed-health';
import type { Settings } from './settings';

export async function refreshAllFeeds(
  settings: Settings,
  deps: { store: FeedStore; fetchFeed?: FetchFeed; now?: () => Date },
): Promise<Record<string, FeedHealth>> {
  const checkedAt = (deps.now?.() ?? new Date()).toISOString();
  const entries = await Promise.all(
    settings.feeds.map(async ({ url, convert }): Promise<FeedHealth> => {
      const limits = convert ? { convert } : undefined;
      const outcome = await refreshFeed(url, { store: deps.store, fetchFeed: deps.fetchFeed, now: deps.now, limits });
      return outcome.status === 'failed'
        ? { url, checkedAt, ok: false, failure: outcome.failure }
        : { url, checkedAt, ok: true };
    }),
  );
  return saveFeedHealth(entries, settings.feeds.map((feed) => feed.url));
}
