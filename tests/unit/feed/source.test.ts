import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFeed } from '../../../lib/feed/fetch-feed';
import { fetchAtOnce, refreshFeed, watchFeed, type FeedState, type FetchFeed } from '../../../lib/feed/source';
import { openFeedStore, type FeedStore } from '../../../lib/store/cache';
import { FeedStoreError } from '../../../lib/store/feed-store';
import { createMemoryFeedStore } from '../../../lib/store/memory-store';
import { cachedFeed, firstTitle } from '../../fixtures/store/cached-feed';
import { failedResponse, NOT_MODIFIED, okResponse, tinyFeedText } from '../../fixtures/store/feed-responses';
import { startTestServer, type TestServer } from '../../helpers/server';
import { STATE_WAIT } from '../../helpers/wait';

const FEED_URL = 'https://voorbeeldstad.test/kinderwerk.json';
const YESTERDAY = '2026-01-05T10:00:00.000Z';
const TODAY = new Date('2026-01-06T12:00:00.000Z');

afterEach(() => {
  vi.restoreAllMocks();
});

const freshStore = () => openFeedStore({ indexedDB: new IDBFactory() });

/** A feed server scripted answer by answer; it records the validators it was sent. */
function scriptedFeed(...answers: Array<Awaited<ReturnType<FetchFeed>>>) {
  return vi.fn<FetchFeed>(async () => {
    const answer = answers.shift();
    if (!answer) throw new Error('the feed was fetched more often than scripted');
    return answer;
  });
}

/**
 * Starts watching and resolves with every state once the first refresh has settled. The
 * boundaries and first map a return visit may get first (tested on their own) are left out.
 */
async function watchUntilSettled(store: FeedStore, fetcher: FetchFeed) {
  const states: FeedState[] = [];
  const watch = watchFeed(FEED_URL, {
    store, fetchFeed: fetcher, now: () => TODAY, onState: (state) => void (state.phase === 'loading' && state.first ? undefined : states.push(state)),
  });
  await watch.refresh();
  return { states, watch, last: () => states[states.length - 1] };
}

/**
 * Holds the store's writes until `release()`; then each goes through, or fails with `failure`
 * as a failed IndexedDB transaction does (the copy saved earlier stays).
 */
function heldWrites(store: FeedStore, failure?: Error) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const put = store.put.bind(store);
  const held = { started: 0, release };
  vi.spyOn(store, 'put').mockImplementation(async (entry) => {
    held.started += 1;
    await gate;
    if (failure) throw failure;
    return put(entry);
  });
  return held;
}

const titleOf = (state: FeedState | undefined) =>
  state && (state.phase === 'ready' || state.phase === 'stale') ? firstTitle(state) : undefined;

