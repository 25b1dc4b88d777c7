/**
 * Builds the feed index in slices, pausing for the browser in between, so a
 * region feed (100,000 activities, seconds of work) never freezes the page.
 * Gives the same index as `createFeedIndex`.
 *
 *   const controller = new AbortController();
 *   const index = await createFeedIndexInChunks(data, { signal: controller.signal });
 */
import type { KinderwerkData } from '../feed/model';
import { feedIndexSteps, type FeedIndex } from './feedIndex';

export interface IndexChunkOptions {
  /** Records to index between two pauses. 1,000 records take about 10 ms on a slow laptop. */
  yieldEvery?: number;
  /** Stops the work at the next pause, and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Below this many records the index takes a few milliseconds: build it at once (see `createFeedIndex`). */
export const INDEX_AT_ONCE_MAX_RECORDS = 2_000;

/** Records the index looks at one by one: whether it is worth building in slices. */
export const indexedRecordCount = (data: KinderwerkData): number =>
  data.activities.length + data.huiskamers.length + data.contacts.length;

export async function createFeedIndexInChunks(data: KinderwerkData, options: IndexChunkOptions = {}): Promise<FeedIndex> {
  const yieldEvery = Math.max(1, options.yieldEvery ?? 1_000);
  const steps = feedIndexSteps(data);
  let step = steps.next();
  for (let done = 1; !step.done; done++) {
    if (done % yieldEvery === 0) {
      await nextMacrotask();
      options.signal?.throwIfAborted();
    }
    step = steps.next();
  }
  return step.value;
}

/**
 * A macrotask, so the browser can paint and handle input in between. A message
 * rather than `setTimeout(0)`, which browsers stretch to 4 ms after a few nested calls:
 * over the 300 pauses of a region feed that would add more than a second of idling.
 */
function nextMacrotask(): Promise<void> {
  return new Promise((resume) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resume, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resume();
    };
    port2.postMessage(undefined);
  });
}
