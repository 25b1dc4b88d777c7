import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedStoreError, openFeedStore, type CachedFeed } from '../../../lib/store/cache';
import { createMemoryFeedStore } from '../../../lib/store/memory-store';
import { DB_VERSION } from '../../../lib/store/db';
import { cachedFeed, firstTitle } from '../../fixtures/store/cached-feed';
import { openRaw } from './raw-idb';

const URL_A = 'https://voorbeeldstad.test/kinderwerk.json';
const URL_B = 'https://anderestad.test/kinderwerk.json';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A feed with `count` activities and as many problems: several slices of each. */
function bigFeed(url: string, count: number, title: string): CachedFeed {
  const entry = cachedFeed(url, { title });
  const [first] = entry.data.activities;
  entry.data.activities = Array.from({ length: count }, (_, i) => ({ ...first, id: `act-${i}`, name: i === 0 ? title : `${title} ${i}` }));
  entry.problems = Array.from({ length: count }, (_, i) => ({ severity: 'warning', path: `activities[${i}].name`, reason: 'Too long.' }));
  return entry;
}

/** A new browser profile: its own IndexedDB. */
function freshBrowser(): IDBFactory {
  return new IDBFactory();
}

describe('openFeedStore with IndexedDB', () => {
  it('saves, reads, lists and deletes feeds per URL', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    expect(store.persistent).toBe(true);
    expect(store.notice).toBeUndefined();

    await store.put(cachedFeed(URL_A, { title: 'Voetbal', fetchedAt: '2026-01-05T10:00:00.000Z', etag: '"a1"' }));
    await store.put(cachedFeed(URL_B, { title: 'Knutselen', fetchedAt: '2026-01-04T10:00:00.000Z' }));

    const a = await store.get(URL_A);
    expect(firstTitle(a)).toBe('Voetbal');
    expect(a?.etag).toBe('"a1"');
    expect(await store.list()).toEqual([
      { url: URL_B, fetchedAt: '2026-01-04T10:00:00.000Z' },
      { url: URL_A, fetchedAt: '2026-01-05T10:00:00.000Z' },
    ]);

    await store.delete(URL_B);
    expect(await store.get(URL_B)).toBeUndefined();
    expect((await store.list()).map((entry) => entry.url)).toEqual([URL_A]);
  });

  it('keeps feeds across a reload', async () => {
    const browser = freshBrowser();
    const first = await openFeedStore({ indexedDB: browser });
    await first.put(cachedFeed(URL_A, { title: 'Voetbal' }));
    first.close();

    const second = await openFeedStore({ indexedDB: browser });
    expect(firstTitle(await second.get(URL_A))).toBe('Voetbal');
  });

  it('replaces a feed with a newer one', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    await store.put(cachedFeed(URL_A, { title: 'Oud' }));
    await store.put(cachedFeed(URL_A, { title: 'Nieuw', fetchedAt: '2026-02-01T10:00:00.000Z' }));
    expect(firstTitle(await store.get(URL_A))).toBe('Nieuw');
    expect(await store.list()).toHaveLength(1);
  });

  it('after a 304, moves the fetch date forward and keeps data and ETag', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    await store.put(cachedFeed(URL_A, { title: 'Voetbal', etag: '"a1"' }));
    await store.touch(URL_A, '2026-03-01T08:00:00.000Z');
    const touched = await store.get(URL_A);
    expect(touched?.fetchedAt).toBe('2026-03-01T08:00:00.000Z');
    expect(touched?.etag).toBe('"a1"');
    expect(firstTitle(touched)).toBe('Voetbal');

    await store.touch(URL_B, '2026-03-01T08:00:00.000Z');
    expect(await store.get(URL_B)).toBeUndefined();
  });

  it('keeps the content hash with the other validators, also when the feed is confirmed unchanged', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    await store.put({ ...cachedFeed(URL_A, { title: 'Voetbal' }), lastModified: 'Wed, 04 Mar 2026 10:00:00 GMT', contentHash: '812-0123456789abcdef' });
    await store.touch(URL_A, '2026-03-01T08:00:00.000Z');
    const validators = { lastModified: 'Wed, 04 Mar 2026 10:00:00 GMT', contentHash: '812-0123456789abcdef' };
    expect(await store.get(URL_A)).toMatchObject(validators);
    expect(await store.getMeta(URL_A)).toMatchObject({ fetchedAt: '2026-03-01T08:00:00.000Z', ...validators });
  });

  it('after a 304, rewrites only the small record and never reads or writes the data (issue 5)', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    await store.put(cachedFeed(URL_A, { title: 'Voetbal', etag: '"a1"' }));

    const storesUsed: string[] = [];
    for (const method of ['get', 'put', 'getAll', 'openCursor'] as const) {
      const real = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
        storesUsed.push(this.name);
        return real.apply(this, args);
      } as never);
    }
    await store.touch(URL_A, '2026-03-01T08:00:00.000Z');
    vi.restoreAllMocks();

    expect(storesUsed.length).toBeGreaterThan(0);
    expect(storesUsed.every((name) => name === 'feedMeta')).toBe(true);
    expect(await store.getMeta(URL_A)).toMatchObject({ fetchedAt: '2026-03-01T08:00:00.000Z', etag: '"a1"' });
  });

  it('describes a cached feed without its data: date, validators, counts, problems, municipality', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    const entry = cachedFeed(URL_A, { title: 'Voetbal', etag: '"a1"' });
    entry.problems = [{ severity: 'warning', kind: 'activities', id: 'act-1', path: 'activities[0].name', reason: 'The name is too long.' }];
    await store.put(entry);

    const meta = await store.getMeta(URL_A);
    expect(meta).toEqual({
      url: URL_A,
      fetchedAt: '2026-01-05T10:00:00.000Z',
      etag: '"a1"',
      counts: entry.counts,
      problemCount: 1,
      about: entry.data.meta,
    });
    expect(meta).not.toHaveProperty('data');
    expect(meta?.about.municipality.name).toBe('Voorbeeldstad');
    expect(await store.getMeta(URL_B)).toBeUndefined();

    await store.delete(URL_A);
    expect(await store.getMeta(URL_A)).toBeUndefined();
  });

  it('leaves the old feed whole when the replacing transaction breaks off half-way', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    await store.put(cachedFeed(URL_A, { title: 'Oud maar goed' }));

    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      this.transaction.abort(); // the tab crashes after the write started
      return request;
    });
    await expect(store.put(cachedFeed(URL_A, { title: 'Nieuw' }))).rejects.toMatchObject({ reason: 'write-failed' });
    vi.restoreAllMocks();
    store.close();

    const afterCrash = await openFeedStore({ indexedDB: browser });
    const kept = await afterCrash.get(URL_A);
    expect(firstTitle(kept)).toBe('Oud maar goed');
    expect(kept?.data.buurten).toHaveLength(1);
  });

  it('keeps the old feed, date and ETag together when the crash comes between its two records', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    await store.put(cachedFeed(URL_A, { title: 'Oud maar goed', etag: '"old"' }));

    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      if (++puts === 2) this.transaction.abort(); // the first record was written, the second was not
      return request;
    });
    await expect(store.put(cachedFeed(URL_A, { title: 'Nieuw', etag: '"new"', fetchedAt: '2026-02-01T10:00:00.000Z' })))
      .rejects.toMatchObject({ reason: 'write-failed' });
    vi.restoreAllMocks();
    store.close();

    const afterCrash = await openFeedStore({ indexedDB: browser });
    const kept = await afterCrash.get(URL_A);
    expect(firstTitle(kept)).toBe('Oud maar goed');
    expect(kept).toMatchObject({ etag: '"old"', fetchedAt: '2026-01-05T10:00:00.000Z' });
    expect(await afterCrash.getMeta(URL_A)).toMatchObject({ etag: '"old"', fetchedAt: '2026-01-05T10:00:00.000Z' });
  });

  it('saves a big feed in slices of at most 1,000 records, each written once the one before has landed (issue 5)', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    const entry = bigFeed(URL_A, 2500, 'Voetbal');

    const realPut = IDBObjectStore.prototype.put;
    const slicePuts: Array<{ records: number; issuedWhilePreviousPending: boolean }> = [];
    let previous: IDBRequest | undefined;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      // The first view (a map, not records) is written after the slices.
      if (this.name === 'feedSlices' && (args[0] as { part: string }).part !== 'first-view') {
        const value = args[0] as { records: unknown[] };
        slicePuts.push({ records: value.records.length, issuedWhilePreviousPending: previous?.readyState === 'pending' });
        previous = request;
      }
      return request;
    });
    await store.put(entry);
    vi.restoreAllMocks();

    expect(slicePuts.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...slicePuts.map((put) => put.records))).toBe(1000);
    expect(slicePuts.some((put) => put.issuedWhilePreviousPending)).toBe(false);
    store.close();

    const afterReload = await openFeedStore({ indexedDB: browser });
    expect(await afterReload.get(URL_A)).toEqual(entry);
  });

  it('leaves the old feed whole when the crash comes half-way through the new feed\'s slices', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    const old = bigFeed(URL_A, 1500, 'Oud maar goed');
    await store.put(old);

    const realPut = IDBObjectStore.prototype.put;
    let slicePuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args);
      if (this.name === 'feedSlices' && ++slicePuts === 5) this.transaction.abort(); // some slices were written
      return request;
    });
    await expect(store.put(bigFeed(URL_A, 3500, 'Nieuw'))).rejects.toMatchObject({ reason: 'write-failed' });
    vi.restoreAllMocks();
    store.close();

    const afterCrash = await openFeedStore({ indexedDB: browser });
    expect(await afterCrash.get(URL_A)).toEqual(old);
  });

  it('when storage is full, says so, keeps the saved feed and serves the new one this session', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    await store.put(cachedFeed(URL_A, { title: 'Oud' }));

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await store.put(cachedFeed(URL_A, { title: 'Nieuw', fetchedAt: '2026-02-01T10:00:00.000Z' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedStoreError);
    expect(error).toMatchObject({ reason: 'storage-full' });
    expect((error as FeedStoreError).message).toMatch(/full/);

    expect(firstTitle(await store.get(URL_A))).toBe('Nieuw');
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-02-01T10:00:00.000Z' }]);
    expect(await store.getMeta(URL_A)).toMatchObject({ fetchedAt: '2026-02-01T10:00:00.000Z' });
    vi.restoreAllMocks();
    store.close();

    const nextVisit = await openFeedStore({ indexedDB: browser });
    expect(firstTitle(await nextVisit.get(URL_A))).toBe('Oud');
  });

  it('hands out copies, so changing a read feed does not change the cache', async () => {
    const store = await openFeedStore({ indexedDB: freshBrowser() });
    await store.put(cachedFeed(URL_A, { title: 'Voetbal' }));
    const read = await store.get(URL_A);
    read!.data.activities[0].name = 'Veranderd';
    expect(firstTitle(await store.get(URL_A))).toBe('Voetbal');
  });
});

