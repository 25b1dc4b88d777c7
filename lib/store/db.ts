/**
 * The Kinderwerkkaart IndexedDB database: its schema, the migrations that bring any
 * older version up to date without losing data, and a connection that steps aside
 * when another tab needs to upgrade.
 *
 *   const connection = createConnection({ name: DB_NAME, factory: indexedDB });
 *   const db = await connection.open();
 *   const cached = await db.get('feeds', url);
 *
 * idb recognises databases with `instanceof IDBDatabase`, so a custom `factory` must
 * come from the same IndexedDB implementation as the globals (in tests: import
 * 'fake-indexeddb/auto' before passing `new IDBFactory()`).
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CachedFeed } from './feed-store';

export const DB_NAME = 'kinderwerkkaart';
export const DB_VERSION = 2;

export type SettingValue = string | number | boolean;

export interface KinderwerkDB extends DBSchema {
  /** Since v1. The last good feed per URL. */
  feeds: { key: string; value: CachedFeed; indexes: { 'by-fetchedAt': string } };
  /** Since v2. Small preferences, keyed by name. */
  settings: { key: string; value: SettingValue };
}

export type KinderwerkDatabase = IDBPDatabase<KinderwerkDB>;
type UpgradeTransaction = IDBPTransaction<KinderwerkDB, StoreNames<KinderwerkDB>[], 'versionchange'>;

/**
 * `MIGRATIONS[n]` upgrades version n to n + 1. Each step runs in order from the
 * version found on disk, so a v1 database with data becomes v2 with the same data.
 * Never change a step that has shipped; add a new one.
 */
const MIGRATIONS: Array<(db: KinderwerkDatabase, tx: UpgradeTransaction) => void> = [
  (db) => {
    db.createObjectStore('feeds', { keyPath: 'url' });
  },
  (db, tx) => {
    tx.objectStore('feeds').createIndex('by-fetchedAt', 'fetchedAt');
    db.createObjectStore('settings');
  },
];

/** Another tab keeps an older version open and did not close it when asked. */
export class DatabaseBlockedError extends Error {
  override readonly name = 'DatabaseBlockedError';
  constructor() {
    super('Another tab keeps an older version of the Kinderwerkkaart database open.');
  }
}

export interface OpenOptions {
  name: string;
  factory: IDBFactory;
  /** Another tab wants to upgrade or delete the database; this connection has closed already. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * Opens and upgrades the database. Rejects with `DatabaseBlockedError` as soon as
 * another tab blocks the upgrade instead of waiting for that tab to close, and with
 * the browser's error when IndexedDB refuses (private mode, newer version on disk).
 */
export function openKinderwerkDB(options: OpenOptions): Promise<KinderwerkDatabase> {
  return new Promise((resolve, reject) => {
    const request = options.factory.open(options.name, DB_VERSION);
    let gaveUp = false;
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as KinderwerkDatabase;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
      for (let version = event.oldVersion; version < DB_VERSION; version++) MIGRATIONS[version](db, tx);
    });
    request.addEventListener('blocked', () => {
      gaveUp = true;
      reject(new DatabaseBlockedError());
    });
    request.addEventListener('error', () => reject(request.error));
    request.addEventListener('success', () => {
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

export function createConnection(options: { name: string; factory: IDBFactory }): DatabaseConnection {
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
