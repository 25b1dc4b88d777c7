/**
 * Long work written as a generator of small steps (validation, the feed index),
 * run either at once or in slices with a pause for the page in between, so a
 * city or region feed never freezes it. A slice ends when its time is up, not
 * after a number of steps: a step may be a quick check or a large boundary.
 *
 *   const result = runSteps(validationSteps(json));                // Node, small feeds
 *   const index = await runStepsInSlices(feedIndexSteps(data), { signal });
 */

/** Milliseconds of work before a pause: well inside the 50 ms after which a page feels stuck. */
export const SLICE_MS = 12;

/**
 * Small records handled per step. Indexing one takes microseconds, so resuming the
 * generators and reading the clock after every single record cost a tenth of the work.
 */
export const RECORDS_PER_STEP = 16;

/** For a loop over small records: true after every `RECORDS_PER_STEP`th, where a step ends. */
export const stepEndsAfter = (position: number): boolean => position % RECORDS_PER_STEP === RECORDS_PER_STEP - 1;

/** Calls `each` for every item, as steps of `RECORDS_PER_STEP` items: a loop over outside records that may be many. */
export function* forEachInSteps<T>(items: Iterable<T>, each: (item: T) => void): Generator<void> {
  let position = 0;
  for (const item of items) {
    each(item);
    if (stepEndsAfter(position++)) yield;
  }
}

export function runSteps<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface SliceOptions {
  /** Milliseconds of work between two pauses; `SLICE_MS` unless given. */
  sliceMs?: number;
  /** Stops the work at the next pause; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** `background`: work nobody waits for (saving a copy), which should let drawing and input go first. */
  priority?: TaskPriority;
}

/** The priorities of the Prioritized Task Scheduling API that this uses. */
export type TaskPriority = 'user-visible' | 'background';

export async function runStepsInSlices<T>(steps: Generator<void, T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= sliceMs) {
      await nextMacrotask(options.priority);
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

interface PostTask {
  postTask(callback: () => void, options: { priority: TaskPriority }): Promise<void>;
}

/**
 * Resolves in a new macrotask, so the browser can paint and handle input in between.
 * A message rather than `setTimeout(0)`, which browsers stretch to 4 ms after a few
 * nested calls: over the hundreds of pauses of a region feed that adds up to seconds.
 * At `background` priority, where the browser has `scheduler.postTask`, only once the
 * page has nothing more urgent to do (rendering, input, the map's own steps).
 */
export function nextMacrotask(priority: TaskPriority = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (priority === 'background' && typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority });
  }
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
