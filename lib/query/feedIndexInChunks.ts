/**
 * Builds the feed index in slices, pausing for the browser in between, so a
 * region feed (100,000 activities, seconds of work) never freezes the page.
 * Gives the same index as `createFeedIndex`.
 *
 *   const controller = new AbortController();
 *   const index = await createFeedIndexInChunks(data, { signal: controller.signal });
 */
import type { KinderwerkData } from '../feed/model';
import { runStepsInSlices, type SliceOptions } from '../steps';
import { feedIndexSteps, type FeedIndex } from './feedIndex';

/** `sliceMs`: work between two pauses (`SLICE_MS` unless given); `signal` stops the work at the next pause. */
export type IndexChunkOptions = SliceOptions;

/** Below this many records the index takes a few milliseconds: build it at once (see `createFeedIndex`). */
export const INDEX_AT_ONCE_MAX_RECORDS = 2_000;

/** Records the index looks at one by one: whether it is worth building in slices. */
export const indexedRecordCount = (data: KinderwerkData): number =>
  data.activities.length + data.huiskamers.length + data.contacts.length;

export function createFeedIndexInChunks(data: KinderwerkData, options: IndexChunkOptions = {}): Promise<FeedIndex> {
  return runStepsInSlices(feedIndexSteps(data), options);
}
