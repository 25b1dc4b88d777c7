import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openKinderwerkDB } from '../../../lib/store/db';
import { openFeedStore } from '../../../lib/store/cache';
import { cachedFeed, firstTitle } from '../../fixtures/store/cached-feed';
import { done, openRaw } from './raw-idb';

const URL_A = 'https://voorbeeldstad.test/kinderwerk.json';

/** What version 1 of this code wrote: one store, keyed by URL. */
async function createVersion1Database(factory: IDBFactory, name: string): Promise<void> {
  const db = await openRaw(factory, name, 1, (fresh) => fresh.createObjectStore('feeds', { keyPath: 'url' }));
  const tx = db.transaction('feeds', 'readwrite');
  tx.objectStore('feeds').put(cachedFeed(URL_A, { title: 'Knutselen uit versie 1', etag: '"v1"' }));
  await done(tx);
  db.close();
}

describe('the database schema', () => {
  it('is called kinderwerkkaart and is at version 2', () => {
    expect(DB_NAME).toBe('kinderwerkkaart');
    expect(DB_VERSION).toBe(2);
  });

  it('creates every store on a fresh database', async () => {
    const db = await openKinderwerkDB({ name: 'fresh', factory: new IDBFactory() });
    expect([...db.objectStoreNames].sort()).toEqual(['feeds', 'settings']);
    expect([...db.transaction('feeds').store.indexNames]).toEqual(['by-fetchedAt']);
    db.close();
  });

  it('upgrades a version 1 database with a cached feed and keeps the feed', async () => {
    const factory = new IDBFactory();
    await createVersion1Database(factory, DB_NAME);

    const store = await openFeedStore({ indexedDB: factory });
    const kept = await store.get(URL_A);
    expect(firstTitle(kept)).toBe('Knutselen uit versie 1');
    expect(kept?.etag).toBe('"v1"');
    // list() reads the index added in version 2, so it proves the index covers old records.
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-01-05T10:00:00.000Z' }]);
    store.close();

    const db = await openKinderwerkDB({ name: DB_NAME, factory });
    expect(db.version).toBe(2);
    await db.put('settings', 'nl', 'lang');
    expect(await db.get('settings', 'lang')).toBe('nl');
    db.close();
  });
});
