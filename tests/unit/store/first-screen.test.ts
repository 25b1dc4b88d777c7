import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_MAX_CHARS, localFirstScreen } from '../../../lib/store/first-screen';
import { cachedFeed } from '../../fixtures/store/cached-feed';

const URL_A = 'https://voorbeeldstad.test/kinderwerk.json';

/** localStorage as the browser gives it, in memory; `full` makes every write fail as on a full disk. */
function memoryStorage(options: { full?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (options.full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('the first-screen copy in localStorage', () => {
  it('gives back the copy saved for the same feed address, and nothing for another', () => {
    const screen = localFirstScreen(memoryStorage());
    const entry = cachedFeed(URL_A, { title: 'Voetbal' });
    screen.save(entry);
    expect(screen.read(URL_A)).toEqual(entry);
    expect(screen.read('https://anderestad.test/kinderwerk.json')).toBeUndefined();
  });

  it('drops the copy of a feed that grew too big for it, by size or by its number of records, and keeps only that one was shown', () => {
    const storage = memoryStorage();
    const screen = localFirstScreen(storage);
    screen.save(cachedFeed(URL_A, { title: 'Klein' }));
    const long = cachedFeed(URL_A, { title: 'x'.repeat(FIRST_SCREEN_MAX_CHARS) });
    screen.save(long);
    expect(screen.read(URL_A)).toBeUndefined();
    expect(screen.wasKept(URL_A)).toBe(true);

    screen.save(cachedFeed(URL_A, { title: 'Klein' }));
    const many = cachedFeed(URL_A, { title: 'Veel' });
    many.data.activities = Array.from({ length: 2_500 }, (_, i) => ({ ...many.data.activities[0], id: `act-${i}` }));
    screen.save(many);
    expect(screen.read(URL_A)).toBeUndefined();
    expect(screen.wasKept(URL_A)).toBe(true);
    // What stands for the big copy is a few bytes, never the feed.
    expect(storage.length).toBe(1);
    expect(storage.getItem(storage.key(0)!)!.length).toBeLessThan(200);
  });

  it('tells a first visit from a return one, per feed address', () => {
    const screen = localFirstScreen(memoryStorage());
    expect(screen.wasKept(URL_A)).toBe(false);
    screen.save(cachedFeed(URL_A, { title: 'Voetbal' }));
    expect(screen.wasKept(URL_A)).toBe(true);
    expect(screen.wasKept('https://anderestad.test/kinderwerk.json')).toBe(false);
  });

  it('reads a damaged or foreign value as nothing, since other scripts on the page share the storage', () => {
    const storage = memoryStorage();
    const screen = localFirstScreen(storage);
    const key = 'kinderwerkkaart:first-screen:v1:' + URL_A;
    for (const value of ['{not json', '"text"', JSON.stringify({ ...cachedFeed(URL_A, { title: 'A' }), url: 'https://elders.test/' })]) {
      storage.setItem(key, value);
      expect(screen.read(URL_A)).toBeUndefined();
    }
    const withoutList = cachedFeed(URL_A, { title: 'A' }) as unknown as { data: Record<string, unknown> };
    withoutList.data.activities = 'none';
    storage.setItem(key, JSON.stringify(withoutList));
    expect(screen.read(URL_A)).toBeUndefined();
  });

  it('never throws where storage is full, refused or missing', () => {
    const full = localFirstScreen(memoryStorage({ full: true }));
    expect(() => full.save(cachedFeed(URL_A, { title: 'A' }))).not.toThrow();
    expect(full.read(URL_A)).toBeUndefined();

    const refusing = { getItem: () => { throw new DOMException('no', 'SecurityError'); }, setItem: () => { throw new DOMException('no', 'SecurityError'); }, removeItem: () => { throw new DOMException('no', 'SecurityError'); } } as unknown as Storage;
    const refused = localFirstScreen(refusing);
    expect(() => refused.save(cachedFeed(URL_A, { title: 'A' }))).not.toThrow();
    expect(refused.read(URL_A)).toBeUndefined();
    expect(refused.wasKept(URL_A)).toBe(false);

    const none = localFirstScreen(undefined);
    expect(() => none.save(cachedFeed(URL_A, { title: 'A' }))).not.toThrow();
    expect(none.read(URL_A)).toBeUndefined();
  });
});
