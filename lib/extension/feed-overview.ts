/**
 * One line per subscribed feed for the options page: which municipality, when
 * it was fetched, how the last refresh went and how many problems it had.
 *
 *   const rows = await loadFeedOverview(settings.feeds, { store });
 */
import type { FeedFailure } from '../feed/model';
import type { FeedStore } from '../store/cache';
import { loadFeedHealth } from './feed-health';
import type { FeedSubscription } from './settings';

export interface FeedOverviewRow {
  url: string;
  /** Municipality from the feed, or undefined when it was never loaded. */
  name?: string;
  /** ISO 8601; absent when nothing is cached. */
  fetchedAt?: string;
  /** The last refresh; absent before the first one. */
  health?: { ok: boolean; checkedAt: string; failure?: FeedFailure };
  problemCount?: number;
  /** The feed says it holds made-up example data. */
  example: boolean;
}

export async function loadFeedOverview(feeds: readonly FeedSubscription[], options: { store: FeedStore }): Promise<FeedOverviewRow[]> {
  const health = await loadFeedHealth();
  return Promise.all(
    feeds.map(async ({ url, name }): Promise<FeedOverviewRow> => {
      // The small part only: a city feed's data is megabytes this page does not show.
      const cached = await options.store.getMeta(url).catch(() => undefined);
      const last = health[url];
      return {
        url,
        name: cached?.about.municipality.name ?? name,
        fetchedAt: cached?.fetchedAt,
        health: last && { ok: last.ok, checkedAt: last.checkedAt, ...(last.failure ? { failure: last.failure } : {}) },
        problemCount: cached?.problemCount,
        example: cached?.about.example === true,
      };
    }),
  );
}
