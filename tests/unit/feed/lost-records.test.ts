// A good feed, then a broken or emptied one at the same address: the good one stays in
// use, marked stale with the reason, until the feed is whole again or a week has passed.
import { afterEach, describe, expect, it } from 'vitest';
import { refreshFeed, watchFeed, type FeedState } from '../../../lib/feed/source';
import { createMemoryFeedStore } from '../../../lib/store/memory-store';
import { goodFeed, type RawFeed } from '../../fixtures/feeds/good-feed';
import { startTestServer, type TestServer } from '../../helpers/server';

const GOOD_AT = new Date('2026-03-01T08:00:00Z');
const NEXT_DAY = new Date('2026-03-02T08:00:00Z');
const EIGHT_DAYS_LATER = new Date('2026-03-09T09:00:00Z');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A feed address that serves `feeds` one after the other (the last one from then on). */
async function serving(...feeds: unknown[]): Promise<string> {
  server = await startTestServer();
  server.route('/kinderwerk.json', (_req, res) => {
    const feed = feeds.length > 1 ? feeds.shift() : feeds[0];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed));
  });
  return `${server.origin}/kinderwerk.json`;
}

const limits = { retries: 0 };
const activityIds = (state: FeedState) => (state.phase === 'ready' || state.phase === 'stale' ? state.data.activities.map((a) => a.id) : []);
const withLists = (patch: Partial<RawFeed> | Record<string, unknown>) => ({ ...withActivities(30), ...patch });
/** The good feed with `count` copies of its first activity. */
function withActivities(count: number): RawFeed {
  const feed = goodFeed();
  feed.activities = Array.from({ length: count }, (_, i) => ({ ...feed.activities[0], id: `act-${i}` }));
  return feed;
}

describe('a feed that lost most of its records does not replace the good copy', () => {
  it.each([
    ['its activities are no longer a list', withLists({ activities: {} })],
    ['every activity has become invalid', withLists({ activities: withActivities(30).activities.map((a) => ({ ...a, ageRange: 'all' })) })],
    ['its lists are empty', withLists({ organizations: [], locations: [], activities: [], huiskamers: [], contacts: [] })],
    ['it lost more than half of its records', withActivities(2)],
  ])('keeps the good copy when %s', async (_, broken) => {
    const url = await serving(withActivities(30), broken);
    const store = createMemoryFeedStore('unavailable');
    expect(await refreshFeed(url, { store, limits, now: () => GOOD_AT })).toMatchObject({ status: 'updated' });

    const outcome = await refreshFeed(url, { store, limits, now: () => NEXT_DAY });
    expect(outcome).toMatchObject({ status: 'failed', failure: { code: 'lost-records' } });
    expect(outcome.status === 'failed' && outcome.failure.message).toMatch(/^The new copy of .* was not used, because it has /);
    expect((await store.get(url))?.data.activities).toHaveLength(30);
  });

  it('shows the good copy as stale in the widget, with the reason', async () => {
    const url = await serving(withActivities(30), withLists({ activities: {} }));
    const store = createMemoryFeedStore('unavailable');
    await refreshFeed(url, { store, limits, now: () => GOOD_AT });
    const states: FeedState[] = [];
    const watch = watchFeed(url, { store, limits, now: () => NEXT_DAY, onState: (state) => states.push(state) });
    await watch.refresh();
    const last = states[states.length - 1];
    expect(last).toMatchObject({ phase: 'stale', fetchedAt: GOOD_AT.toISOString(), failure: { code: 'lost-records' } });
    expect(activityIds(last)).toHaveLength(30);
  });

  it('takes a smaller feed that lost no kind and kept at least half', async () => {
    const url = await serving(withActivities(30), withActivities(20));
    const store = createMemoryFeedStore('unavailable');
    await refreshFeed(url, { store, limits, now: () => GOOD_AT });
    expect(await refreshFeed(url, { store, limits, now: () => NEXT_DAY })).toMatchObject({ status: 'updated' });
    expect((await store.get(url))?.data.activities).toHaveLength(20);
  });

  it('takes the smaller feed once the good copy was last confirmed more than a week ago', async () => {
    const url = await serving(withActivities(30), withLists({ huiskamers: [] }));
    const store = createMemoryFeedStore('unavailable');
    await refreshFeed(url, { store, limits, now: () => GOOD_AT });
    expect(await refreshFeed(url, { store, limits, now: () => NEXT_DAY })).toMatchObject({ status: 'failed' });
    expect(await refreshFeed(url, { store, limits, now: () => EIGHT_DAYS_LATER })).toMatchObject({ status: 'updated' });
    expect((await store.get(url))?.data.huiskamers).toEqual([]);
  });
});