describe('watchFeed', () => {
  it('loads, then shows a feed nothing was cached for, and caches it', async () => {
    const store = await freshStore();
    const { states } = await watchUntilSettled(store, scriptedFeed(okResponse('Voetbal', { etag: '"v1"' })));

    expect(states.map((state) => state.phase)).toEqual(['loading', 'ready']);
    expect(states[1]).toMatchObject({ fetchedAt: TODAY.toISOString() });
    expect(titleOf(states[1])).toBe('Voetbal');
    const saved = await store.get(FEED_URL);
    expect(firstTitle(saved)).toBe('Voetbal');
    expect(saved?.etag).toBe('"v1"');
  });

  it('shows the cached feed at once, then the newer one when it arrives', async () => {
    const store = await freshStore();
    await store.put(cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY, etag: '"v1"' }));
    const fetcher = scriptedFeed(okResponse('Nieuw', { etag: '"v2"' }));
    const { states } = await watchUntilSettled(store, fetcher);

    expect(states.map((state) => state.phase)).toEqual(['loading', 'ready', 'ready']);
    expect(states[1]).toMatchObject({ fetchedAt: YESTERDAY });
    expect(titleOf(states[1])).toBe('Oud');
    expect(states[2]).toMatchObject({ fetchedAt: TODAY.toISOString() });
    expect(titleOf(states[2])).toBe('Nieuw');
    expect(fetcher.mock.calls[0][1]).toMatchObject({ etag: '"v1"' });
    expect((await store.get(FEED_URL))?.etag).toBe('"v2"');
  });

  it('on a return visit gives the map the boundaries and first map of the cached feed before the whole copy is read', async () => {
    const store = await freshStore();
    const cached = cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY, etag: '"v1"' });
    await store.put(cached);
    const get = store.get.bind(store);
    let readWhole!: () => void;
    const held = new Promise<void>((resolve) => (readWhole = resolve));
    vi.spyOn(store, 'get').mockImplementation(async (url) => {
      await held;
      return get(url);
    });
    const states: FeedState[] = [];
    const watch = watchFeed(FEED_URL, { store, fetchFeed: scriptedFeed(NOT_MODIFIED), now: () => TODAY, onState: (state) => states.push(state) });
    await vi.waitFor(() => expect(states).toHaveLength(2), STATE_WAIT);
    const early = states[1];
    expect(early.phase).toBe('loading');
    expect(early.phase === 'loading' && early.first?.buurten).toEqual(cached.data.buurten);
    expect(early.phase === 'loading' && early.first?.map.totals.find((area) => area.code === 'BU99990101')?.activities).toBe(1);
    readWhole();
    await watch.refresh();
    expect(states.map((state) => state.phase)).toEqual(['loading', 'loading', 'ready', 'ready']);
  });

  it('starts from a copy on screen already, without "loading", and repeats the cached copy only when it differs', async () => {
    const store = await freshStore();
    const saved = cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY, etag: '"v1"' });
    await store.put(saved);
    const copies: string[] = [];
    const watchWith = async (shown: typeof saved, fetcher: FetchFeed) => {
      const states: FeedState[] = [];
      const watch = watchFeed(FEED_URL, {
        store, fetchFeed: fetcher, now: () => TODAY, shown, onCopy: (entry) => void copies.push(firstTitle(entry) ?? ''), onState: (state) => states.push(state),
      });
      await watch.refresh();
      return states;
    };

    const same = await watchWith(saved, scriptedFeed(NOT_MODIFIED));
    expect(same.map((state) => state.phase)).toEqual(['ready', 'ready']);
    expect(titleOf(same[0])).toBe('Oud');
    expect(copies).toEqual(['Oud']);

    // Another tab saved a newer copy since: it follows the one on screen.
    const older = cachedFeed(FEED_URL, { title: 'Ouder', fetchedAt: '2026-01-01T10:00:00.000Z', etag: '"v0"' });
    const states = await watchWith(older, scriptedFeed(okResponse('Nieuw', { etag: '"v2"' })));
    expect(states.map((state) => (state.phase === 'ready' ? titleOf(state) : state.phase))).toEqual(['Ouder', 'Oud', 'Nieuw']);
    expect(copies).toEqual(['Oud', 'Oud', 'Nieuw']);
  });

  it('keeps the data on screen when the cached copy has the same bytes and only a later date, so nothing is indexed again', async () => {
    const store = await freshStore();
    const saved = { ...cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY, etag: '"v1"' }), contentHash: '1234-abcd' };
    await store.put(saved);
    // The copy on screen was saved before a "304 Not Modified" moved the date in IndexedDB.
    const shown = { ...structuredClone(saved), fetchedAt: '2026-01-04T10:00:00.000Z' };
    const states: FeedState[] = [];
    const watch = watchFeed(FEED_URL, { store, fetchFeed: scriptedFeed(NOT_MODIFIED), now: () => TODAY, shown, onState: (state) => states.push(state) });
    await watch.refresh();
    expect(states.map((state) => state.phase)).toEqual(['ready', 'ready', 'ready']);
    expect(states.every((state) => state.phase === 'ready' && state.data === shown.data)).toBe(true);
    expect(states[1]).toMatchObject({ fetchedAt: YESTERDAY });
  });

  describe('with a whole fetch started before the cache was read (a likely first visit)', () => {
    it('asks the server before the cache has answered, and shows and saves what it brings', async () => {
      const store = await freshStore();
      let cacheAnswered = false;
      const get = store.get.bind(store);
      vi.spyOn(store, 'get').mockImplementation(async (url) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        cacheAnswered = true;
        return get(url);
      });
      const fetcher = vi.fn<FetchFeed>(async () => {
        expect(cacheAnswered).toBe(false);
        return okResponse('Voetbal', { etag: '"v1"' });
      });
      const states: FeedState[] = [];
      const watch = watchFeed(FEED_URL, {
        store, fetchFeed: scriptedFeed(), now: () => TODAY, early: fetchAtOnce(FEED_URL, { fetchFeed: fetcher }), onState: (state) => states.push(state),
      });
      await watch.refresh();
      expect(fetcher).toHaveBeenCalledTimes(1);
      // A whole fetch: no validators, as nothing was known yet.
      expect(fetcher.mock.calls[0][1]).not.toHaveProperty('etag');
      expect(states.map((state) => state.phase)).toEqual(['loading', 'ready']);
      expect(firstTitle(await store.get(FEED_URL))).toBe('Voetbal');
    });

    it('keeps the cached copy on screen when the early answer has the same bytes, as after a 304', async () => {
      const store = await freshStore();
      const okWithHash = { ...okResponse('Nieuw'), contentHash: '99-same' };
      await store.put({ ...cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY }), contentHash: '99-same' });
      const states: FeedState[] = [];
      const watch = watchFeed(FEED_URL, {
        store, fetchFeed: scriptedFeed(), now: () => TODAY, early: Promise.resolve(okWithHash),
        onState: (state) => void (state.phase === 'loading' && state.first ? undefined : states.push(state)),
      });
      await watch.refresh();
      expect(states.map((state) => (state.phase === 'ready' ? titleOf(state) : state.phase))).toEqual(['loading', 'Oud', 'Oud']);
      expect((await store.get(FEED_URL))?.fetchedAt).toBe(TODAY.toISOString());
    });

    it('takes in different bytes over the cached copy, and refreshes conditionally after that', async () => {
      const store = await freshStore();
      await store.put({ ...cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY, etag: '"v1"' }), contentHash: '1-old' });
      const later = scriptedFeed(NOT_MODIFIED);
      const states: FeedState[] = [];
      const watch = watchFeed(FEED_URL, {
        store, fetchFeed: later, now: () => TODAY, early: Promise.resolve({ ...okResponse('Nieuw', { etag: '"v2"' }), contentHash: '2-new' }), onState: (state) => states.push(state),
      });
      await watch.refresh();
      expect(titleOf(states[states.length - 1])).toBe('Nieuw');
      // The early answer is used once; the next refresh asks with the new copy's validators.
      await watch.refresh();
      expect(later).toHaveBeenCalledTimes(1);
      expect(later.mock.calls[0][1]).toMatchObject({ etag: '"v2"', contentHash: '2-new' });
      expect(titleOf(states[states.length - 1])).toBe('Nieuw');
    });

    it('keeps the cached copy, marked stale, when the early fetch fails', async () => {
      const store = await freshStore();
      await store.put(cachedFeed(FEED_URL, { title: 'Oud', fetchedAt: YESTERDAY }));
      const states: FeedState[] = [];
      const watch = watchFeed(FEED_URL, {
        store, fetchFeed: scriptedFeed(), now: () => TODAY, early: fetchAtOnce(FEED_URL, { fetchFeed: async () => { throw new Error('down'); } }), onState: (state) => states.push(state),
      });
      await watch.refresh();
      expect(states[states.length - 1]).toMatchObject({ phase: 'stale', fetchedAt: YESTERDAY });
    });
  });

  it('on 304 keeps the cached feed and moves its date to now', async () => {
    const store = await freshStore();
    await store.put({ ...cachedFeed(FEED_URL, { title: 'Voetbal', fetchedAt: YESTERDAY, etag: '"v1"' }), lastModified: 'Mon, 05 Jan 2026 10:00:00 GMT' });
    const fetcher = scriptedFeed(NOT_MODIFIED);
    const { last } = await watchUntilSettled(store, fetcher);

    expect(fetcher.mock.calls[0][1]).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 05 Jan 2026 10:00:00 GMT' });
    expect(last()).toMatchObject({ phase: 'ready', fetchedAt: TODAY.toISOString() });
    expect(titleOf(last())).toBe('Voetbal');
    expect((await store.get(FEED_URL))?.fetchedAt).toBe(TODAY.toISOString());
  });

  it('keeps showing the cached feed, marked stale with its date, when the refresh fails', async () => {
    const store = await freshStore();
    await store.put(cachedFeed(FEED_URL, { title: 'Goed', fetchedAt: YESTERDAY }));
    const { last } = await watchUntilSettled(store, scriptedFeed(failedResponse('offline')));

    expect(last()).toMatchObject({ phase: 'stale', fetchedAt: YESTERDAY, failure: { code: 'offline' } });
    expect(titleOf(last())).toBe('Goed');
  });

  it('never replaces good cached data with a broken feed', async () => {
    const store = await freshStore();
    await store.put(cachedFeed(FEED_URL, { title: 'Goed', fetchedAt: YESTERDAY }));
    const { last } = await watchUntilSettled(store, scriptedFeed(failedResponse('not-json')));

    expect(last()).toMatchObject({ phase: 'stale', failure: { code: 'not-json' } });
    const kept = await store.get(FEED_URL);
    expect(firstTitle(kept)).toBe('Goed');
    expect(kept?.fetchedAt).toBe(YESTERDAY);
  });

  it('says the feed failed when nothing is cached', async () => {
    const { states } = await watchUntilSettled(await freshStore(), scriptedFeed(failedResponse('not-found')));
    expect(states).toEqual([{ phase: 'loading' }, { phase: 'failed', failure: { code: 'not-found', message: 'failed: not-found' } }]);
  });

  it('shows new data that could not be saved, and says why it was not saved', async () => {
    const store = await freshStore();
    vi.spyOn(store, 'put').mockRejectedValue(new FeedStoreError('storage-full', 'full'));
    const saved: unknown[] = [];
    const states: FeedState[] = [];
    const watch = watchFeed(FEED_URL, {
      store, fetchFeed: scriptedFeed(okResponse('Nieuw')), now: () => TODAY, onState: (state) => states.push(state), onSaved: (failure) => saved.push(failure),
    });
    await watch.refresh();
    expect(states.at(-1)).toMatchObject({ phase: 'ready' });
    expect(titleOf(states.at(-1))).toBe('Nieuw');
    expect(saved).toEqual(['storage-full']);
  });

  it('shows a fetched feed before its cache write has finished, and saves it behind', async () => {
    const store = await freshStore();
    const write = heldWrites(store);
    const states: FeedState[] = [];
    const watch = watchFeed(FEED_URL, { store, fetchFeed: scriptedFeed(okResponse('Nieuw')), now: () => TODAY, onState: (s) => states.push(s) });
    await vi.waitFor(() => expect(write.started).toBe(1), STATE_WAIT);
    expect(states.map((state) => state.phase)).toEqual(['loading', 'ready']);
    expect(titleOf(states[1])).toBe('Nieuw');
    expect(await store.get(FEED_URL)).toBeUndefined();

    write.release();
    await watch.refresh();
    expect(states).toHaveLength(2);
    expect(firstTitle(await store.get(FEED_URL))).toBe('Nieuw');
  });

  it('keeps the copy saved earlier when the write behind newer data fails, and still shows the newer data', async () => {
    const store = await freshStore();
    await store.put(cachedFeed(FEED_URL, { title: 'Goed', fetchedAt: YESTERDAY }));
    const write = heldWrites(store, new FeedStoreError('storage-full', 'full'));
    const states: FeedState[] = [];
    const watch = watchFeed(FEED_URL, { store, fetchFeed: scriptedFeed(okResponse('Nieuw')), now: () => TODAY, onState: (s) => states.push(s) });
    await vi.waitFor(() => expect(write.started).toBe(1), STATE_WAIT);
    expect(titleOf(states[states.length - 1])).toBe('Nieuw');

    write.release();
    await watch.refresh();
    expect(states[states.length - 1]).toMatchObject({ phase: 'ready', fetchedAt: TODAY.toISOString() });
    expect(titleOf(states[states.length - 1])).toBe('Nieuw');
    const kept = await store.get(FEED_URL);
    expect(firstTitle(kept)).toBe('Goed');
    expect(kept?.fetchedAt).toBe(YESTERDAY);
  });

  it('fetches the feed when the cache cannot be read', async () => {
    const store = await freshStore();
    vi.spyOn(store, 'get').mockRejectedValue(new Error('disk error'));
    const { last } = await watchUntilSettled(store, scriptedFeed(okResponse('Voetbal')));
    expect(last()).toMatchObject({ phase: 'ready', fetchedAt: TODAY.toISOString() });
  });

  it('reports a loader that throws instead of loading forever', async () => {
    const throwing = vi.fn<FetchFeed>().mockRejectedValue(new TypeError('boom'));
    const { last } = await watchUntilSettled(await freshStore(), throwing);
    expect(last()).toMatchObject({ phase: 'failed', failure: { message: expect.stringContaining('boom') } });
  });

  it('refresh() recovers from stale and shows what it brings', async () => {
    const store = await freshStore();
    await store.put(cachedFeed(FEED_URL, { title: 'Goed', fetchedAt: YESTERDAY }));
    const { states, watch, last } = await watchUntilSettled(store, scriptedFeed(
      failedResponse('timeout'), okResponse('Nieuw'), okResponse('Nieuwer'),
    ));
    expect(last().phase).toBe('stale');

    await watch.refresh();
    expect(last()).toMatchObject({ phase: 'ready' });
    expect(titleOf(last())).toBe('Nieuw');

    const before = states.length;
    await watch.refresh();
    expect(states.slice(before).map((state) => state.phase)).toEqual(['ready']);
    expect(titleOf(last())).toBe('Nieuwer');
  });

  it('joins a refresh that is already under way', async () => {
    const fetcher = scriptedFeed(okResponse('Voetbal'));
    const watch = watchFeed(FEED_URL, { store: await freshStore(), fetchFeed: fetcher, onState: () => undefined });
    await Promise.all([watch.refresh(), watch.refresh()]);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('emits nothing after stop()', async () => {
    const states: FeedState[] = [];
    const watch = watchFeed(FEED_URL, {
      store: await freshStore(), fetchFeed: scriptedFeed(okResponse('Voetbal')), onState: (state) => states.push(state),
    });
    watch.stop();
    await watch.refresh();
    expect(states).toEqual([{ phase: 'loading' }]);
  });
});

