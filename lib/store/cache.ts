/**
 * The feed cache in IndexedDB, with a memory fallback when the browser has no usable
 * IndexedDB. Each feed is a small meta record and its data in slices of up to 1,000
 * records (feed-slices.ts), always written together in one transaction: after a
 * crash the old or the new feed is there, never a mix. Slices are written and read
 * one per task, so no single structured clone blocks the page for long. A 304
 * rewrites the small record only.
 *
 *   const store = await openFeedStore();
 *   if (!store.persistent) showNotice(store.notice);
 *   await store.put(entry); // may throw FeedStoreError('storage-full')
 */
import { createConnection, DatabaseBlockedError, DB_NAME, type DatabaseConnection, type KinderwerkDatabase } from './db';
import { copyFeed } from './feed-copy';
import { joinFeed, metaOf } from './feed-record';
import {
  areaSliceCount, FIRST_VIEW_POSITION, joinSlices, sliceFeed, sliceRange, type FeedSlice, type FirstViewSlice,
} from './feed-slices';
import {
  FeedStoreError, STORAGE_NOTICES, type CachedFeed, type CachedFeedMeta, type FeedStore, type FirstView, type StorageNoticeCode,
} from './feed-store';
import { firstMapHolds, firstMapSteps } from '../query/first-map';
import { nextMacrotask, runStepsInSlices } from '../steps';
import { createMemoryFeedStore } from './memory-store';

export * from './feed-store';

export interface FeedStoreOptions {
  /** Database name; tests use their own. Default `kinderwerkkaart`. */
  dbName?: string;
  /** IndexedDB implementation; default the browser's. */
  indexedDB?: IDBFactory;
  /** How long opening the database may take; then the feed is kept in memory (default `OPEN_TIMEOUT_MS`). */
  openTimeoutMs?: number;
}

export async function openFeedStore(options: FeedStoreOptions = {}): Promise<FeedStore> {
  const factory = options.indexedDB ?? browserIndexedDB();
  if (!factory) return createMemoryFeedStore('unavailable');
  const connection = createConnection({ name: options.dbName ?? DB_NAME, factory, timeoutMs: options.openTimeoutMs });
  try {
    await connection.open();
  } catch (error) {
    connection.close();
    return createMemoryFeedStore(noticeFor(error));
  }
  return new IndexedDbFeedStore(connection);
}

function browserIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    // Some sandboxed frames throw a SecurityError on mere access.
    return undefined;
  }
}

