/**
 * Broken input the widget meets on real pages (issue 13): a tile template the map
 * cannot fill in, a feed that comes back broken after a good one, and an HSDS source
 * with a word like "constructor" where a language goes. Each ends with the data a
 * visitor can use, and nothing thrown at the host page.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { WIDGET, hostPage, markerCount, newPage, resultTotal, tinyFeed, waitForResults } from './widget-page';

const nl = t('nl');
const good = tinyFeed([{ name: 'Voetbal' }, { name: 'Knutselen', locationId: 'loc-zuid' }]);
let current: unknown = good;

let server: TestServer;
let browser: Browser;
/** One tab for the file: each test loads its page afresh in it (see watchedPage). */
let tab: Page;
/** Undoes what the test before added to the tab: its error listener, its init script. */
const leftovers: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  server = await startTestServer({ static: ['dist'] });
  const page = (path: string, attributes: Record<string, string>) =>
    server.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage({ attributes }));
    });
  page('/tiles', { feed: '/feed.json', tiles: 'https://tiles.example.invalid/{TileMatrix}/{z}/{x}/{y}.png' });
  page('/', { feed: '/feed.json', tiles: 'none' });
  page('/hsds', { feed: '/api/services', buurten: '/buurten.geojson', municipality: 'GM0034', tiles: 'none' });
  server.route('/feed.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(current));
  });
  const service = JSON.parse(readFileSync('tests/fixtures/interop/hsds/service-full.json', 'utf8')) as Record<string, unknown>;
  server.route('/api/services', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ total_items: 2, total_pages: 1, page_number: 1, contents: [
      service, { ...service, id: 'svc-constructor', name: 'Taalcafé', languages: [{ name: 'constructor' }, { name: '__proto__' }] },
    ] }));
  });
  server.route('/buurten.geojson', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/geo+json' });
    res.end(readFileSync('tests/fixtures/interop/buurten.geojson'));
  });
  browser = await launchBrowser();
  tab = await newPage(browser);
});

afterAll(async () => {
  await tab?.context().close();
  await browser?.close();
  await server?.close();
});

/**
 * The file's tab, blank and with nothing of the test before, recording every error thrown
 * at the page it loads next. The tabs share one context, so a feed one test saved is in
 * IndexedDB for the next: no test counts on a database that starts empty.
 */
async function watchedPage(): Promise<{ page: Page; errors: string[] }> {
  for (const undo of leftovers.splice(0)) await undo();
  const page = tab;
  await page.goto('about:blank');
  const errors: string[] = [];
  const record = (error: Error) => errors.push(error.message);
  page.on('pageerror', record);
  leftovers.push(() => void page.off('pageerror', record));
  return { page, errors };
}

/** How many saved copies of this page's feed.json the widget's IndexedDB holds (run in the page). */
function savedCopiesOfFeed(): Promise<number> {
  return new Promise<number>((resolve) => {
    const open = indexedDB.open('kinderwerkkaart');
    open.onsuccess = () => {
      const count = open.result.transaction('feedMeta').objectStore('feedMeta').count(new URL('/feed.json', location.href).href);
      count.onsuccess = () => resolve(count.result);
    };
  });
}

describe('broken input', () => {
  it('shows places on the map without a background when the tile template has a placeholder the map cannot fill in', async () => {
    current = good;
    const { page, errors } = await watchedPage();
    await page.goto(`${server.url}tiles`);
    await waitForResults(page);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(0);
    await page.locator(`${WIDGET} .kwk-notice`, { hasText: nl.status.tilesInvalid }).waitFor();
    expect(errors).toEqual([]);
  });

  it('loads the feed from the network and says it is not kept when IndexedDB never answers', async () => {
    current = good;
    const { page, errors } = await watchedPage();
    // As in some private modes: the request to open the database never succeeds nor fails.
    const script = await page.addInitScript(() => {
      IDBFactory.prototype.open = function open() {
        const request = new EventTarget();
        Object.setPrototypeOf(request, IDBOpenDBRequest.prototype);
        return request as IDBOpenDBRequest;
      };
    });
    leftovers.push(() => script.dispose());
    await page.goto(server.url);
    await waitForResults(page);
    expect(await resultTotal(page)).toBe(2);
    await page.locator(`${WIDGET} .kwk-notice`, { hasText: nl.status.notSaved }).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps showing the last good feed, marked as not the newest, when the feed comes back broken', async () => {
    current = good;
    const { page, errors } = await watchedPage();
    await page.goto(server.url);
    await waitForResults(page);
    expect(await resultTotal(page)).toBe(2);
    // Saved behind what is shown: wait until it is in IndexedDB.
    await expect.poll(() => page.evaluate(savedCopiesOfFeed)).toBe(1);

    current = { ...(good as Record<string, unknown>), activities: {} };
    await page.reload();
    await waitForResults(page);
    await page.locator(`${WIDGET} .kwk-status [role="status"]`, { hasText: nl.status.staleTitle }).waitFor();
    expect(await resultTotal(page)).toBe(2);
    expect(errors).toEqual([]);
  });

  it('reads an HSDS service with "constructor" as a language, and the other service too', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(`${server.url}hsds`);
    await waitForResults(page);
    expect(await resultTotal(page)).toBe(2);
    expect(errors).toEqual([]);
  });
});
