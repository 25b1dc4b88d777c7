/**
 * The real extension, unpacked from `npm run build`, in headless Chromium: a
 * worker adds a municipality's feed on the options page, looks a buurt up in
 * the popup, and gets the same answer once the feed server is gone (offline).
 * axe-core (WCAG 2.1 A/AA) scans the options page and the popup.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/browser';
import { scanExtensionPage } from './axe';
import { startTestServer, type TestServer } from '../helpers/server';

const nl = t('nl');
const FEED = readFileSync('public/feeds/tilburg.json', 'utf8');

let server: TestServer | undefined;
let context: BrowserContext;
let extensionId: string;
let feedUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  // Open-data feeds send CORS headers, so they load without a host permission;
  // headless Chromium shows no permission prompt that anyone could answer.
  server.route('/kinderwerk/tilburg.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(FEED);
  });
  feedUrl = `${server.origin}/kinderwerk/tilburg.json`;
  ({ context, extensionId } = await launchWithExtension(EXTENSION_DIR, { locale: 'nl-NL' }));
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;

async function openExtensionPage(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(extensionPage(path));
  return page;
}

/** Searches the popup for a buurt by name and returns what it shows for it. */
async function lookUp(page: Page, name: string): Promise<string> {
  await page.getByLabel(nl.extension.searchLabel).fill(name);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
  const overview = page.locator('.kwk-popup-area');
  await overview.getByRole('heading', { name, level: 2 }).waitFor();
  // Everything but the small map, whose markers and tile notice come and go as it draws.
  return overview.evaluate((section) =>
    [...section.children].filter((child) => !child.classList.contains('kwk-popup-area__map')).map((child) => (child as HTMLElement).innerText).join('\n'),
  );
}


describe('the extension, loaded unpacked in Chromium', () => {
  let answerOnline: string;

  it('adds a feed on the options page and shows its report', async () => {
    const options = await openExtensionPage('options.html');
    await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('nl');
    await options.getByText(nl.extension.noFeedsYet).waitFor();

    await options.getByLabel(nl.options.feedUrl).fill(feedUrl);
    await options.getByRole('button', { name: nl.extension.addFeed, exact: true }).click();
    const report = options.locator('.kwk-options-report');
    await report.getByText(nl.extension.feedAdded('Tilburg')).waitFor({ timeout: 15_000 });
    await expect.poll(() => options.evaluate(() => document.activeElement?.classList.contains('kwk-options-report'))).toBe(true);

    const card = options.locator('.kwk-options-feed');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain(feedUrl);
    expect(await card.innerText()).toContain(nl.options.problems(0));
    await options.close();
  });

  it('finds a buurt in the popup: activities, huiskamers and known faces from the feed', async () => {
    const popup = await openExtensionPage('popup.html', 400);
    answerOnline = await lookUp(popup, 'Korvel');
    expect(answerOnline).toContain('Tilburg');
    expect(answerOnline).toContain('Huiskamer De Kameleon');
    expect(answerOnline).toContain('Bram van Gorp');
    await expect.poll(() => popup.getByRole('link', { name: nl.details.callLabel('Bram van Gorp') }).getAttribute('href')).toBe('tel:0612345201');
    await popup.close();
  });

  it('gives the same answer with the feed server gone', async () => {
    await server?.close();
    server = undefined;
    const popup = await openExtensionPage('popup.html', 400);
    expect(await lookUp(popup, 'Korvel')).toBe(answerOnline);
    await popup.close();
  });

  it('has no accessibility violations on the options page or in the popup', async () => {
    const options = await openExtensionPage('options.html', 360);
    await options.locator('.kwk-options-feed').waitFor();
    const optionsScan = await scanExtensionPage(options);
    expect(optionsScan.violations).toEqual([]);
    expect(optionsScan.checkedNodes).toBeGreaterThan(20);

    const popup = await openExtensionPage('popup.html', 400);
    await lookUp(popup, 'Korvel');
    const popupScan = await scanExtensionPage(popup);
    expect(popupScan.violations).toEqual([]);
    expect(popupScan.checkedNodes).toBeGreaterThan(20);
  });
});
