import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../lib/steps';
import { shareFeedStringsSteps, StringPool } from '../../../lib/feed/string-pool';
import { validateFeed } from '../../../lib/feed/validate';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { generateFeed } from '../../../scripts/generate/generate-feed';

// Equal strings cannot be told apart in JavaScript, so what the pool does shows only in the heap.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapInUse = (): number => {
  // Several full collections, so garbage left by the files before this one is gone before a measurement.
  for (let i = 0; i < 4; i++) collectGarbage();
  return process.memoryUsage().heapUsed;
};

const NOTE = 'Aanmelden kan tot een dag van tevoren. Vol is vol.';

/**
 * Records as IndexedDB hands them back (a structured clone): every value its own string.
 * (`JSON.parse` already shares values of up to 10 characters; a clone shares none.)
 */
const clonedRecords = (count: number) =>
  structuredClone(Array.from({ length: count }, (_, i) => ({
    id: `act-${i}`,
    join: { method: 'sign-up', note: NOTE },
    schedule: [{ byDay: ['WE'], startTime: '15:00', endTime: '16:30' }],
    servesBuurten: ['BU03630001', 'BU03630002'],
  }))) as unknown[];

/** One pool for all the records, let go afterwards as the app's is. */
function shareAll(records: unknown[]): void {
  const pool = new StringPool();
  for (const record of records) pool.share(record);
}

describe('one copy of each text', () => {
  it('frees the memory of text repeated across records, and leaves every value as it was', () => {
    const records = clonedRecords(30_000);
    const expected = structuredClone(records);
    const before = heapInUse();
    shareAll(records);
    const freed = before - heapInUse();
    // Seven repeated values per record, the note alone 50 characters: about 6 MB for 30,000 records.
    expect(freed).toBeGreaterThan(3 * 1024 * 1024);
    expect(records).toEqual(expected);
  });

  it('leaves frozen objects, numbers and other kinds of object alone', () => {
    const frozen = Object.freeze({ name: 'Speelbus' });
    const when = new Date('2026-12-08T10:00:00Z');
    const record = { frozen, when, coordinates: [[5.1, 52.1], [5.2, 52.2]], count: 3, open: true, none: null };
    const pool = new StringPool();
    expect(() => pool.share(record)).not.toThrow();
    expect(record).toEqual({ frozen: { name: 'Speelbus' }, when: new Date('2026-12-08T10:00:00Z'), coordinates: [[5.1, 52.1], [5.2, 52.2]], count: 3, open: true, none: null });
    expect(record.frozen).toBe(frozen);
    expect(record.when).toBe(when);
  });

  it('goes through every list of a feed read back from IndexedDB, and the feed stays equal to itself', () => {
    const result = validateFeed(generateFeed(feedPlan({ buurten: 9, locations: 20, activities: 6_000, seed: 'pool' })));
    if (!result.ok) throw new Error(result.failure.message);
    // As the cache hands it back: a structured clone.
    const data = structuredClone(result.data);
    const expected = structuredClone(result.data);
    const before = heapInUse();
    runSteps(shareFeedStringsSteps(data));
    // About 3.2 MB here; without the pool the heap grows by about 100 KB.
    expect(before - heapInUse()).toBeGreaterThan(1.5 * 1024 * 1024);
    expect(data).toEqual(expected);
  });
});
