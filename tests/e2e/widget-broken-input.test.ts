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
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, hostPage, markerCount, newPage, resultTotal, savedFeeds, tinyFeed, waitForResults } from './widget-page';

const nl = t('nl');
const good = tinyFeed([{ name: 'Voetbal' }, { name: 'Knutselen', locationId: 'loc-zuid' }]);
let current: unknown = good;

let server: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test (see watchedPage): every test is a first visit. */
let tab: ReusedTab;
/** The errors thrown at the page loaded last (a new list for each load). */
let errors: string[] = [];

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
  tab = reusedTab(async () => {
    const page = await newPage(browser);
    // reusedTab keeps page errors listened to: one listener, writing to the list of the page loaded last.
    page.on('pageerror', (error) => errors.push(error.message));
    return page;
  });
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` of the server in the file's tab, made fresh (nothing saved, no init script
 * of the test before), recording every error thrown at the page from its load on.
 */
async function watchedPage(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<{ page: Page; errors: string[] }> {
  const pageErrors: string[] = [];
  const page = await tab.open(server.url + path.slice(1), {
    async prepare(page) {
      errors = pageErrors;
      await prepare?.(page);
    },
  });
  return { page, errors: pageErrors };
}

describe('broken input', () => {
  it('shows places on the map without a background when the tile template has a placeholder the map cannot fill in', async () => {
    current = good;
    const { page, errors } = await watchedPage('/tiles');
    await waitForResults(page);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(0);
    await page.locator(`${WIDGET} .kwk-notice`, { hasText: nl.status.tilesInvalid }).waitFor();
    expect(errors).toEqual([]);
  });

  it('loads the feed from the network and says it is not kept when IndexedDB never answers', async () => {
    current = good;
    // As in some private modes: the request to open the database never succeeds nor fails.
    const { page, errors } = await watchedPage('/', (page) => page.addInitScript(() => {
      IDBFactory.prototype.open = function open() {
        const request = new EventTarget();
        Object.setPrototypeOf(request, IDBOpenDBRequest.prototype);
        return request as IDBOpenDBRequest;
      };
    }));
    await waitForResults(page);
    expect(await resultTotal(page)).toBe(2);
    await page.locator(`${WIDGET} .kwk-notice`, { hasText: nl.status.notSaved }).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps showing the last good feed, marked as not the newest, when the feed comes back broken', async () => {
    current = good;
    const { page, errors } = await watchedPage('/');
    await waitForResults(page);
    expect(await resultTotal(page)).toBe(2);
    // Saved behind what is shown: wait until it is in IndexedDB.
    await expect.poll(() => page.evaluate(savedFeeds)).toBe(1);

    current = { ...(good as Record<string, unknown>), activities: {} };
    await page.reload();
    await waitForResults(page);
    await page.locator(`${WIDGET} .kwk-status [role="status"]`, { hasText: nl.status.staleTitle }).waitFor();
    expect(await resultTotal(page)).toBe(2);
    expect(errors).toEqual([]);
  });

  it('reads an HSDS service with "constructor" as a language, and the other service too', async () => {
    const { page, errors } = await watchedPage('/hsds');
    await waitForResults(page);
    expect(await resultTotal(page)).toBe(2);
    expect(errors).toEqual([]);
  });
});
