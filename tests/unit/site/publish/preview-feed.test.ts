// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forgetPreviews, previewAddress } from '../../../../lib/site/publish/preview-feed';
import { openFeedStore } from '../../../../lib/store/cache';
import { cachedFeed } from '../../../fixtures/store/cached-feed';

describe('the preview address', () => {
  it('answers the newest build from memory and lets every other request go out', async () => {
    const wentOut: string[] = [];
    window.fetch = (async (input: RequestInfo | URL) => {
      wentOut.push(String(input));
      return new Response('from the network');
    }) as typeof fetch;
    const first = previewAddress({ build: 1 });
    const second = previewAddress({ build: 2 });
    expect(second).not.toBe(first);
    expect(new URL(second).pathname).toMatch(/\/preview\/feed-\d+\.json$/);
    await expect((await window.fetch(second)).json()).resolves.toEqual({ build: 2 });
    // An earlier build is no longer answered; neither is anything else.
    await expect((await window.fetch(first)).text()).resolves.toBe('from the network');
    await window.fetch('https://service.pdok.nl/tile.png');
    // Only this page's own address: the same path on another site, or with a query, is not the preview.
    const elsewhere = `https://elders.example.org${new URL(second).pathname}`;
    await window.fetch(elsewhere);
    await window.fetch(`${second}?x=1`);
    await expect((await window.fetch(new Request(second))).json()).resolves.toEqual({ build: 2 });
    expect(wentOut).toEqual([first, 'https://service.pdok.nl/tile.png', elsewhere, `${second}?x=1`]);
  });

  it('forgets the widget\'s cached copies of earlier previews, and only those', async () => {
    const older = new URL('preview/feed-1.json', document.baseURI).href;
    const newest = new URL('preview/feed-2.json', document.baseURI).href;
    const published = 'https://data.voorbeeldstad.nl/kinderwerk.json';
    const store = await openFeedStore();
    for (const url of [older, newest, published]) await store.put(cachedFeed(url));
    store.close();
    await forgetPreviews(newest);
    const after = await openFeedStore();
    expect((await after.list()).map(({ url }) => url).sort()).toEqual([published, newest].sort());
    after.close();
  });
});
