/**
 * Refreshing a feed from a static host that sends only `Access-Control-Allow-Origin: *`
 * and refuses every CORS preflight (OPTIONS answered 405, no CORS headers), as many
 * open-data hosts do. Adding the feed always worked; the refreshes after it sent
 * If-None-Match / If-Modified-Since, which cost a preflight, and failed: "!" on the
 * toolbar and "Je bent offline" on the options page. The real unpacked extension in
 * Chromium, a forced refresh from the popup and the background alarm.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

const nl = t('nl');
const FEED_PATH = '/kinderwerk/tilburg.json';
const FIRST_VERSION = readFileSync('public/feeds/tilburg.json', 'utf8');

/** The file the host serves now, with its validators. */
const feed = { body: FIRST_VERSION, etag: '"v1"', lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT' };
/** What reached the host: preflights, and GETs (those the browser's HTTP cache made conditional apart). */
const seen = { preflights: 0, gets: 0, revalidations: 0 };

let server: TestServer;
let context: BrowserContext;
let extensionId: string;
let feedUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  server.route(FEED_PATH, (req, res) => {
    if (req.method === 'OPTIONS') {
      seen.preflights++;
      return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    }
    seen.gets++;
    const headers = { 'access-control-allow-origin': '*', etag: feed.etag, 'last-modified': feed.lastModified, 'cache-control': 'max-age=600' };
    if (req.headers['if-none-match'] === feed.etag) {
      seen.revalidations++;
      return void res.writeHead(304, headers).end();
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(feed.body);
  });
  feedUrl = `${server.origin}${FEED_PATH}`;
  ({ context, extensionId } = await launchWithExtension(EXTENSION_DIR, { locale: 'nl-NL' }));
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function openExtensionPage(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

interface Health { ok: boolean; checkedAt: string; failure?: { code: string } }

/** The toolbar badge and the stored health of the feed, read through the extension's own APIs. */
async function extensionState(page: Page): Promise<{ badge: string; health: Health | undefined }> {
  return page.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> }; storage: { local: { get(key: string): Promise<Record<string, Record<string, Health> | undefined>> } } } }).chrome;
    const stored = await api.storage.local.get('feedHealth');
    return { badge: await api.action.getBadgeText({}), health: stored.feedHealth?.[url] };
  }, feedUrl);
}

/** What the popup shows for the buurt `name`, after searching for it. */
async function lookUp(popup: Page, name: string): Promise<string> {
  await popup.getByLabel(nl.extension.searchLabel).fill(name);
  await popup.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
  const overview = popup.locator('.kwk-popup-area');
  await overview.getByRole('heading', { name, level: 2 }).waitFor();
  return overview.innerText();
}

/** Fires the background worker's refresh alarm now (an unpacked extension may set alarms this short). */
async function fireRefreshAlarm(page: Page): Promise<void> {
  await page.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): Promise<void> } } }).chrome;
    return api.alarms.create('refresh-feeds', { when: Date.now() });
  });
}

describe('refreshing a feed whose host refuses CORS preflights', () => {
  it('adds the feed', async () => {
    const options = await openExtensionPage('options.html');
    await options.getByLabel(nl.options.feedUrl).fill(feedUrl);
    await options.getByRole('button', { name: nl.extension.addFeed, exact: true }).click();
    await options.locator('.kwk-options-report').getByText(nl.extension.feedAdded('Tilburg')).waitFor({ timeout: 15_000 });
    await options.close();
  });

  it('stays healthy after a forced refresh from the popup: no "!", no "offline", no preflight', async () => {
    const popup = await openExtensionPage('popup.html', 400);
    const before = { gets: seen.gets, checkedAt: (await extensionState(popup)).health?.checkedAt };
    await popup.getByRole('button', { name: nl.extension.refreshNow }).click();
    await expect.poll(async () => (await extensionState(popup)).health?.checkedAt, { timeout: 15_000 }).not.toBe(before.checkedAt);
    await popup.getByRole('button', { name: nl.extension.refreshNow }).waitFor();

    expect(seen.gets).toBeGreaterThan(before.gets);
    expect(seen.preflights).toBe(0);
    const state = await extensionState(popup);
    expect(state.badge).toBe('');
    expect(state.health).toMatchObject({ ok: true });
    expect(await popup.locator('body').innerText()).not.toContain(nl.extension.lastRefreshFailed);

    const options = await openExtensionPage('options.html');
    const card = options.locator('.kwk-options-feed');
    await card.getByText(nl.options.refreshOk('').trim()).waitFor();
    expect(await card.innerText()).not.toContain(nl.feedFailures.offline);
    await options.close();
    await popup.close();
  });

  it('stays healthy after the background alarm, and the browser revalidated instead of downloading again', async () => {
    const page = await openExtensionPage('options.html');
    const checkedBefore = (await extensionState(page)).health?.checkedAt;
    await fireRefreshAlarm(page);
    await expect.poll(async () => (await extensionState(page)).health?.checkedAt, { timeout: 15_000 }).not.toBe(checkedBefore);

    expect(await extensionState(page)).toMatchObject({ badge: '', health: { ok: true } });
    expect(seen.preflights).toBe(0);
    // The browser's HTTP cache sent the ETag itself (no preflight for that) and got a 304.
    expect(seen.revalidations).toBeGreaterThan(0);
    await page.close();
  });

  it('takes in a changed feed at the next alarm', async () => {
    feed.body = FIRST_VERSION.replaceAll('Huiskamer De Kameleon', 'Huiskamer De Regenboog');
    feed.etag = '"v2"';
    feed.lastModified = 'Tue, 24 Nov 2026 08:00:00 GMT';
    const page = await openExtensionPage('options.html');
    const checkedBefore = (await extensionState(page)).health?.checkedAt;
    await fireRefreshAlarm(page);
    await expect.poll(async () => (await extensionState(page)).health?.checkedAt, { timeout: 15_000 }).not.toBe(checkedBefore);
    expect(await extensionState(page)).toMatchObject({ badge: '', health: { ok: true } });

    const popup = await openExtensionPage('popup.html', 400);
    const answer = await lookUp(popup, 'Korvel');
    expect(answer).toContain('Huiskamer De Regenboog');
    expect(answer).not.toContain('Huiskamer De Kameleon');
    expect(seen.preflights).toBe(0);
    await popup.close();
    await page.close();
  });
});