describe('refreshFeed (background worker)', () => {
  it('reports updated, then not modified, then failed with the cached copy', async () => {
    const store = createMemoryFeedStore('unavailable');
    const fetcher = scriptedFeed(okResponse('Voetbal', { etag: '"v1"' }), NOT_MODIFIED, failedResponse('http-error'));
    const options = { store, fetchFeed: fetcher, now: () => TODAY };

    const updated = await refreshFeed(FEED_URL, options);
    expect(updated).toMatchObject({ status: 'updated', feed: { etag: '"v1"', fetchedAt: TODAY.toISOString() } });

    expect(await refreshFeed(FEED_URL, options)).toMatchObject({ status: 'not-modified' });
    expect(fetcher.mock.calls[1][1]).toMatchObject({ etag: '"v1"' });

    const failed = await refreshFeed(FEED_URL, options);
    expect(failed.status).toBe('failed');
    expect(failed.status === 'failed' && firstTitle(failed.cached)).toBe('Voetbal');
  });

  it('reports new data it could not save, after the write has ended', async () => {
    const store = createMemoryFeedStore('unavailable');
    vi.spyOn(store, 'put').mockRejectedValue(new FeedStoreError('storage-full', 'full'));
    const outcome = await refreshFeed(FEED_URL, { store, fetchFeed: scriptedFeed(okResponse('Voetbal')) });
    expect(outcome).toMatchObject({ status: 'updated', saveFailure: 'storage-full' });
  });

  it('fetches in full when the server says 304 but the cached copy is gone', async () => {
    const fetcher = scriptedFeed(NOT_MODIFIED, okResponse('Voetbal'));
    const outcome = await refreshFeed(FEED_URL, { store: createMemoryFeedStore('unavailable'), fetchFeed: fetcher });
    expect(outcome.status).toBe('updated');
  });
});

