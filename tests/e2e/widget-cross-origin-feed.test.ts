/**
 * The normal case for a municipality: the page on www.gemeente.nl, the feed on
 * data.gemeente.nl, a static host that sends `Access-Control-Allow-Origin: *` and
 * refuses every CORS preflight (OPTIONS answered 405, no CORS headers). A return
 * visit revalidates the cached feed without a preflight and shows what changed.
 * Two servers on 127.0.0.1 with their own ports: two origins.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { WIDGET, hostPage, listedNames, newPage, tinyFeed, waitForResults } from './widget-page';

const nl = t('nl');

/** The file the feed host serves now, with its validators. */
const feed = {
  body: JSON.stringify(tinyFeed([{ name: 'Voetbal op het plein' }])),
  etag: '"v1"',
  lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT',
};
const seen = { preflights: 0, gets: 0 };

let site: TestServer;
let dataHost: TestServer;
let browser: Browser;

beforeAll(async () => {
  dataHost = await startTestServer();
  dataHost.route('/kinderwerk.json', (req, res) => {
    if (req.method === 'OPTIONS') {
      seen.preflights++;
      return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    }
    seen.gets++;
    const headers = { 'access-control-allow-origin': '*', etag: feed.etag, 'last-modified': feed.lastModified, 'cache-control': 'max-age=600' };
    if (req.headers['if-none-match'] === feed.etag) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(feed.body);
  });

  site = await startTestServer({ static: ['dist'] });
  site.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: `${dataHost.origin}/kinderwerk.json`, tiles: 'none' } }));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await dataHost?.close();
});

describe('a feed on another origin whose host refuses CORS preflights', () => {
  it('is revalidated on the next visit, and the visitor sees what changed', async () => {
    const page = await newPage(browser);
    await page.goto(site.url);
    await waitForResults(page);
    expect(await listedNames(page)).toEqual(['Voetbal op het plein']);

    feed.body = JSON.stringify(tinyFeed([{ name: 'Voetbal op het plein' }, { name: 'Dansen in de gymzaal' }]));
    feed.etag = '"v2"';
    feed.lastModified = 'Tue, 24 Nov 2026 08:00:00 GMT';
    await page.reload();
    await expect.poll(() => listedNames(page), { timeout: 15_000 }).toContain('Dansen in de gymzaal');

    expect(await page.locator(WIDGET).getByText(nl.status.staleTitle).count()).toBe(0);
    expect(seen.preflights).toBe(0);
    expect(seen.gets).toBe(2);
    await page.context().close();
  });
});
