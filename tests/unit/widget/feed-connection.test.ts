// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectFeed } from '../../../entrypoints/widget/feed-connection';
import { createAppState } from '../../../lib/state';
import { openFeedStore } from '../../../lib/store/cache';
import { STATE_WAIT } from '../../helpers/wait';

const FEED_URL = 'https://voorbeeldstad.test/kinderwerk.json';
// By path: under happy-dom, `new URL(…, import.meta.url)` is not a URL Node's fs takes.
const FEED_TEXT = readFileSync('tests/fixtures/store/tiny-feed.json', 'utf8');

/** A feed server on `fetch`: the tiny feed with an ETag. */
function feedServer() {
  return vi.fn<typeof fetch>(async () =>
    new Response(FEED_TEXT, { status: 200, headers: { 'content-type': 'application/json', etag: '"v1"' } }));
}

let stop: () => void = () => undefined;
// The DOM unit files share one page: leave its storage as it was found.
afterEach(async () => {
  stop();
  vi.unstubAllGlobals();
  localStorage.clear();
  const cache = await openFeedStore();
  await cache.delete(FEED_URL);
  cache.close();
});

describe('the widget’s connection to its feed', () => {
  it('asks for the feed at once on a first visit, and only after reading the cached copy on a return visit', async () => {
    localStorage.clear();
    const first = feedServer();
    vi.stubGlobal('fetch', first);
    const app = createAppState({ lang: 'nl', view: 'list' });
    stop = connectFeed(app, FEED_URL);
    // Before IndexedDB could have answered anything: nothing is kept for this feed yet.
    expect(first).toHaveBeenCalledTimes(1);
    expect(new Headers(first.mock.calls[0][1]?.headers).get('if-none-match')).toBeNull();
    await vi.waitFor(() => expect(app.feed.value).toMatchObject({ phase: 'ready' }), STATE_WAIT);
    // The copy is saved behind the screen; the next visit knows it was kept.
    expect(localStorage.length).toBe(1);
    const cache = await openFeedStore();
    await vi.waitFor(async () => expect(await cache.get(FEED_URL)).toMatchObject({ etag: '"v1"' }), STATE_WAIT);
    cache.close();
    stop();

    const again = feedServer();
    vi.stubGlobal('fetch', again);
    const next = createAppState({ lang: 'nl', view: 'list' });
    stop = connectFeed(next, FEED_URL);
    expect(again).not.toHaveBeenCalled();
    // The cached copy first, then the request that asks whether it is still current.
    await vi.waitFor(() => expect(again).toHaveBeenCalledTimes(1), STATE_WAIT);
    expect(next.feed.value).toMatchObject({ phase: 'ready' });
  });
});
