/**
 * A signal that follows another one once its changes pause. What is costly to
 * redo on every keystroke (map markers, buurt shading, the URL hash) reads the
 * settled value; what must answer at once (the list) reads the source.
 *
 *   const settled = deferredSignal(criteria, (next, last) => (onlyTextChanged(next, last) ? 180 : 0));
 *   settled.value.value; // the criteria as they were when typing last paused
 *   settled.flush();     // follow now: the reader left the field or pressed Enter
 */
import { effect, signal, untracked, type ReadonlySignal } from '@preact/signals';

export interface DeferredSignal<T> {
  /** The source's value as it was when its changes last paused. */
  readonly value: ReadonlySignal<T>;
  /** Takes the source's current value now, without waiting for the pause. */
  flush(): void;
  /** Stops following the source. */
  dispose(): void;
}

/**
 * `waitMs(next, settled)` says how long a change may wait for the next one:
 * 0 or less follows at once (in the same batch), more restarts the wait.
 */
export function deferredSignal<T>(source: ReadonlySignal<T>, waitMs: (next: T, settled: T) => number): DeferredSignal<T> {
  const settled = signal(untracked(() => source.value));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    cancel();
    settled.value = untracked(() => source.value);
  };
  const stop = effect(() => {
    const next = source.value;
    const wait = untracked(() => waitMs(next, settled.peek()));
    if (wait <= 0) {
      flush();
      return;
    }
    cancel();
    timer = setTimeout(flush, wait);
  });
  return {
    value: settled,
    flush,
    dispose: () => {
      cancel();
      stop();
    },
  };
}
