import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateFeed } from '../../lib/feed/validate';
import { createFeedIndexInChunks } from '../../lib/query';
import { createAppState, TYPING_PAUSE_MS } from '../../lib/state';
import { feedPlan } from '../../scripts/generate/feed-plan';
import { generateFeed } from '../../scripts/generate/generate-feed';
import { firstMapOf } from '../../lib/query/first-map';
import type { MapPlace } from '../../lib/query/places';
import { STATE_WAIT } from '../helpers/wait';

const byId = (places: readonly MapPlace[] = []) => [...places].sort((a, b) => a.id.localeCompare(b.id));

function readyFeed(activities = 40, seed = 'state') {
  const result = validateFeed(generateFeed(feedPlan({ buurten: 9, locations: 20, activities, seed })));
  if (!result.ok) throw new Error(result.failure.message);
  const { data, problems, counts } = result;
  return { phase: 'ready' as const, data, problems, counts, fetchedAt: '2026-11-01T08:00:00Z' };
}

describe('the app state', () => {
  it('keeps its index when a refresh confirms the same data, so a return visit indexes the feed once', () => {
    const app = createAppState({ lang: 'nl' });
    const cached = readyFeed();
    app.feed.value = cached;
    const index = app.index.value;
    expect(index?.activities).toHaveLength(40);

    // "304 Not Modified": a new state, the same data, a new date.
    app.feed.value = { ...cached, fetchedAt: '2026-11-02T08:00:00Z' };
    expect(app.index.value).toBe(index);
    app.feed.value = { phase: 'stale', data: cached.data, problems: [], counts: cached.counts, fetchedAt: cached.fetchedAt, failure: { code: 'offline', message: 'offline' } };
    expect(app.index.value).toBe(index);
  });

  it('indexes again when new data arrives, and drops the index when the feed fails', () => {
    const app = createAppState({ lang: 'nl' });
    app.feed.value = readyFeed();
    const first = app.index.value;
    app.feed.value = readyFeed();
    expect(app.index.value).not.toBe(first);
    app.feed.value = { phase: 'failed', failure: { code: 'offline', message: 'offline' } };
    expect(app.index.value).toBeUndefined();
    expect(app.activities.value).toEqual([]);
  });

  describe('with a feed too big to index at once (a region)', () => {
    // Over INDEX_AT_ONCE_MAX_RECORDS, so indexed in slices.
    const big = readyFeed(2_500, 'big-1');
    const bigger = readyFeed(4_000, 'big-2');

    it('shows nothing found until the index is ready, then every activity', async () => {
      const app = createAppState({ lang: 'nl' });
      app.feed.value = big;
      expect(app.index.value).toBeUndefined();
      expect(app.activities.value).toEqual([]);
      await vi.waitFor(() => expect(app.index.value?.data).toBe(big.data), STATE_WAIT);
      expect(app.index.value?.activities).toHaveLength(2_500);
    });

    it('lets newer data win over an older feed still being indexed', async () => {
      const app = createAppState({ lang: 'nl' });
      // The older feed is the bigger one, so its index would be ready last.
      app.feed.value = bigger;
      app.feed.value = big;
      await vi.waitFor(() => expect(app.index.value).toBeDefined(), STATE_WAIT);
      expect(app.index.value?.data).toBe(big.data);
      // As long again as the older index needed: it never arrives.
      await createFeedIndexInChunks(bigger.data);
      expect(app.index.value?.data).toBe(big.data);
    });

    it('keeps a small feed that arrived while a big one was indexed, and drops the index when the feed fails', async () => {
      const app = createAppState({ lang: 'nl' });
      const small = readyFeed();
      app.feed.value = big;
      app.feed.value = small;
      expect(app.index.value?.data).toBe(small.data);
      await createFeedIndexInChunks(big.data);
      expect(app.index.value?.data).toBe(small.data);

      app.feed.value = big;
      app.feed.value = { phase: 'failed', failure: { code: 'offline', message: 'offline' } };
      await createFeedIndexInChunks(big.data);
      expect(app.index.value).toBeUndefined();
    });

    it('keeps showing the previous index while new data is indexed', async () => {
      const app = createAppState({ lang: 'nl' });
      app.feed.value = big;
      await vi.waitFor(() => expect(app.index.value).toBeDefined(), STATE_WAIT);
      app.feed.value = bigger;
      expect(app.index.value?.data).toBe(big.data);
      await vi.waitFor(() => expect(app.index.value?.data).toBe(bigger.data), STATE_WAIT);
    });

    it('gives the map its places and totals before the index is ready, the same as after', async () => {
      const app = createAppState({ lang: 'nl' });
      app.now.value = new Date('2026-11-02T10:00:00Z');
      app.feed.value = big;
      expect(app.index.value).toBeUndefined();
      const early = app.map.value;
      expect(early?.buurten).toBe(big.data.buurten);
      const offersMarked = (places: readonly MapPlace[] = []) => places.reduce((sum, place) => sum + place.activities, 0);
      expect(offersMarked(early?.places)).toBeGreaterThan(2_000);
      const totalsBefore = [...(early?.totals.values() ?? [])];
      await vi.waitFor(() => expect(app.index.value).toBeDefined(), STATE_WAIT);
      expect(byId(app.map.value?.places)).toEqual(byId(early?.places));
      expect([...(app.map.value?.totals.values() ?? [])]).toEqual(totalsBefore);
    });

    /** A return visit's app, loading, with the big feed's first view as the cache saved it on `counted`. */
    function loadingWithFirstView() {
      const counted = new Date('2026-11-02T10:00:00Z');
      const { buurten, wijken, meta } = big.data;
      const first = { about: meta, buurten, wijken, map: firstMapOf(big.data, counted) };
      const app = createAppState({ lang: 'nl' });
      app.now.value = counted;
      app.feed.value = { phase: 'loading', first };
      return { app, first, counted, buurten };
    }

    it('on a return visit draws the map from the saved first map before the data is read, while it holds', () => {
      const { app, first, counted, buurten } = loadingWithFirstView();
      expect(app.map.value?.places).toBe(first.map.places);
      expect(app.map.value?.buurten).toBe(buurten);
      expect(app.activities.value).toEqual([]);
      // A year on, some of its offers are over: the map waits for the data.
      app.now.value = new Date('2027-11-02T10:00:00Z');
      expect(app.map.value).toBeUndefined();
      // An area narrows the places; the saved map is the whole town's.
      app.now.value = counted;
      app.criteria.value = { area: buurten[0].properties.code };
      expect(app.map.value).toBeUndefined();
    });

    it('keeps the first map\'s places through the cached copy and its index, so the markers are drawn once', async () => {
      const { app } = loadingWithFirstView();
      const drawn = app.map.value?.places;
      // The cache hands back the first view's boundaries with the copy it was saved with.
      app.feed.value = big;
      expect(app.index.value).toBeUndefined();
      expect(app.map.value?.places).toBe(drawn);
      await vi.waitFor(() => expect(app.index.value).toBeDefined(), STATE_WAIT);
      expect(app.map.value?.places).toBe(drawn);
      expect(app.map.value?.totals).not.toBe(undefined);
      // A filter changes what is drawn.
      app.criteria.value = { age: 4 };
      expect(app.map.value?.places).not.toBe(drawn);
    });

    it('lets the map wait for the index when a filter needs it', () => {
      const app = createAppState({ lang: 'nl', criteria: { age: 8 } });
      app.feed.value = big;
      expect(app.map.value).toBeUndefined();
    });
  });

  describe('while someone types in the text filter', () => {
    afterEach(() => void vi.useRealTimers());

    it('narrows the list at every key, and the map and totals once typing pauses, to the same result', () => {
      vi.useFakeTimers();
      const app = createAppState({ lang: 'nl' });
      app.feed.value = readyFeed();
      const all = app.activities.value.length;
      const totalsBefore = app.totals.value;
      const word = app.activities.value[0].activity.name.split(' ')[0];
      for (let i = 1; i <= word.length; i++) app.criteria.value = { text: word.slice(0, i) };

      expect(app.activities.value.length).toBeLessThan(all);
      expect(app.settledActivities.value).toHaveLength(all);
      expect(app.totals.value).toBe(totalsBefore);

      vi.advanceTimersByTime(TYPING_PAUSE_MS);
      expect(app.settledCriteria.value).toEqual({ text: word });
      expect(app.settledActivities.value).toEqual(app.activities.value);
      expect(app.totals.value).not.toBe(totalsBefore);
    });

    it('lets the map follow at once on Enter or leaving the field, and on any other filter', () => {
      vi.useFakeTimers();
      const app = createAppState({ lang: 'nl' });
      app.feed.value = readyFeed();
      app.criteria.value = { text: 'a' };
      app.settle();
      expect(app.settledCriteria.value).toEqual({ text: 'a' });

      app.criteria.value = { text: 'ab' };
      app.criteria.value = { text: 'ab', age: 8 };
      expect(app.settledCriteria.value).toEqual({ text: 'ab', age: 8 });
      expect(app.settledHuiskamers.value).toEqual(app.huiskamers.value);
    });
  });
});
