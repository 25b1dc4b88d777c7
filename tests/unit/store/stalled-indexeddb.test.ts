// Some private modes leave IndexedDB requests unanswered: no success, no error, ever.
// The feed must still load from the network, the cache then living in memory.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_READ_WAIT_MS, watchFeed, type FeedState, type FetchFeed } from '../../../lib/feed/source';
import { openFeedStore } from '../../../lib/store/cache';
import type { FeedStore } from '../../../lib/store/feed-store';
import { okResponse } from '../../fixtures/store/feed-responses';

afterEach(() => {
  vi.useRealTimers();
});

/** An IndexedDB whose open requests never answer. */
const silentIndexedDB = { open: () => new EventTarget() } as unknown as IDBFactory;

/** A store whose every request is pending for ever. */
const stalledStore: FeedStore = {
  persistent: true,
  get: () => new Promise(() => undefined),
  getMeta: () => new Promise(() => undefined),
  put: () => new Promise(() => undefined),
  touch: () => new Promise(() => undefined),
  delete: () => new Promise(() => undefined),
  list: () => new Promise(() => undefined),
  close: () => undefined,
};

describe('an IndexedDB that never answers', () => {
  it('is given up on when opening takes too long: the feed is kept in memory, with the reason', async () => {
    const store = await openFeedStore({ indexedDB: silentIndexedDB, openTimeoutMs: 20 });
    expect(store.persistent).toBe(false);
    expect(store.noticeCode).toBe('unavailable');
    await store.put({ url: 'https://x.test/feed.json', ...okResponseParts() });
    expect(await store.get('https://x.test/feed.json')).toBeDefined();
  });

  it('does not keep the widget loading: the feed comes from the network', async () => {
    vi.useFakeTimers();
    const states: FeedState[] = [];
    const fetchFeed = vi.fn<FetchFeed>(async () => okResponse('Voetbal'));
    watchFeed('https://x.test/feed.json', { store: stalledStore, fetchFeed, onState: (state) => states.push(state) });
    await vi.advanceTimersByTimeAsync(CACHE_READ_WAIT_MS);
    expect(fetchFeed).toHaveBeenCalledOnce();
    // The save never answers either; the data is shown all the same.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(states.map((state) => state.phase)).toEqual(['loading', 'ready']);
  });
});

function okResponseParts() {
  const response = okResponse('Voetbal');
  if (response.status !== 'ok') throw new Error('expected a feed');
  const { data, problems, counts } = response.result;
  return { data, problems, counts, fetchedAt: '2026-03-01T08:00:00.000Z' };
}
