import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openKinderwerkDB } from '../../../lib/store/db';
import { openFeedStore } from '../../../lib/store/cache';
import { metaOf } from '../../../lib/store/feed-record';
import type { CachedFeed } from '../../../lib/store/feed-store';
import { cachedFeed, firstTitle } from '../../fixtures/store/cached-feed';
import { done, getRaw, openRaw } from './raw-idb';

const URL_A = 'https://voorbeeldstad.test/kinderwerk.json';
const URL_B = 'https://anderestad.test/kinderwerk.json';

/** What version 1 of this code wrote: one store, keyed by URL. */
async function createVersion1Database(factory: IDBFactory, name: string): Promise<void> {
  const db = await openRaw(factory, name, 1, (fresh) => fresh.createObjectStore('feeds', { keyPath: 'url' }));
  const tx = db.transaction('feeds', 'readwrite');
  tx.objectStore('feeds').put(cachedFeed(URL_A, { title: 'Knutselen uit versie 1', etag: '"v1"' }));
  await done(tx);
  db.close();
}

/** What version 2 of this code wrote: the whole feed in one record, indexed by date, and settings. */
async function createVersion2Database(factory: IDBFactory, name: string, records: unknown[]): Promise<void> {
  const db = await openRaw(factory, name, 2, (fresh) => {
    fresh.createObjectStore('feeds', { keyPath: 'url' }).createIndex('by-fetchedAt', 'fetchedAt');
    fresh.createObjectStore('settings');
  });
  const tx = db.transaction(['feeds', 'settings'], 'readwrite');
  for (const record of records) tx.objectStore('feeds').put(record);
  tx.objectStore('settings').put('en', 'lang');
  await done(tx);
  db.close();
}

/** What version 3 of this code wrote: a small meta record and the data in one big record. */
async function createVersion3Database(factory: IDBFactory, name: string, entry: CachedFeed): Promise<void> {
  const db = await openRaw(factory, name, 3, (fresh) => {
    fresh.createObjectStore('feeds', { keyPath: 'url' });
    fresh.createObjectStore('feedMeta', { keyPath: 'url' }).createIndex('by-fetchedAt', 'fetchedAt');
    fresh.createObjectStore('settings');
  });
  const tx = db.transaction(['feeds', 'feedMeta', 'settings'], 'readwrite');
  tx.objectStore('feeds').put({ url: entry.url, data: entry.data, problems: entry.problems });
  tx.objectStore('feedMeta').put(metaOf(entry));
  tx.objectStore('settings').put('en', 'lang');
  await done(tx);
  db.close();
}

