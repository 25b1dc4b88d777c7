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
import { nextMacrotask, SLICE_MS } from '../steps';
import { metaOf } from './feed-record';
import { joinSlices, sliceFeed, type FeedSlice } from './feed-slices';
import type { CachedFeed } from './feed-store';

export async function copyFeed(entry: CachedFeed): Promise<CachedFeed> {
  const copies: FeedSlice[] = [];
  let sliceStart = performance.now();
  for (const slice of sliceFeed(entry)) {
    // Small feeds are copied in one go; a pause comes when copying has taken a slice of time.
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextMacrotask();
      sliceStart = performance.now();
    }
    copies.push({ part: slice.part, records: structuredClone(slice.records) });
  }
  return joinSlices(structuredClone(metaOf(entry)), copies) as CachedFeed;
}