describe('a feed answered in full each time, as a browser revalidating through its HTTP cache sees it (real loader, real HTTP)', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  it('confirms an unchanged file without rewriting the cache, and takes in a changed one', async () => {
    let body = tinyFeedText('Voetbal op het plein');
    server = await startTestServer();
    // No validators at all: only the bytes can tell.
    server.route('/kinderwerk.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    const url = `${server.origin}/kinderwerk.json`;
    const store = await freshStore();
    expect(await refreshFeed(url, { store, now: () => new Date(YESTERDAY) })).toMatchObject({ status: 'updated' });
    const put = vi.spyOn(store, 'put');

    const unchanged = await refreshFeed(url, { store, now: () => TODAY });
    expect(unchanged).toMatchObject({ status: 'not-modified', feed: { fetchedAt: TODAY.toISOString() } });
    expect(put).not.toHaveBeenCalled();
    expect((await store.get(url))?.fetchedAt).toBe(TODAY.toISOString());

    body = tinyFeedText('Dansen in de gymzaal');
    const changed = await refreshFeed(url, { store, now: () => TODAY });
    expect(changed.status).toBe('updated');
    expect(firstTitle(await store.get(url))).toBe('Dansen in de gymzaal');
  });
});

describe('a good feed survives its server going bad (real loader, real HTTP)', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  async function cacheGoodFeed(store: FeedStore) {
    server = await startTestServer();
    server.route('/kinderwerk.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', etag: '"good"' });
      res.end(tinyFeedText('Voetbal op het plein'));
    });
    const url = `${server.origin}/kinderwerk.json`;
    const first = await refreshFeed(url, { store, now: () => new Date(YESTERDAY) });
    expect(first.status).toBe('updated');
    return url;
  }

  async function watchOnce(url: string, store: FeedStore) {
    const states: FeedState[] = [];
    const watch = watchFeed(url, { store, fetchFeed, limits: { retries: 0, timeoutMs: 5_000 }, now: () => TODAY, onState: (s) => states.push(s) });
    await watch.refresh();
    return states;
  }

  it('serves the cached feed, stale with its date, when the server becomes unreachable', async () => {
    const store = await freshStore();
    const url = await cacheGoodFeed(store);
    await server.close();

    const states = await watchOnce(url, store);
    const last = states[states.length - 1];
    expect(last).toMatchObject({ phase: 'stale', fetchedAt: YESTERDAY, failure: { code: 'unreachable' } });
    expect(titleOf(last)).toBe('Voetbal op het plein');
    expect(last.phase === 'stale' && last.data.locations[0].buurtCode).toBe('BU99990101');
  });

  it('serves the cached feed, stale with its date, when the server sends corrupt JSON', async () => {
    const store = await freshStore();
    const url = await cacheGoodFeed(store);
    server.route('/kinderwerk.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"format": "kinderwerk-feed", "version": 1, "meta": {');
    });

    const states = await watchOnce(url, store);
    const last = states[states.length - 1];
    expect(last).toMatchObject({ phase: 'stale', fetchedAt: YESTERDAY, failure: { code: 'not-json' } });
    expect(titleOf(last)).toBe('Voetbal op het plein');
    expect(firstTitle(await store.get(url))).toBe('Voetbal op het plein');
  });
});
