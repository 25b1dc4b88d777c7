/**
 * One language per load: the ES module carries the Dutch texts and fetches the English
 * ones as a file of its own (kinderwerk-kaart-en.js) only when the element or the page
 * asks for English; the classic build has both inline.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { hostPage, newPage, waitForResults } from './widget-page';

const ENGLISH_FILE = '/widget/kinderwerk-kaart-en.js';
const FEED = { feed: '/feeds/almere.json', tiles: 'none' };

let server: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test: no routes, recorded requests or cached files carried over. */
let tab: ReusedTab;

beforeAll(async () => {
  server = await startTestServer({ static: ['dist', 'public'] });
  const page = (path: string, html: string) => server.route(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  page('/dutch', hostPage({ attributes: FEED }));
  page('/english', hostPage({ attributes: { ...FEED, lang: 'en' } }));
  page('/english-page', hostPage({ attributes: FEED }).replace('<html lang="nl">', '<html lang="en">'));
  page('/english-classic', hostPage({ attributes: { ...FEED, lang: 'en' }, classic: true }));
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a page of the server in the file's tab, fresh, and lists the widget files it fetched. */
async function open(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<{ page: Page; files: string[] }> {
  const files: string[] = [];
  const record = (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/widget/')) files.push(pathname);
  };
  const page = await tab.open(server.url + path.slice(1), {
    async prepare(page) {
      page.on('request', record);
      await prepare?.(page);
    },
  });
  await waitForResults(page);
  return { page, files };
}

const title = (page: Page, lang: 'nl' | 'en') => page.getByRole('heading', { name: t(lang).app.title('Almere') });

describe('the widget\'s languages', () => {
  it('speaks Dutch on a Dutch page without fetching the English texts', async () => {
    const { page, files } = await open('/dutch');
    expect(await title(page, 'nl').isVisible()).toBe(true);
    expect(await page.getByLabel(t('nl').filters.age).isVisible()).toBe(true);
    expect(files).toContain('/widget/kinderwerk-kaart.js');
    expect(files).not.toContain(ENGLISH_FILE);
  });

  it('speaks English when the element asks for it, fetching the English texts once', async () => {
    const { page, files } = await open('/english');
    expect(await title(page, 'en').isVisible()).toBe(true);
    expect(await page.getByLabel(t('en').filters.age).isVisible()).toBe(true);
    expect(files.filter((file) => file === ENGLISH_FILE)).toEqual([ENGLISH_FILE]);
  });

  it('speaks English on a page in English', async () => {
    const { page, files } = await open('/english-page');
    expect(await title(page, 'en').isVisible()).toBe(true);
    expect(files).toContain(ENGLISH_FILE);
  });

  it('speaks Dutch when the English texts cannot be fetched, rather than showing nothing', async () => {
    const { page } = await open('/english', (page) => page.route(`**${ENGLISH_FILE}`, (route) => route.abort()));
    expect(await title(page, 'nl').isVisible()).toBe(true);
    expect(await page.locator('kinderwerk-kaart .kwk-app').getAttribute('lang')).toBe('nl');
  });

  it('speaks English in the classic build, which has both languages in its one file', async () => {
    const { page, files } = await open('/english-classic');
    expect(await title(page, 'en').isVisible()).toBe(true);
    expect(files).toEqual(['/widget/kinderwerk-kaart.iife.js']);
  });
});
