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
import { metaOf } from './feed-record';
import { joinSlices, sliceFeed, SLICE_SIZE, type FeedSlice } from './feed-slices';
import type { CachedFeed } from './feed-store';

export async function copyFeed(entry: CachedFeed): Promise<CachedFeed> {
  const copies: FeedSlice[] = [];
  let clonedSinceYield = 0;
  for (const slice of sliceFeed(entry)) {
    // Small feeds are copied in one go; a pause only comes after a full slice's worth.
    if (clonedSinceYield >= SLICE_SIZE) {
      await nextTask();
      clonedSinceYield = 0;
    }
    copies.push({ part: slice.part, records: structuredClone(slice.records) });
    clonedSinceYield += slice.records.length;
  }
  return joinSlices(structuredClone(metaOf(entry)), copies) as CachedFeed;
}

/**
 * Resolves in a new task. A message, not setTimeout: browsers delay nested timers
 * by 4 ms each, which over a hundred slices adds up.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
