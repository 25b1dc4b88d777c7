/**
 * A small feed's last copy in the page's localStorage, read synchronously when the
 * widget starts, so a return visit shows its list in the very first frame: IndexedDB
 * answers only after the page has painted a few frames. IndexedDB stays the cache that
 * counts; this copy is replaced whenever another one is shown, and the copy of a feed
 * that has grown too big for it (`FIRST_SCREEN_MAX_CHARS`) is removed from it. Nothing is written
 * where storage is refused (a sandboxed frame, a private window that throws, a full disk).
 * For a feed too big for it, the entry only says that a copy is kept, so the next visit
 * knows at once whether it is a first one (`wasKept`).
 *
 *   const screen = localFirstScreen();
 *   const shown = screen.read(url);     // before anything else
 *   if (!screen.wasKept(url)) …         // a first visit: fetch at once, IndexedDB has nothing
 *   screen.save(entry);                 // for every copy shown
 */
import { isWholeCachedFeed } from './feed-record';
import { FEED_PARTS } from './feed-slices';
import type { CachedFeed } from './feed-store';

export interface FirstScreenStore {
  read(url: string): CachedFeed | undefined;
  /** A copy of this feed was shown here before, whole in this store or only in IndexedDB. */
  wasKept(url: string): boolean;
  save(entry: CachedFeed): void;
}

/**
 * About 0.5 MB of storage (JavaScript strings are two bytes a character): the Almere
 * demo with its buurt boundaries is about 140,000 characters. A city feed is far over
 * it; its first view comes from IndexedDB instead (lib/query/first-map.ts).
 */
export const FIRST_SCREEN_MAX_CHARS = 250_000;

/** Records above which a feed is not even written out to be measured: a city's 27,000 would take 50 ms. */
const MAX_RECORDS = 2_000;

const recordCount = (entry: CachedFeed): number =>
  FEED_PARTS.reduce((sum, part) => sum + (part === 'problems' ? entry.problems : entry.data[part]).length, 0);

const keyOf = (url: string) => `kinderwerkkaart:first-screen:v1:${url}`;

/** What stands for a feed too big to keep here: only that a copy is kept in IndexedDB. */
const keptElsewhere = (url: string) => JSON.stringify({ url, kept: 'indexeddb' });

/** Every list the UI reads is a list: storage the page shares with other scripts is read with care. */
function hasEveryList(entry: CachedFeed): boolean {
  return FEED_PARTS.every((part) => Array.isArray(part === 'problems' ? entry.problems : entry.data[part]));
}

function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // A sandboxed frame throws on mere access.
    return undefined;
  }
}

export function localFirstScreen(storage: Storage | undefined = pageStorage()): FirstScreenStore {
  return {
    read(url) {
      try {
        const text = storage?.getItem(keyOf(url));
        if (!text) return undefined;
        const entry: unknown = JSON.parse(text);
        return isWholeCachedFeed(entry) && entry.url === url && hasEveryList(entry) ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    wasKept(url) {
      try {
        return Boolean(storage?.getItem(keyOf(url)));
      } catch {
        return false;
      }
    },
    save(entry) {
      if (!storage) return;
      const key = keyOf(entry.url);
      try {
        const whole = recordCount(entry) > MAX_RECORDS ? undefined : JSON.stringify(entry);
        const text = whole === undefined || whole.length > FIRST_SCREEN_MAX_CHARS ? keptElsewhere(entry.url) : whole;
        if (storage.getItem(key) !== text) storage.setItem(key, text);
      } catch {
        // Full, or refused: the next visit waits for IndexedDB, as without this copy.
        try {
          storage.removeItem(key);
        } catch {
          // Refused altogether.
        }
      }
    },
  };
}
