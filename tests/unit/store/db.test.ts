import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openKinderwerkDB } from '../../../lib/store/db';
import { openFeedStore } from '../../../lib/store/cache';
import { cachedFeed, firstTitle } from '../../fixtures/store/cached-feed';
import { done, openRaw } from './raw-idb';

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

describe('the database schema', () => {
  it('is called kinderwerkkaart and is at version 3', () => {
    expect(DB_NAME).toBe('kinderwerkkaart');
    expect(DB_VERSION).toBe(3);
  });

  it('creates every store on a fresh database', async () => {
    const db = await openKinderwerkDB({ name: 'fresh', factory: new IDBFactory() });
    expect([...db.objectStoreNames].sort()).toEqual(['feedMeta', 'feeds', 'settings']);
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
    expect(db.version).toBe(3);
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
    expect(db.version).toBe(3);
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
});
