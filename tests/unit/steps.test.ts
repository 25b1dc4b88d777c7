import { describe, expect, it, vi } from 'vitest';
import { runSteps, runStepsInSlices, SLICE_MS } from '../../lib/steps';

/** Holds the thread for `ms`, as a step over a large boundary or a long text would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // nothing: the point is the time
  }
}

/** Steps that each take `ms`, noting in `log` when each starts; the result is how many ran. */
function* timedSteps(count: number, ms: number, log: string[]): Generator<void, number> {
  for (let i = 0; i < count; i++) {
    log.push(`step ${i}`);
    busy(ms);
    yield;
  }
  return count;
}

/** Notes in `log` every time other work gets a turn, until stopped. */
function otherWork(log: string[]): () => void {
  let running = true;
  const turn = () => {
    if (!running) return;
    log.push('other');
    setTimeout(turn, 0);
  };
  setTimeout(turn, 0);
  return () => (running = false);
}

describe('runStepsInSlices pauses by time, not by a number of steps', () => {
  it('lets other work run between a few slow steps', async () => {
    const log: string[] = [];
    const stop = otherWork(log);
    const ran = await runStepsInSlices(timedSteps(6, SLICE_MS + 5, log));
    stop();
    expect(ran).toBe(6);
    // Each step alone uses up a slice, so other work comes in between the steps, well before the last.
    expect(log.indexOf('other')).toBeGreaterThan(-1);
    expect(log.indexOf('other')).toBeLessThan(log.indexOf('step 5'));
  });

  it('runs many quick steps without pausing', async () => {
    const log: string[] = [];
    const stop = otherWork(log);
    // A slice far longer than 500 quick steps take even on a busy machine: any pause would be one by count.
    const ran = await runStepsInSlices(timedSteps(500, 0, log), { sliceMs: 60_000 });
    stop();
    expect(ran).toBe(500);
    expect(log.slice(0, 500).every((entry) => entry.startsWith('step'))).toBe(true);
  });

  it('gives what running all steps at once gives', async () => {
    expect(await runStepsInSlices(timedSteps(50, 0, []), { sliceMs: 0 })).toBe(runSteps(timedSteps(50, 0, [])));
  });

  it('stops at the next pause when cancelled', async () => {
    const controller = new AbortController();
    const run = runStepsInSlices(timedSteps(10, 1, []), { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error('a newer feed arrived'));
    await expect(run).rejects.toThrow('a newer feed arrived');
  });

  it('pauses at background priority where the browser can schedule by priority, so drawing goes first', async () => {
    const asked: string[] = [];
    const scheduler = {
      postTask: (callback: () => void, options: { priority: string }) => {
        asked.push(options.priority);
        return new Promise<void>((resolve) => setTimeout(() => resolve(callback()), 0));
      },
    };
    vi.stubGlobal('scheduler', scheduler);
    try {
      expect(await runStepsInSlices(timedSteps(3, 1, []), { sliceMs: 0, priority: 'background' })).toBe(3);
      expect(asked).toEqual(['background', 'background', 'background']);
      // Work someone waits for (validation, the index) keeps its turns.
      await runStepsInSlices(timedSteps(3, 1, []), { sliceMs: 0 });
      expect(asked).toHaveLength(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
