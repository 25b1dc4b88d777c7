/**
 * Adding feeds and reading how current they are (issue 12.7), in the real unpacked
 * extension: the add form is free again at once when the browser's permission prompt
 * is never answered (headless Chromium never answers it), the same feed is not added
 * twice, and after a failed refresh the popup says so in one status with the date of
 * the data it shows, not "Bijgewerkt nu" above "Bijwerken is niet gelukt".
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

const nl = t('nl');
// KWK_EXTENSION_DIR: a copy of the build, when other work may rebuild .output meanwhile.
const FEED = readFileSync('public/feeds/tilburg.json', 'utf8');

let server: TestServer;
let context: BrowserContext;
let extensionId: string;
let feedUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  server.route('/open/tilburg.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(FEED);
  });
  // A host without CORS headers: readable only with the host permission nobody grants here.
  server.route('/closed/kinderwerk.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(FEED);
  });
  feedUrl = `${server.origin}/open/tilburg.json`;
  ({ context, extensionId } = await launchWithExtension(EXTENSION_DIR, { locale: 'nl-NL' }));
}, 60_000);

afterAll(async () => {
  await context?.close();
  // One test stops the server on purpose.
  await server?.close().catch(() => undefined);
});

async function openPage(path: string, size = { width: 1000, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

async function addOnOptionsPage(options: Page, url: string): Promise<void> {
  await options.getByLabel(nl.options.feedUrl).fill(url);
  await options.getByRole('button', { name: nl.extension.addFeed, exact: true }).click();
}

describe('adding a feed', () => {
  it('frees the form at once when the permission prompt is never answered, and says what to do', async () => {
    const options = await openPage('options.html');
    await options.getByText(nl.extension.noFeedsYet).waitFor();
    // Headless Chromium answers the request at once (refused); a real prompt can stay open
    // for as long as the user walks away. That is the case here: the answer never comes.
    await options.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { permissions: { request(request: object): Promise<boolean> } } }).chrome;
      api.permissions.request = () => new Promise<boolean>(() => undefined);
    });
    await addOnOptionsPage(options, `${server.origin}/closed/kinderwerk.json`);
    const report = options.locator('.kwk-options-report');
    // The form answers by itself: the wait's ceiling is the test's limit for "at once".
    await report.getByText(nl.extension.feedFailed).waitFor({ timeout: 20_000 });
    expect(await report.innerText()).toContain(nl.options.permissionWaitingToRetry);
    expect(await options.getByRole('button', { name: nl.extension.addFeed, exact: true }).isEnabled()).toBe(true);
    await options.close();
  });

  it('adds a feed once, and says so when the same address comes again', async () => {
    const options = await openPage('options.html');
    await addOnOptionsPage(options, feedUrl);
    const report = options.locator('.kwk-options-report');
    await report.getByText(nl.extension.feedAdded('Tilburg')).waitFor({ timeout: 15_000 });
    await addOnOptionsPage(options, `${feedUrl}#kaart`);
    await report.getByText(nl.extension.feedAlreadyAdded('Tilburg')).waitFor();
    await expect.poll(() => options.locator('.kwk-options-feed').count()).toBe(1);
    await options.close();
  });
});

describe('how current the popup says its data is', () => {
  const status = (popup: Page) => popup.locator('.kwk-popup__status [role=status]');

  async function lookUp(popup: Page, name: string): Promise<void> {
    await popup.getByLabel(nl.extension.searchLabel).fill(name);
    await popup.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
    await popup.locator('.kwk-popup-area').getByRole('heading', { name, level: 2 }).waitFor();
  }

  it('gives the date with the age of the data', async () => {
    const popup = await openPage('popup.html', { width: 400, height: 600 });
    await lookUp(popup, 'Korvel');
    expect(await status(popup).innerText()).toMatch(/^Bijgewerkt (nu|\d+ minuten? geleden) \(\S+ \d{1,2} \S+, \d\d:\d\d\)\.$/);
    await popup.close();
  });

  it('after a failed refresh says so once, with the date of the data it shows', async () => {
    await server.close();
    const popup = await openPage('popup.html', { width: 400, height: 600 });
    await popup.getByRole('button', { name: nl.extension.refreshNow }).click();
    await expect.poll(() => status(popup).innerText(), { timeout: 20_000 }).toContain(nl.extension.lastRefreshFailed);
    await lookUp(popup, 'Korvel');
    const said = await status(popup).innerText();
    expect(said).toMatch(/Je ziet de gegevens van \S+ \d{1,2} \S+, \d\d:\d\d \(.+\)\.$/);
    expect(said).not.toContain('Bijgewerkt');
    expect(await popup.locator('body').innerText()).not.toContain('Bijgewerkt');
    await popup.close();
  });
});
