import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { firstMapHolds, firstMapOf } from '../../../lib/query/first-map';
import { openFeedStore, type CachedFeed } from '../../../lib/store/cache';
import { DB_NAME, DB_VERSION } from '../../../lib/store/db';
import { FIRST_VIEW_POSITION } from '../../../lib/store/feed-slices';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { generateFeed } from '../../../scripts/generate/generate-feed';
import { done, openRaw } from './raw-idb';

const URL_A = 'https://voorbeeldstad.test/kinderwerk.json';

/** A generated town with more than 1,000 buurten, so its boundaries span several slices. */
function townFeed(buurten: number, seed: string): CachedFeed {
  const result = validateFeed(generateFeed(feedPlan({ buurten, locations: 60, activities: 300, huiskamers: 10, contacts: 20, seed, generatedAt: '2026-11-01T08:00:00Z' })));
  if (!result.ok) throw new Error(result.failure.message);
  const { data, problems, counts } = result;
  return { url: URL_A, data, problems, counts, fetchedAt: '2026-11-02T08:00:00.000Z' };
}

describe('the first view saved with a cached feed', () => {
  it('gives the boundaries and the whole town first map, without reading the rest of the feed', async () => {
    const store = await openFeedStore({ indexedDB: new IDBFactory() });
    const feed = townFeed(1_100, 'first-view');
    await store.put(feed);

    const first = await store.getFirstView?.(URL_A);
    expect(first?.buurten).toEqual(feed.data.buurten);
    expect(first?.wijken).toEqual(feed.data.wijken);
    expect(first?.about).toEqual(feed.data.meta);
    expect(first?.map).toEqual(firstMapOf(feed.data, new Date(feed.fetchedAt)));
    expect(first?.map.places.length).toBeGreaterThan(0);
    // The whole copy reads as before: the first view is not mixed into its records.
    expect((await store.get(URL_A))?.data).toEqual(feed.data);
  });

  it('hands its boundaries to the whole copy read next, so the map keeps the buurten it drew, but only for the same saved feed', async () => {
    const store = await openFeedStore({ indexedDB: new IDBFactory() });
    await store.put(townFeed(20, 'same'));
    const first = await store.getFirstView?.(URL_A);
    const whole = await store.get(URL_A);
    expect(whole?.data.buurten).toBe(first?.buurten);
    expect(whole?.data.wijken).toBe(first?.wijken);
    expect((await store.get(URL_A))?.data.buurten).not.toBe(first?.buurten);

    const shownBefore = await store.getFirstView?.(URL_A);
    const next = townFeed(20, 'changed');
    await store.put(next);
    const afterPut = await store.get(URL_A);
    expect(afterPut?.data.buurten).not.toBe(shownBefore?.buurten);
    expect(afterPut?.data).toEqual(next.data);
  });

  it('keeps the writes in the order asked, though a big feed takes longer to count than a small one', async () => {
    const store = await openFeedStore({ indexedDB: new IDBFactory() });
    const big = townFeed(1_100, 'big');
    const small = townFeed(10, 'small');
    const writes = [store.put(big), store.put(small)];
    await Promise.all(writes);
    expect((await store.get(URL_A))?.data).toEqual(small.data);
    expect((await store.getFirstView?.(URL_A))?.buurten).toHaveLength(10);

    const putThenDelete = [store.put(big), store.delete(URL_A)];
    await Promise.all(putThenDelete);
    expect(await store.get(URL_A)).toBeUndefined();
  });

  it('is counted again once it no longer holds, or when the copy was saved without one, so the next visit is quick again', async () => {
    const browser = new IDBFactory();
    const store = await openFeedStore({ indexedDB: browser });
    const feed = townFeed(20, 'renewed');
    await store.put(feed);
    const saved = await store.getFirstView?.(URL_A);
    expect(saved?.map.countedOn).toBe(20261102);
    // Months later, holiday programmes and courses in it have ended.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-03-15T10:00:00+01:00'));
      expect(firstMapHolds(saved!.map, new Date())).toBe(false);
      await store.get(URL_A);
      await vi.waitFor(async () => expect((await store.getFirstView?.(URL_A))?.map.countedOn).toBe(20270315));
      expect((await store.getFirstView?.(URL_A))?.map).toEqual(firstMapOf(feed.data, new Date()));

      // A copy saved without one (by an earlier version) gets one on its next read.
      store.close();
      const raw = await openRaw(browser, DB_NAME, DB_VERSION);
      const removal = raw.transaction('feedSlices', 'readwrite');
      removal.objectStore('feedSlices').delete([URL_A, FIRST_VIEW_POSITION]);
      await done(removal);
      raw.close();
      expect(await store.getFirstView?.(URL_A)).toBeUndefined();
      await store.get(URL_A);
      await vi.waitFor(async () => expect((await store.getFirstView?.(URL_A))?.map.countedOn).toBe(20270315));
    } finally {
      vi.useRealTimers();
    }
  });

  it('is replaced with the feed, and gone with it', async () => {
    const store = await openFeedStore({ indexedDB: new IDBFactory() });
    await store.put(townFeed(20, 'one'));
    const next = townFeed(30, 'two');
    await store.put(next);
    expect((await store.getFirstView?.(URL_A))?.buurten).toHaveLength(30);
    expect((await store.getFirstView?.(URL_A))?.map).toEqual(firstMapOf(next.data, new Date(next.fetchedAt)));
    await store.delete(URL_A);
    expect(await store.getFirstView?.(URL_A)).toBeUndefined();
  });

  it('holds until the first of its offers is over, and not for a day before it was counted', () => {
    const feed = townFeed(20, 'dates');
    const counted = new Date('2026-11-02T08:00:00Z');
    const first = firstMapOf(feed.data, counted);
    const ends = [...feed.data.activities, ...feed.data.huiskamers]
      .flatMap((record) => ('dateRange' in record && record.dateRange ? [record.dateRange.endDate] : []))
      .filter((end) => end >= '2026-11-02')
      .sort();
    expect(ends.length).toBeGreaterThan(0);
    const lastGoodDay = new Date(`${ends[0]}T20:00:00`);
    const dayAfter = new Date(lastGoodDay.getTime() + 24 * 60 * 60 * 1000);
    expect(firstMapHolds(first, counted)).toBe(true);
    expect(firstMapHolds(first, lastGoodDay)).toBe(true);
    expect(firstMapHolds(first, dayAfter)).toBe(false);
    expect(firstMapHolds(first, new Date('2026-11-01T12:00:00'))).toBe(false);
  });
});
