import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openFeedStore } from '../../../lib/store/cache';
import { joinSlices, sliceFeed } from '../../../lib/store/feed-slices';
import type { CachedFeedMeta } from '../../../lib/store/feed-store';
import { cachedFeed } from '../../fixtures/store/cached-feed';

const URL_A = 'https://voorbeeldstad.test/kinderwerk.json';
const STORY = {
  id: 'st-1', lastVerified: '2026-10-01', title: 'Samen koken', text: 'Twaalf ouders kookten mee.', date: '2026-10-01', publicationConsent: true,
};

function withStory() {
  const entry = cachedFeed(URL_A, { title: 'Voetbal' });
  entry.data.stories = [STORY];
  return entry;
}

function metaOf(entry: ReturnType<typeof withStory>): CachedFeedMeta {
  return {
    url: entry.url, fetchedAt: entry.fetchedAt, counts: entry.counts, problemCount: entry.problems.length, about: entry.data.meta,
  };
}

describe('a cached feed in slices', () => {
  it('keeps its stories through IndexedDB', async () => {
    const store = await openFeedStore({ indexedDB: new IDBFactory() });
    await store.put(withStory());
    expect((await store.get(URL_A))?.data.stories).toEqual([STORY]);
  });

  it('reads a feed cached before stories existed as one without stories', () => {
    const entry = withStory();
    const older = sliceFeed(entry).filter((slice) => slice.part !== 'stories');
    const joined = joinSlices(metaOf(entry), older);
    expect(joined?.data.stories).toEqual([]);
    expect(joined?.data.activities).toEqual(entry.data.activities);
  });

  it('still refuses a feed that lacks a part every cached feed has', () => {
    const entry = withStory();
    expect(joinSlices(metaOf(entry), sliceFeed(entry).filter((slice) => slice.part !== 'activities'))).toBeUndefined();
  });
});
