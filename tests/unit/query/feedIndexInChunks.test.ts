import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { createFeedIndex, createFeedIndexInChunks, type FeedIndex } from '../../../lib/query';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { generateFeed } from '../../../scripts/generate/generate-feed';

function generatedData() {
  const result = validateFeed(generateFeed(feedPlan({ buurten: 30, locations: 120, activities: 600, seed: 'chunks' })));
  if (!result.ok) throw new Error(result.failure.message);
  return result.data;
}

/** The index without its lookup functions, which are new closures each time. */
function comparable(index: FeedIndex) {
  const { areas, ...rest } = index;
  return { ...rest, buurten: areas.buurten, wijken: areas.wijken };
}

describe('building the index in slices', () => {
  const data = generatedData();

  it('gives the same index as building it at once: same order, lookups, columns and search text', async () => {
    const atOnce = createFeedIndex(data);
    const inSlices = await createFeedIndexInChunks(data, { sliceMs: 0 });
    expect(comparable(inSlices)).toEqual(comparable(atOnce));
    expect(inSlices.activities.map((entry) => entry.activity.id)).toEqual(atOnce.activities.map((entry) => entry.activity.id));
    const wijk = [...atOnce.areas.wijken.keys()][0];
    expect(inSlices.areas.buurtenOf(wijk)).toEqual(atOnce.areas.buurtenOf(wijk));
  });

  it('lets other work run in between, so the page can answer while a big feed is indexed', async () => {
    const built = createFeedIndexInChunks(data, { sliceMs: 0 });
    let otherWorkRan = false;
    setTimeout(() => (otherWorkRan = true), 0);
    await built;
    expect(otherWorkRan).toBe(true);
  });

  it('stops when cancelled, for a newer feed that makes this index useless', async () => {
    const controller = new AbortController();
    const built = createFeedIndexInChunks(data, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error('a newer feed arrived'));
    await expect(built).rejects.toThrow('a newer feed arrived');
  });
});
