/**
 * One browser tab for the tests of a file, made fresh for each test. A new tab costs
 * Chromium a renderer process and compiling the widget again: about 1.6 CPU-seconds for a
 * widget page on this 2-core machine, against about 0.5 for a load in a tab that had one
 * before (measured 7 December 2026). On a CPU-bound test run that is most of the time.
 *
 * What a test leaves behind goes before the next one opens its page: its routes, its
 * listeners, its init scripts, emulated media, offline mode, the blank page in between
 * (so no request of the old page lands in the new test's lists), and the storage and HTTP
 * cache of every origin the tab showed, its frames' included, so each test is again a first
 * visit. What cannot be undone needs a tab of its own: `page.clock`, and the partitioned
 * storage of frames from another site.
 *
 *   const tab = reusedTab(() => newPage(browser, { bypassCSP: true }));
 *   const page = await tab.open(url, { width: 360, prepare: (page) => page.route(...) });
 *   afterAll(() => tab.close());
 */
import type { Disposable, Page } from 'playwright-core';

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Runs on the blank tab before the page loads: routes, listeners, init scripts. */
  prepare?: (page: Page) => Promise<unknown>;
}

export interface ReusedTab {
  /** The tab, made fresh, showing `url` (not waiting for more than the load event). */
  open(url: string, options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Events tests listen to; the page error log that `newPage` adds stays. */
const TEST_EVENTS = ['request', 'requestfinished', 'requestfailed', 'response', 'console', 'dialog', 'download', 'popup', 'framenavigated', 'load'] as const;

export function reusedTab(create: () => Promise<Page>): ReusedTab {
  let tab: Page | undefined;
  let initScripts: Disposable[] = [];
  const origins = new Set<string>();

  async function createTab(): Promise<Page> {
    const page = await create();
    // Init scripts are the one thing a page cannot list: keep what each test adds, to remove it.
    const addInitScript = page.addInitScript.bind(page);
    page.addInitScript = (async (...args: Parameters<Page['addInitScript']>) => {
      const script = await addInitScript(...args);
      initScripts.push(script);
      return script;
    }) as Page['addInitScript'];
    return page;
  }

  /**
   * Every page and frame the tab shows keeps storage under its origin: a frame from another
   * port on 127.0.0.1 is same-site, so not partitioned, and would keep its feed for the next
   * test. Read from the frames at the end of a test, not from a request listener: listening
   * to requests makes Playwright report every request of the run (tiles and all).
   */
  function noteOrigins(page: Page): void {
    for (const frame of page.frames()) {
      const { protocol, origin } = new URL(frame.url());
      if (protocol.startsWith('http')) origins.add(origin);
    }
  }

  async function makeFresh(page: Page): Promise<void> {
    noteOrigins(page);
    for (const event of TEST_EVENTS) page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await Promise.all(initScripts.map((script) => script.dispose()));
    initScripts = [];
    await page.goto('about:blank');
    await page.context().setOffline(false);
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    const session = await page.context().newCDPSession(page);
    try {
      for (const origin of origins) await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await session.send('Network.clearBrowserCache');
    } finally {
      await session.detach();
    }
  }

  return {
    async open(url, { width = 1280, height = 900, prepare } = {}) {
      if (tab) await makeFresh(tab);
      else tab = await createTab();
      origins.add(new URL(url).origin);
      await tab.setViewportSize({ width, height });
      await prepare?.(tab);
      await tab.goto(url);
      return tab;
    },
    async close() {
      await tab?.context().close();
      tab = undefined;
    },
  };
}
