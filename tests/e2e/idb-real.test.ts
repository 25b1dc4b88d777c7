/**
 * The feed cache in a real browser: lib/store/cache.ts, bundled on its own, saves a
 * feed in Chromium's IndexedDB (in slices when it is big) and reads it back after a
 * reload, and upgrades what an older version of this code saved. The tests share one tab,
 * made fresh (the origin's storage cleared) for each: each starts as a first visit and
 * reloads the page it saved in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { openFeedStore } from '../../lib/store/cache';
import { cachedFeed } from '../fixtures/store/cached-feed';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab } from './reused-tab';

/** The global the bundle defines. */
type PageWithStore = { kwkStore: { openFeedStore: typeof openFeedStore } };

const FEED_URL = 'https://voorbeeldstad.test/kinderwerk.json';

let bundleDir: string;
let server: TestServer;
let browser: Browser;
const tab = reusedTab(() => browser.newPage());

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'kwk-idb-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: bundleDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: 'lib/store/cache.ts', formats: ['iife'], name: 'kwkStore', fileName: () => 'store.js' },
    },
  });
  server = await startTestServer({ static: [bundleDir] });
  server.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>cache</title><script src="/store.js"></script>');
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await tab.close();
  await browser?.close();
  await server?.close();
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('the feed cache in Chromium', () => {
  it('keeps a saved feed across a page reload, in persistent IndexedDB', async () => {
    const page = await tab.open(server.url);

    const saved = await page.evaluate(async (entry) => {
      const store = await (window as unknown as PageWithStore).kwkStore.openFeedStore();
      await store.put(entry);
      return { persistent: store.persistent, notice: store.notice ?? null };
    }, cachedFeed(FEED_URL, { title: 'Voetbal op het plein', etag: '"v7"' }));
    expect(saved).toEqual({ persistent: true, notice: null });

    await page.reload();
    const afterReload = await page.evaluate(async (url) => {
      const store = await (window as unknown as PageWithStore).kwkStore.openFeedStore();
      const entry = await store.get(url);
      return {
        persistent: store.persistent,
        title: entry?.data.activities[0]?.name,
        etag: entry?.etag,
        buurt: entry?.data.buurten[0]?.properties.name,
        listed: await store.list(),
      };
    }, FEED_URL);

    expect(afterReload).toEqual({
      persistent: true,
      title: 'Voetbal op het plein',
      etag: '"v7"',
      buurt: 'Centrum',
      listed: [{ url: FEED_URL, fetchedAt: '2026-01-05T10:00:00.000Z' }],
    });
  });

  it('after a 304, keeps the feed with its new date; upgrades a version 2 cache without losing it', async () => {
    const page = await tab.open(server.url);

    // What version 2 of this code left behind: one whole-feed record, indexed by date.
    await page.evaluate(async (entry) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kinderwerkkaart', 2);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('feeds', { keyPath: 'url' }).createIndex('by-fetchedAt', 'fetchedAt');
          request.result.createObjectStore('settings');
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('feeds', 'readwrite');
          tx.objectStore('feeds').put(entry);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }, cachedFeed(FEED_URL, { title: 'Knutselen uit versie 2', etag: '"v2"' }));

    const upgraded = await page.evaluate(async (url) => {
      const store = await (window as unknown as PageWithStore).kwkStore.openFeedStore();
      const entry = await store.get(url);
      await store.touch(url, '2026-03-01T08:00:00.000Z');
      return { persistent: store.persistent, title: entry?.data.activities[0]?.name, etag: entry?.etag };
    }, FEED_URL);
    expect(upgraded).toEqual({ persistent: true, title: 'Knutselen uit versie 2', etag: '"v2"' });

    await page.reload();
    const nextVisit = await page.evaluate(async (url) => {
      const store = await (window as unknown as PageWithStore).kwkStore.openFeedStore();
      const entry = await store.get(url);
      const meta = await store.getMeta(url);
      return {
        title: entry?.data.activities[0]?.name,
        fetchedAt: entry?.fetchedAt,
        etag: entry?.etag,
        meta: meta && { fetchedAt: meta.fetchedAt, municipality: meta.about.municipality.name },
        listed: await store.list(),
      };
    }, FEED_URL);
    expect(nextVisit).toEqual({
      title: 'Knutselen uit versie 2',
      fetchedAt: '2026-03-01T08:00:00.000Z',
      etag: '"v2"',
      meta: { fetchedAt: '2026-03-01T08:00:00.000Z', municipality: 'Voorbeeldstad' },
      listed: [{ url: FEED_URL, fetchedAt: '2026-03-01T08:00:00.000Z' }],
    });
  });

  it('replaces a feed version 3 saved in one record by a big feed in slices, and reads it back whole', async () => {
    const page = await tab.open(server.url);

    // What version 3 of this code left behind: a meta record and the data in one record.
    await page.evaluate(async (entry) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kinderwerkkaart', 3);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('feeds', { keyPath: 'url' });
          request.result.createObjectStore('feedMeta', { keyPath: 'url' }).createIndex('by-fetchedAt', 'fetchedAt');
          request.result.createObjectStore('settings');
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(['feeds', 'feedMeta'], 'readwrite');
          tx.objectStore('feeds').put({ url: entry.url, data: entry.data, problems: entry.problems });
          tx.objectStore('feedMeta').put({
            url: entry.url, fetchedAt: entry.fetchedAt, etag: entry.etag, counts: entry.counts, problemCount: 0, about: entry.data.meta,
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }, cachedFeed(FEED_URL, { title: 'Knutselen uit versie 3', etag: '"v3"' }));

    const replaced = await page.evaluate(async (url) => {
      const store = await (window as unknown as PageWithStore).kwkStore.openFeedStore();
      const old = await store.get(url);
      const next = structuredClone(old!);
      const [first] = next.data.activities;
      next.data.activities = Array.from({ length: 2500 }, (_, i) => ({ ...first, id: `act-${i}`, name: `Activiteit ${i}` }));
      next.etag = '"v4"';
      await store.put(next);
      return { persistent: store.persistent, oldTitle: old?.data.activities[0]?.name, oldEtag: old?.etag };
    }, FEED_URL);
    expect(replaced).toEqual({ persistent: true, oldTitle: 'Knutselen uit versie 3', oldEtag: '"v3"' });

    await page.reload();
    const nextVisit = await page.evaluate(async (url) => {
      const store = await (window as unknown as PageWithStore).kwkStore.openFeedStore();
      const entry = await store.get(url);
      return {
        activities: entry?.data.activities.length,
        last: entry?.data.activities.at(-1)?.name,
        buurt: entry?.data.buurten[0]?.properties.name,
        etag: entry?.etag,
      };
    }, FEED_URL);
    expect(nextVisit).toEqual({ activities: 2500, last: 'Activiteit 2499', buurt: 'Centrum', etag: '"v4"' });
  });
});
