/**
 * A deep copy of a cached feed that never holds the main thread for long: it clones
 * one slice of records at a time (feed-slices.ts) and lets other tasks run between
 * slices. One structuredClone of a region feed is a task of more than a second.
 * The memory store copies on the way in and out, as IndexedDB would: callers may
 * change what they got (sorting in place, for one), so sharing frozen objects would
 * turn such changes into errors far from here.
 *
 *   const copy = await copyFeed(entry);
 */
import { nextMacrotask } from '../steps';
import { metaOf } from './feed-record';
import { joinSlices, sliceFeed, SLICE_SIZE, type FeedSlice } from './feed-slices';
import type { CachedFeed } from './feed-store';

export async function copyFeed(entry: CachedFeed): Promise<CachedFeed> {
  const copies: FeedSlice[] = [];
  let clonedSinceYield = 0;
  for (const slice of sliceFeed(entry)) {
    // Small feeds are copied in one go; a pause only comes after a full slice's worth.
    if (clonedSinceYield >= SLICE_SIZE) {
      await nextMacrotask();
      clonedSinceYield = 0;
    }
    copies.push({ part: slice.part, records: structuredClone(slice.records) });
    clonedSinceYield += slice.records.length;
  }
  return joinSlices(structuredClone(metaOf(entry)), copies) as CachedFeed;
}
