/**
 * The pages a parent meets in the journey tests: the demo page, a page whose feed is
 * down, one with the title at level 3 and an English widget, all opened in the shared
 * Chromium, in one tab for the file that each open makes fresh (reused-tab.ts). Call at
 * the top of a test file; it hooks the file's beforeAll/afterAll.
 *
 *   const pages = parentPages();
 *   const page = await pages.openDemo(360);
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { injectAxe } from './axe';
import { reusedTab } from './reused-tab';
import { WIDGET, hostPage, newPage, waitForResults } from './widget-page';

export interface ParentPages {
  /** The demo page at this width, with its first results shown and axe ready. */
  openDemo: (width: number) => Promise<Page>;
  /** A page of the test server: `/down` (feed answers 503), `/level3` (heading-level 3), `/english`. */
  open: (path: '/down' | '/level3' | '/english', width: number) => Promise<Page>;
}

export function parentPages(): ParentPages {
  let demo: DemoServer;
  let server: TestServer;
  let browser: Browser;
  // bypassCSP only so axe can be injected into the demo page; csp.test.ts runs the widget under
  // the real policy. The test server's pages send no policy: for them it changes nothing.
  const tab = reusedTab(() => newPage(browser, { bypassCSP: true }));

  beforeAll(async () => {
    demo = await startDemoServer();
    server = await startTestServer({ static: ['dist', 'public'] });
    server.route('/down.json', (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('maintenance');
    });
    const page = (path: string, attributes: Record<string, string>) => server.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage({ attributes }));
    });
    page('/down', { feed: '/down.json', tiles: 'none', view: 'map' });
    page('/level3', { feed: '/feeds/almere.json', tiles: 'none', 'heading-level': '3' });
    page('/english', { feed: '/feeds/almere.json', tiles: 'none', lang: 'en' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tab.close();
    await browser?.close();
    await server?.close();
    await demo?.close();
  });

  return {
    async openDemo(width) {
      const page = await tab.open(demo.url, { width });
      await waitForResults(page);
      await injectAxe(page);
      return page;
    },
    open: (path, width) => tab.open(`${server.origin}${path}`, { width }),
  };
}

/** What has focus inside the widget's shadow root: its class and what it opens. */
export function focused(page: Page): Promise<{ className: string; opens: string | null } | null> {
  return page.evaluate(() => {
    const active = document.querySelector('kinderwerk-kaart')?.shadowRoot?.activeElement;
    return active ? { className: active.className, opens: active.getAttribute('data-kwk-opens') } : null;
  });
}

export const details = (page: Page) => page.locator(`${WIDGET} .kwk-details`);