describe('openFeedStore without usable IndexedDB', () => {
  async function expectWorkingMemoryStore(store: Awaited<ReturnType<typeof openFeedStore>>) {
    await store.put(cachedFeed(URL_A, { title: 'Voetbal' }));
    expect(firstTitle(await store.get(URL_A))).toBe('Voetbal');
    await store.touch(URL_A, '2026-03-01T08:00:00.000Z');
    expect(await store.list()).toEqual([{ url: URL_A, fetchedAt: '2026-03-01T08:00:00.000Z' }]);
    expect(await store.getMeta(URL_A)).toMatchObject({ fetchedAt: '2026-03-01T08:00:00.000Z', problemCount: 0 });
    await store.delete(URL_A);
    expect(await store.get(URL_A)).toBeUndefined();
    expect(await store.getMeta(URL_A)).toBeUndefined();
  }

  it('keeps feeds in memory and says why when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openFeedStore();
    expect(store.persistent).toBe(false);
    expect(store.noticeCode).toBe('unavailable');
    expect(store.notice).toMatch(/memory/);
    await expectWorkingMemoryStore(store);
  });

  it('falls back to memory when opening throws (sandboxed frame)', async () => {
    const refusing = Object.assign(freshBrowser(), {
      open(): IDBOpenDBRequest {
        throw new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError');
      },
    });
    const store = await openFeedStore({ indexedDB: refusing });
    expect(store.persistent).toBe(false);
    expect(store.noticeCode).toBe('unavailable');
    await expectWorkingMemoryStore(store);
  });

  it('falls back to memory when opening fails later (Firefox private window)', async () => {
    const refusing = Object.assign(freshBrowser(), {
      open(): IDBOpenDBRequest {
        const request = new EventTarget();
        Object.defineProperty(request, 'error', {
          value: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        });
        queueMicrotask(() => request.dispatchEvent(new Event('error')));
        return request as IDBOpenDBRequest;
      },
    });
    const store = await openFeedStore({ indexedDB: refusing });
    expect(store.persistent).toBe(false);
    expect(store.noticeCode).toBe('unavailable');
    await expectWorkingMemoryStore(store);
  });
});

