/**
 * A stable merge sort written as steps, so sorting the 100,000 activity names of a
 * region (about 120 ms in one go) can pause in between (see `feedIndexSteps`).
 * Same order as `[...items].sort(compare)`.
 *
 *   const sorted = yield* sortInSteps(keyed, byKey);
 */

/** Runs of this many are sorted in one step; merging pauses every `MERGE_STEP` items. */
const RUN_LENGTH = 512;
const MERGE_STEP = 64;

export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  const size = items.length;
  let from = items.slice();
  for (let start = 0; start < size; start += RUN_LENGTH) {
    const run = from.slice(start, start + RUN_LENGTH).sort(compare);
    for (let i = 0; i < run.length; i++) from[start + i] = run[i];
    yield;
  }
  let to = new Array<T>(size);
  for (let width = RUN_LENGTH; width < size; width *= 2) {
    for (let left = 0; left < size; left += 2 * width) {
      const middle = Math.min(left + width, size);
      const right = Math.min(left + 2 * width, size);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        // Only a strictly smaller right item goes first: that keeps equal items in order.
        to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        if (k % MERGE_STEP === 0) yield;
      }
      while (i < middle) to[k++] = from[i++];
      while (j < right) to[k++] = from[j++];
      yield;
    }
    [from, to] = [to, from];
  }
  return from;
}
