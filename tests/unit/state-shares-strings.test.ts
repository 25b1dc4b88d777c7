// Replaces a module (vi.mock), so it runs in a module graph of its own (ISOLATED_UNIT_TESTS in vitest.config.ts).
import { describe, expect, it, vi } from 'vitest';
import { validateFeed } from '../../lib/feed/validate';
import type { KinderwerkData } from '../../lib/feed/model';
import { createAppState } from '../../lib/state';
import { feedPlan } from '../../scripts/generate/feed-plan';
import { generateFeed } from '../../scripts/generate/generate-feed';
import { STATE_WAIT } from '../helpers/wait';

const pooled = vi.hoisted(() => ({ feeds: [] as unknown[], done: [] as unknown[] }));
vi.mock('../../lib/feed/string-pool', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/feed/string-pool')>();
  return {
    ...original,
    *shareFeedStringsSteps(data: KinderwerkData) {
      pooled.feeds.push(data);
      yield* original.shareFeedStringsSteps(data);
      pooled.done.push(data);
    },
  };
});

function readyFeed(activities: number, seed: string) {
  const result = validateFeed(JSON.parse(JSON.stringify(generateFeed(feedPlan({ buurten: 9, locations: 20, activities, seed })))));
  if (!result.ok) throw new Error(result.failure.message);
  const { data, problems, counts } = result;
  return { phase: 'ready' as const, data, problems, counts, fetchedAt: '2026-11-01T08:00:00Z' };
}

describe('the app state with a big feed', () => {
  it('puts the data through the string pool once it is indexed, not before, and not data replaced before that', async () => {
    const app = createAppState({ lang: 'nl' });
    const replaced = readyFeed(3_000, 'pool-1');
    const shown = readyFeed(2_500, 'pool-2');
    app.feed.value = replaced;
    app.feed.value = shown;
    expect(pooled.feeds).not.toContain(shown.data);
    await vi.waitFor(() => expect(app.index.value?.data).toBe(shown.data), STATE_WAIT);
    await vi.waitFor(() => expect(pooled.done).toContain(shown.data), STATE_WAIT);
    expect(pooled.feeds).not.toContain(replaced.data);
  });

  it('leaves a small feed alone: its copies cost little', () => {
    const app = createAppState({ lang: 'nl' });
    const small = readyFeed(40, 'pool-3');
    app.feed.value = small;
    expect(app.index.value?.data).toBe(small.data);
    expect(pooled.feeds).not.toContain(small.data);
  });
});