describe('openFeedStore with other tabs', () => {
  it('steps aside when another tab upgrades, and keeps working in memory after that', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    await store.put(cachedFeed(URL_A, { title: 'Voetbal' }));

    // A newer version of the page in another tab: it must not be blocked by us.
    const newerTab = await openRaw(browser, 'kinderwerkkaart', DB_VERSION + 1);
    newerTab.close();

    await store.put(cachedFeed(URL_B, { title: 'Knutselen' }));
    expect(firstTitle(await store.get(URL_B))).toBe('Knutselen');
    expect(store.persistent).toBe(false);
    expect(store.noticeCode).toBe('newer-version');
    expect(store.notice).toMatch(/Reload/);
  });

  it('reopens by itself after another tab deleted the database', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    await store.put(cachedFeed(URL_A, { title: 'Voetbal' }));

    await new Promise<void>((resolve, reject) => {
      const request = browser.deleteDatabase('kinderwerkkaart');
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('blocked by our store'));
    });

    expect(await store.get(URL_A)).toBeUndefined();
    await store.put(cachedFeed(URL_A, { title: 'Opnieuw' }));
    expect(firstTitle(await store.get(URL_A))).toBe('Opnieuw');
    expect(store.persistent).toBe(true);
  });

  it('reopens by itself after the browser closed the connection', async () => {
    const browser = freshBrowser();
    const store = await openFeedStore({ indexedDB: browser });
    await store.put(cachedFeed(URL_A, { title: 'Voetbal' }));
    const db = await openRaw(browser, 'kinderwerkkaart', DB_VERSION);
    db.close();

    const connections: IDBDatabase[] = [];
    const realTransaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
      connections.push(this);
      return realTransaction.apply(this, args);
    });
    await store.get(URL_A);
    forceCloseDatabase(connections[0] as unknown as typeof IDBDatabase);

    expect(firstTitle(await store.get(URL_A))).toBe('Voetbal');
    expect(store.persistent).toBe(true);
  });

  it('does not hang when an old tab blocks the upgrade, and says so', async () => {
    const browser = freshBrowser();
    const oldTab = await openRaw(browser, 'kinderwerkkaart', 1, (db) => db.createObjectStore('feeds', { keyPath: 'url' }));
    // The old tab ignores requests to close (it predates versionchange handling).

    const store = await openFeedStore({ indexedDB: browser });
    expect(store.persistent).toBe(false);
    expect(store.noticeCode).toBe('blocked');
    expect(store.notice).toMatch(/Close that tab/);
    await store.put(cachedFeed(URL_A, { title: 'Voetbal' }));
    expect(firstTitle(await store.get(URL_A))).toBe('Voetbal');

    oldTab.close();
    const afterClosing = await openFeedStore({ indexedDB: browser });
    expect(afterClosing.persistent).toBe(true);
  });
});

describe('the memory store', () => {
  it('keeps a big feed whole and hands out copies', async () => {
    const store = createMemoryFeedStore('unavailable');
    const entry = bigFeed(URL_A, 2500, 'Voetbal');
    await store.put(entry);
    entry.data.activities[0].name = 'Veranderd na opslaan';

    const read = await store.get(URL_A);
    expect(read?.data.activities).toHaveLength(2500);
    expect(read?.problems).toHaveLength(2500);
    expect(firstTitle(read)).toBe('Voetbal');
    read!.data.activities[1].name = 'Veranderd na lezen';
    expect((await store.get(URL_A))?.data.activities[1].name).toBe('Voetbal 1');
  });
});