describe('the database schema', () => {
  it('is called kinderwerkkaart and is at version 4', () => {
    expect(DB_NAME).toBe('kinderwerkkaart');
    expect(DB_VERSION).toBe(4);
  });

  it('creates every store on a fresh database', async () => {
    const db = await openKinderwerkDB({ name: 'fresh', factory: new IDBFactory() });
    expect([...db.objectStoreNames].sort()).toEqual(['feedMeta', 'feedSlices', 'feeds', 'settings']);
    expect([...db.transaction('feedMeta').store.indexNames]).toEqual(['by-fetchedAt']);
    expect([...db.transaction('feeds').store.indexNames]).toEqual([]);
    db.close();
  });

  it('upgrades a version 1 database with a cached feed and keeps the feed', async () => {
    const factory = new IDBFactory();
    await createVersion1Database(factory, DB_NAME);

    const store = await openFeedStore({ indexedDB: factory });
    const kept = await store.get(URL_A);
    expect(firstTitle(kept)).toBe('Knutselen uit versie 1');
    expect(kept?.etag).toBe('"v1"');
    // list() reads the meta records added in version 3, so it proves they cover old feeds.
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-01-05T10:00:00.000Z' }]);
    store.close();

    const db = await openKinderwerkDB({ name: DB_NAME, factory });
    expect(db.version).toBe(4);
    await db.put('settings', 'nl', 'lang');
    expect(await db.get('settings', 'lang')).toBe('nl');
    db.close();
  });

  it('upgrades a version 2 database with a cached feed: the feed, its ETag and the settings stay', async () => {
    const factory = new IDBFactory();
    await createVersion2Database(factory, DB_NAME, [cachedFeed(URL_A, { title: 'Knutselen uit versie 2', etag: '"v2"' })]);

    const store = await openFeedStore({ indexedDB: factory });
    expect(store.persistent).toBe(true);
    const kept = await store.get(URL_A);
    expect(firstTitle(kept)).toBe('Knutselen uit versie 2');
    expect(kept).toMatchObject({ etag: '"v2"', fetchedAt: '2026-01-05T10:00:00.000Z' });
    expect(await store.getMeta(URL_A)).toMatchObject({
      etag: '"v2"', problemCount: 0, about: { municipality: { name: 'Voorbeeldstad' } },
    });
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-01-05T10:00:00.000Z' }]);

    // A return visit answered with 304: the new date wins over the one in the old record.
    await store.touch(URL_A, '2026-03-01T08:00:00.000Z');
    store.close();
    const nextVisit = await openFeedStore({ indexedDB: factory });
    const touched = await nextVisit.get(URL_A);
    expect(touched).toMatchObject({ fetchedAt: '2026-03-01T08:00:00.000Z', etag: '"v2"' });
    expect(firstTitle(touched)).toBe('Knutselen uit versie 2');
    nextVisit.close();

    const db = await openKinderwerkDB({ name: DB_NAME, factory });
    expect(db.version).toBe(4);
    expect(await db.get('settings', 'lang')).toBe('en');
    db.close();
  });

  it('upgrades a version 2 database with a damaged record instead of failing, and keeps the good feed', async () => {
    const factory = new IDBFactory();
    await createVersion2Database(factory, DB_NAME, [
      cachedFeed(URL_A, { title: 'Goed' }),
      { url: URL_B, fetchedAt: '2026-01-04T10:00:00.000Z', data: null },
    ]);

    const store = await openFeedStore({ indexedDB: factory });
    expect(store.persistent).toBe(true);
    expect(firstTitle(await store.get(URL_A))).toBe('Goed');
    expect(await store.get(URL_B)).toBeUndefined();
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-01-05T10:00:00.000Z' }]);
  });

  it('upgrades a version 3 database with a cached feed: it still serves the feed until it is replaced in slices', async () => {
    const factory = new IDBFactory();
    const old = cachedFeed(URL_A, { title: 'Knutselen uit versie 3', etag: '"v3"' });
    old.problems = [{ severity: 'warning', kind: 'activities', id: 'act-1', path: 'activities[0].name', reason: 'Too long.' }];
    // Version 3 saved feeds from before feed v1.1: without stories.
    const { stories: _none, ...withoutStories } = old.data;
    await createVersion3Database(factory, DB_NAME, { ...old, data: withoutStories as typeof old.data });

    const store = await openFeedStore({ indexedDB: factory });
    expect(store.persistent).toBe(true);
    expect(await store.get(URL_A)).toEqual(old);
    expect(await store.getMeta(URL_A)).toMatchObject({ etag: '"v3"', problemCount: 1 });
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-01-05T10:00:00.000Z' }]);
    await store.touch(URL_A, '2026-03-01T08:00:00.000Z');
    store.close();

    const nextVisit = await openFeedStore({ indexedDB: factory });
    expect(await nextVisit.get(URL_A)).toMatchObject({ fetchedAt: '2026-03-01T08:00:00.000Z', etag: '"v3"' });
    await nextVisit.put(cachedFeed(URL_A, { title: 'Nieuw in versie 4', fetchedAt: '2026-04-01T08:00:00.000Z' }));
    expect(firstTitle(await nextVisit.get(URL_A))).toBe('Nieuw in versie 4');
    nextVisit.close();

    const db = await openKinderwerkDB({ name: DB_NAME, factory });
    expect(db.version).toBe(4);
    expect(await db.get('settings', 'lang')).toBe('en');
    db.close();
    const raw = await openRaw(factory, DB_NAME, 4);
    // Replacing the feed removed its old one-record copy: no stale data is left behind.
    expect(await getRaw(raw, 'feeds', URL_A)).toBeUndefined();
    raw.close();
  });
});
