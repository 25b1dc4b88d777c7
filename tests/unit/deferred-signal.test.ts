import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferredSignal } from '../../lib/deferred-signal';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('a deferred signal', () => {
  it('follows its source once the changes pause, with the last value only', () => {
    const source = signal('');
    const seen: string[] = [];
    const settled = deferredSignal(source, () => 200);
    const stop = settled.value.subscribe((value) => void seen.push(value));
    for (const text of ['v', 'vo', 'voe']) {
      source.value = text;
      vi.advanceTimersByTime(100);
    }
    expect(settled.value.value).toBe('');
    vi.advanceTimersByTime(100);
    expect(settled.value.value).toBe('voe');
    expect(seen).toEqual(['', 'voe']);
    stop();
    settled.dispose();
  });

  it('follows at once when the wait is zero, and on flush', () => {
    const source = signal(1);
    const settled = deferredSignal(source, (next) => (next > 10 ? 0 : 500));
    source.value = 2;
    expect(settled.value.value).toBe(1);
    settled.flush();
    expect(settled.value.value).toBe(2);
    source.value = 3;
    source.value = 11;
    expect(settled.value.value).toBe(11);
    // The wait that was running for 3 is over: nothing comes after.
    vi.advanceTimersByTime(1000);
    expect(settled.value.value).toBe(11);
    settled.dispose();
  });

  it('stops following when disposed', () => {
    const source = signal('a');
    const settled = deferredSignal(source, () => 100);
    source.value = 'b';
    settled.dispose();
    vi.advanceTimersByTime(1000);
    source.value = 'c';
    expect(settled.value.value).toBe('a');
  });
});