function noticeFor(error: unknown): StorageNoticeCode {
  if (error instanceof DatabaseBlockedError) return 'blocked';
  if (error instanceof Error && error.name === 'VersionError') return 'newer-version';
  return 'unavailable';
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error
    && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function toStoreError(error: unknown): FeedStoreError {
  return isQuotaError(error)
    ? new FeedStoreError('storage-full', 'The browser storage for this site is full. The new feed is used until the page is closed; the feed saved earlier is kept.', { cause: error })
    : new FeedStoreError('write-failed', 'The feed could not be saved. It is used until the page is closed; the feed saved earlier is kept.', { cause: error });
}

/**
 * Issues all `requests` at once and waits for them. One that throws at once (a full
 * disk, say) rejects like one that fails later, and the others still get a handler.
 */
function issueAll(requests: Array<() => Promise<unknown>>): Promise<unknown[]> {
  return Promise.all(requests.map((issue) => {
    try {
      return issue();
    } catch (error) {
      return Promise.reject(error);
    }
  }));
}

/**
 * Runs `writes` in `tx` and waits for the transaction to commit. When any write
 * fails, even when it throws at once, the transaction is aborted so that none of
 * them lands. `writes` may issue one request after another (awaiting each): a
 * pending request keeps the transaction open, a timer would not.
 */
async function allOrNothing(tx: { done: Promise<void>; abort(): void }, writes: () => Promise<unknown>): Promise<void> {
  try {
    await Promise.all([writes(), tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Aborted or finished already.
    }
    throw error;
  }
}

/**
 * The first view saved with a feed: its whole town's map as counted on the day `counted`
 * (when it was fetched, or today when renewed). None when it cannot be counted (a date that
 * is not one): the map then waits for the data, as before.
 */
async function firstViewOf(entry: CachedFeed, counted: Date): Promise<FirstViewSlice | undefined> {
  if (Number.isNaN(counted.getTime())) return undefined;
  const savedAs = `${entry.fetchedAt} ${Math.random().toString(36).slice(2)}`;
  try {
    const map = await runStepsInSlices(firstMapSteps(entry.data, counted), { priority: 'background' });
    return { part: 'first-view', map, areaSlices: areaSliceCount(entry.data), savedAs };
  } catch {
    // A shortcut, not the data: the feed is saved without it.
    return undefined;
  }
}

/** The meta record still describes the copy `entry` was read from: the same validators and counts. */
function sameSave(meta: CachedFeedMeta, entry: CachedFeed): boolean {
  return meta.contentHash === entry.contentHash && meta.etag === entry.etag && meta.lastModified === entry.lastModified
    && JSON.stringify(meta.counts) === JSON.stringify(entry.counts);
}

class IndexedDbFeedStore implements FeedStore {
  /** Entries this session could not save; they win over the database until saved. */
  readonly #sessionCopies = new Map<string, CachedFeed>();
  /**
   * The boundaries of the last first view read, by URL. The whole copy read next for the same
   * saved feed hands back these very objects, so the map keeps the buurten it drew.
   */
  readonly #firstViewsRead = new Map<string, Pick<FirstView, 'buurten' | 'wijken'> & { savedAs: string }>();
  /** Set when the database became unusable mid-session (another tab upgraded past us). */
  #degraded: StorageNoticeCode | undefined;
  /** The writes, one after another in the order asked: a put first counts its first view, and must not be overtaken. */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly connection: DatabaseConnection) {}

  get persistent(): boolean {
    return this.#degraded === undefined;
  }

  get notice(): string | undefined {
    return this.#degraded && STORAGE_NOTICES[this.#degraded];
  }

  get noticeCode(): StorageNoticeCode | undefined {
    return this.#degraded;
  }

  async get(url: string): Promise<CachedFeed | undefined> {
    const copy = this.#sessionCopies.get(url);
    if (copy) return copyFeed(copy);
    return this.#withDatabase(async (db) => {
      const tx = db.transaction(['feedMeta', 'feedSlices', 'feeds']);
      // A cursor step per slice: each slice is cloned out of the database in a task of its own.
      let first: FirstViewSlice | undefined;
      const readSlices = async () => {
        const slices: FeedSlice[] = [];
        let cursor = await tx.objectStore('feedSlices').openCursor(sliceRange(url));
        while (cursor) {
          const slice = cursor.value;
          if (slice.part === 'first-view') first = slice;
          else slices.push(slice);
          cursor = await cursor.continue();
        }
        return slices;
      };
      const [meta, slices] = await Promise.all([tx.objectStore('feedMeta').get(url), readSlices()]);
      if (!meta) return undefined;
      if (slices.length > 0) {
        const entry = this.#withBoundariesShown(joinSlices(meta, slices), first?.savedAs);
        if (entry && !(first && firstMapHolds(first.map, new Date()))) void this.#renewFirstView(entry, first?.savedAs).catch(() => undefined);
        return entry;
      }
      // Saved before version 4 of the database and not replaced since.
      const payload = await tx.objectStore('feeds').get(url);
      return payload && joinFeed(meta, payload);
    }, undefined);
  }

  async getFirstView(url: string): Promise<FirstView | undefined> {
    if (this.#sessionCopies.has(url)) return undefined;
    return this.#withDatabase(async (db) => {
      const tx = db.transaction(['feedMeta', 'feedSlices']);
      const slices = tx.objectStore('feedSlices');
      const [meta, first] = await Promise.all([tx.objectStore('feedMeta').get(url), slices.get([url, FIRST_VIEW_POSITION])]);
      if (!meta || first?.part !== 'first-view') return undefined;
      const areaSlices = await slices.getAll(IDBKeyRange.bound([url, 0], [url, first.areaSlices - 1]));
      if (areaSlices.length !== first.areaSlices) return undefined;
      const view: FirstView = { about: meta.about, buurten: [], wijken: [], map: first.map };
      for (const slice of areaSlices) {
        if (slice.part === 'buurten') view.buurten.push(...(slice.records as FirstView['buurten']));
        else if (slice.part === 'wijken') view.wijken.push(...(slice.records as FirstView['wijken']));
      }
      this.#firstViewsRead.set(url, { buurten: view.buurten, wijken: view.wijken, savedAs: first.savedAs });
      return view;
    }, undefined);
  }

  /** `entry` with the boundaries of the first view read for it, once, when both come from the same put. */
  #withBoundariesShown(entry: CachedFeed | undefined, savedAs: string | undefined): CachedFeed | undefined {
    if (!entry) return entry;
    const shown = this.#firstViewsRead.get(entry.url);
    this.#firstViewsRead.delete(entry.url);
    if (!shown || savedAs === undefined || shown.savedAs !== savedAs) return entry;
    return { ...entry, data: { ...entry.data, buurten: shown.buurten, wijken: shown.wijken } };
  }

  async getMeta(url: string): Promise<CachedFeedMeta | undefined> {
    const copy = this.#sessionCopies.get(url);
    if (copy) return structuredClone(metaOf(copy));
    return this.#withDatabase((db) => db.get('feedMeta', url), undefined);
  }

  put(entry: CachedFeed): Promise<void> {
    return this.#inOrder(() => this.#put(entry));
  }

  /**
   * Counts the first view of a copy again when it no longer holds (one of its offers has
   * ended since) or was saved without one (by an earlier version), so the next visit's map
   * is quick again. Not when the feed was replaced or deleted since it was read.
   */
  #renewFirstView(entry: CachedFeed, seen: string | undefined): Promise<void> {
    return this.#inOrder(async () => {
      const view = await firstViewOf(entry, new Date());
      if (!view) return;
      await this.#withDatabase(async (db) => {
        const tx = db.transaction(['feedMeta', 'feedSlices'], 'readwrite');
        const slices = tx.objectStore('feedSlices');
        await allOrNothing(tx, async () => {
          const [meta, current] = await Promise.all([tx.objectStore('feedMeta').get(entry.url), slices.get([entry.url, FIRST_VIEW_POSITION])]);
          const currentMark = current?.part === 'first-view' ? current.savedAs : undefined;
          if (!meta || currentMark !== seen || !sameSave(meta, entry)) return;
          await slices.put(view, [entry.url, FIRST_VIEW_POSITION]);
        });
      }, undefined);
    });
  }

  async #put(entry: CachedFeed): Promise<void> {
    const { url } = entry;
    const meta = metaOf(entry);
    // Nobody waits for the copy: the new data on screen draws first (a city's map takes a few frames).
    await nextMacrotask('background');
    const slices = sliceFeed(entry);
    // Counted in slices before the transaction (a region's takes over 150 ms), so the page can draw meanwhile.
    const firstView = await firstViewOf(entry, new Date(entry.fetchedAt));
    let failure: unknown;
    let saved = false;
    try {
      saved = await this.#withDatabase(async (db) => {
        const tx = db.transaction(['feedMeta', 'feedSlices', 'feeds'], 'readwrite');
        await allOrNothing(tx, async () => {
          const sliceStore = tx.objectStore('feedSlices');
          await issueAll([
            () => sliceStore.delete(sliceRange(url)),
            () => tx.objectStore('feeds').delete(url),
            () => tx.objectStore('feedMeta').put(meta),
          ]);
          // One put per slice, each issued when the previous one succeeded: every put
          // clones its slice at once, so issuing them all together would be one long task.
          for (const [position, slice] of slices.entries()) await sliceStore.put(slice, [url, position]);
          if (firstView) await sliceStore.put(firstView, [url, FIRST_VIEW_POSITION]);
        });
        return true;
      }, false);
    } catch (error) {
      failure = error;
    }
    if (saved) this.#sessionCopies.delete(url);
    else this.#sessionCopies.set(url, await copyFeed(entry));
    if (failure !== undefined) throw toStoreError(failure);
  }

  touch(url: string, fetchedAt: string): Promise<void> {
    return this.#inOrder(() => this.#touch(url, fetchedAt));
  }

  async #touch(url: string, fetchedAt: string): Promise<void> {
    const copy = this.#sessionCopies.get(url);
    if (copy) this.#sessionCopies.set(url, { ...copy, fetchedAt });
    try {
      await this.#withDatabase(async (db) => {
        const tx = db.transaction('feedMeta', 'readwrite');
        const meta = await tx.store.get(url);
        await allOrNothing(tx, async () => meta && tx.store.put({ ...meta, fetchedAt }));
      }, undefined);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  delete(url: string): Promise<void> {
    return this.#inOrder(() => this.#delete(url));
  }

  /** Runs `write` once the writes asked for before it have ended, whether they worked or not. */
  #inOrder<T>(write: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(write);
    this.#writes = result.catch(() => undefined);
    return result;
  }

  async #delete(url: string): Promise<void> {
    this.#sessionCopies.delete(url);
    await this.#withDatabase(async (db) => {
      const tx = db.transaction(['feedMeta', 'feedSlices', 'feeds'], 'readwrite');
      await allOrNothing(tx, () => issueAll([
        () => tx.objectStore('feedSlices').delete(sliceRange(url)),
        () => tx.objectStore('feeds').delete(url),
        () => tx.objectStore('feedMeta').delete(url),
      ]));
    }, undefined);
  }

  async list(): Promise<Array<{ url: string; fetchedAt: string }>> {
    const fetchedAtByUrl = await this.#withDatabase(async (db) => {
      const found = new Map<string, string>();
      // A key cursor on the index reads URLs and dates without loading even the meta records.
      let cursor = await db.transaction('feedMeta').store.index('by-fetchedAt').openKeyCursor();
      while (cursor) {
        found.set(cursor.primaryKey, cursor.key);
        cursor = await cursor.continue();
      }
      return found;
    }, new Map<string, string>());
    for (const copy of this.#sessionCopies.values()) fetchedAtByUrl.set(copy.url, copy.fetchedAt);
    return [...fetchedAtByUrl]
      .map(([url, fetchedAt]) => ({ url, fetchedAt }))
      .sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt));
  }

  close(): void {
    this.connection.close();
  }

  /**
   * Runs `operation` on the database, or returns `unusable` once the database became
   * unusable; from then on the session copies serve. A connection the browser closed
   * a moment ago (its close event still queued) is reopened once.
   */
  async #withDatabase<T>(operation: (db: KinderwerkDatabase) => Promise<T>, unusable: T): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const db = await this.#database();
      if (!db) return unusable;
      try {
        return await operation(db);
      } catch (error) {
        const connectionClosed = error instanceof Error && error.name === 'InvalidStateError';
        if (!connectionClosed || attempt > 1) throw error;
        this.connection.close();
      }
    }
  }

  async #database(): Promise<KinderwerkDatabase | undefined> {
    if (this.#degraded) return undefined;
    try {
      return await this.connection.open();
    } catch (error) {
      this.#degraded = noticeFor(error);
      return undefined;
    }
  }
}
