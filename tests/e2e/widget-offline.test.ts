/**
 * When the feed cannot be reached, a visitor who was here before still gets the map and
 * the list from the browser's cache, with the date of that data; a first-time visitor
 * gets a plain explanation instead of an empty box.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, routeHostPage, newPage, polygonCount, resultTotal, savedFeeds, waitForResults } from './widget-page';

const nl = t('nl');
const FEED = '/feeds/almere.json';
const feedBody = readFileSync('public/feeds/almere.json');

type FeedMode = 'up' | 'server-error' | 'unreachable';
let mode: FeedMode = 'up';

function serveFeed(req: IncomingMessage, res: ServerResponse): void {
  if (mode === 'unreachable') return void req.socket.destroy();
  if (mode === 'server-error') {
    res.writeHead(500, { 'content-type': 'text/plain' });
    return void res.end('internal error');
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(feedBody);
}

let server: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test: each test starts as a first-time visitor. */
let tab: ReusedTab;

beforeAll(async () => {
  // The linked buurt and wijk GeoJSON come from public/feeds; the feed itself from serveFeed.
  server = await startTestServer({ static: ['dist', 'public'] });
  server.route(FEED, serveFeed);
  routeHostPage(server, { feed: FEED, tiles: 'none' });
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

async function staleNotice(page: Page): Promise<string> {
  const notice = page.locator(`${WIDGET} .kwk-status [role="status"]`, { hasText: nl.status.staleTitle });
  await notice.waitFor();
  return notice.innerText();
}

describe('when the feed cannot be reached', () => {
  it('shows the data from the last visit, with its date, after a server error and when the server is gone', async () => {
    mode = 'up';
    const page = await tab.open(server.url);
    await waitForResults(page);
    const total = await resultTotal(page);
    // The feed is saved behind what is shown: reload once it is in IndexedDB (meta and data commit together).
    await expect.poll(() => page.evaluate(savedFeeds)).toBe(1);

    for (const failure of ['server-error', 'unreachable'] as const) {
      mode = failure;
      await page.reload();
      await waitForResults(page);
      expect(await resultTotal(page)).toBe(total);
      // The map's code comes a moment after the list (its own file).
      await expect.poll(() => polygonCount(page)).toBeGreaterThan(10);
      // "Niet de nieuwste gegevens. Bijgewerkt op maandag 23 november 2026, 10:15. …"
      expect(await staleNotice(page)).toMatch(/Bijgewerkt op \S+ \d{1,2} \S+ \d{4}/);
    }
  });

  it('tells a first-time visitor what happened instead of showing an empty box', async () => {
    mode = 'server-error';
    const page = await tab.open(server.url);
    const alert = page.locator(`${WIDGET} [role="alert"]`);
    await alert.waitFor();
    expect(await alert.innerText()).toContain(nl.status.failedTitle);
  });
});
