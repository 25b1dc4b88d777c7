/**
 * The Kinderwerkkaart IndexedDB database: its schema, the migrations that bring any
 * older version up to date without losing data, and a connection that steps aside
 * when another tab needs to upgrade.
 *
 *   const connection = createConnection({ name: DB_NAME, factory: indexedDB });
 *   const db = await connection.open();
 *   const meta = await db.get('feedMeta', url);
 *
 * idb recognises databases with `instanceof IDBDatabase`, so a custom `factory` must
 * come from the same IndexedDB implementation as the globals (in tests: import
 * 'fake-indexeddb/auto' before passing `new IDBFactory()`).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { isWholeCachedFeed, metaOf, type FeedPayload } from './feed-record';
import type { FeedSlice, FirstViewSlice, SliceKey } from './feed-slices';
import type { CachedFeedMeta } from './feed-store';

export const DB_NAME = 'kinderwerkkaart';
export const DB_VERSION = 4;

export type SettingValue = string | number | boolean;

/**
 * A cached feed is a `feedMeta` record (small) and its data in `feedSlices`, all
 * written in one transaction. See feed-record.ts and feed-slices.ts.
 */
export interface KinderwerkDB extends DBSchema {
  /**
   * Since v1. The data of a feed saved before v4, in one record (until v3 the whole
   * feed). Read until that feed is next replaced, which deletes its record.
   */
  feeds: { key: string; value: FeedPayload };
  /** Since v4. The data of each cached feed, in slices of up to 1,000 records, and its first view. */
  feedSlices: { key: SliceKey; value: FeedSlice | FirstViewSlice };
  /** Since v3. The small part of each cached feed: dates, validators, counts. */
  feedMeta: { key: string; value: CachedFeedMeta; indexes: { 'by-fetchedAt': string } };
  /** Since v2. Small preferences, keyed by name. */
  settings: { key: string; value: SettingValue };
}

export type KinderwerkDatabase = IDBPDatabase<KinderwerkDB>;

/**
 * `MIGRATIONS[n]` upgrades version n to n + 1. Each step runs in order from the
 * version found on disk, so a v1 database with data becomes v4 with the same data.
 * Never change what a shipped step does; add a new one. Steps use the plain
 * IndexedDB API: they deal with the shapes of every older version, not only the
 * schema above.
 */
const MIGRATIONS: Array<(db: IDBDatabase, tx: IDBTransaction) => void> = [
  (db) => {
    db.createObjectStore('feeds', { keyPath: 'url' });
  },
  (db, tx) => {
    tx.objectStore('feeds').createIndex('by-fetchedAt', 'fetchedAt');
    db.createObjectStore('settings');
  },
  (db, tx) => {
    const metaStore = db.createObjectStore('feedMeta', { keyPath: 'url' });
    metaStore.createIndex('by-fetchedAt', 'fetchedAt');
    const feeds = tx.objectStore('feeds');
    feeds.deleteIndex('by-fetchedAt');
    // Reads each old feed once, in this upgrade only. The old records keep their
    // (now unused) date and validators until the feed is next replaced: rewriting
    // megabytes here would slow down the page that happens to upgrade.
    const cursorRequest = feeds.openCursor();
    cursorRequest.addEventListener('success', () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      // A damaged record must not fail the upgrade (that would leave the cache unusable).
      if (isWholeCachedFeed(cursor.value)) metaStore.put(metaOf(cursor.value));
      else cursor.delete();
      cursor.continue();
    });
  },
  (db) => {
    // Old records are not sliced here: that would read and write every cached feed
    // in the upgrade (seconds for a region feed, in one task, and a quota error
    // would fail the upgrade on every visit). They are read as they are instead.
    db.createObjectStore('feedSlices');
  },
];

/** Another tab keeps an older version open and did not close it when asked. */
export class DatabaseBlockedError extends Error {
  override readonly name = 'DatabaseBlockedError';
  constructor() {
    super('Another tab keeps an older version of the Kinderwerkkaart database open.');
  }
}

/** IndexedDB did not answer the request to open the database (some private modes never do). */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
  constructor(ms: number) {
    super(`IndexedDB did not open the Kinderwerkkaart database within ${ms} ms.`);
  }
}

/** How long opening the database may take before the page goes on without it. */
export const OPEN_TIMEOUT_MS = 3_000;

export interface OpenOptions {
  name: string;
  factory: IDBFactory;
  /** Give up after this long (default `OPEN_TIMEOUT_MS`): a request that never answers must not stop the feed from loading. */
  timeoutMs?: number;
  /** Another tab wants to upgrade or delete the database; this connection has closed already. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * Opens and upgrades the database. Rejects with `DatabaseBlockedError` as soon as
 * another tab blocks the upgrade instead of waiting for that tab to close, with
 * `DatabaseTimeoutError` when IndexedDB does not answer in time, and with the
 * browser's error when IndexedDB refuses (private mode, newer version on disk).
 */
export function openKinderwerkDB(options: OpenOptions): Promise<KinderwerkDatabase> {
  return new Promise((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;
    let gaveUp = false;
    const giveUp = (error: unknown) => {
      clearTimeout(timer);
      gaveUp = true;
      reject(error);
    };
    const timer = setTimeout(() => giveUp(new DatabaseTimeoutError(timeoutMs)), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      request = options.factory.open(options.name, DB_VERSION);
    } catch (error) {
      giveUp(error);
      return;
    }
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction as IDBTransaction;
      for (let version = event.oldVersion; version < DB_VERSION; version++) MIGRATIONS[version](request.result, tx);
    });
    request.addEventListener('blocked', () => giveUp(new DatabaseBlockedError()));
    request.addEventListener('error', () => giveUp(request.error));
    request.addEventListener('success', () => {
      clearTimeout(timer);
      const db = request.result;
      // Opened after all, once the other tab let go: nobody waits for it any more.
      if (gaveUp) {
        db.close();
        return;
      }
      db.addEventListener('versionchange', () => {
        db.close();
        options.onVersionChange?.();
      });
      db.addEventListener('close', () => options.onTerminated?.());
      resolve(wrap(db) as unknown as KinderwerkDatabase);
    });
  });
}

export interface DatabaseConnection {
  /** The open database; opens it (again) when it was closed for another tab or by the browser. */
  open(): Promise<KinderwerkDatabase>;
  close(): void;
}

export function createConnection(options: { name: string; factory: IDBFactory; timeoutMs?: number }): DatabaseConnection {
  let opening: Promise<KinderwerkDatabase> | undefined;
  const forget = (which: Promise<KinderwerkDatabase>) => {
    if (opening === which) opening = undefined;
  };
  return {
    open() {
      if (opening) return opening;
      const attempt: Promise<KinderwerkDatabase> = openKinderwerkDB({
        ...options,
        onVersionChange: () => forget(attempt),
        onTerminated: () => forget(attempt),
      });
      attempt.catch(() => forget(attempt));
      opening = attempt;
      return attempt;
    },
    close() {
      opening?.then((db) => db.close(), () => undefined);
      opening = undefined;
    },
  };
}
