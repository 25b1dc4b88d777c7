/**
 * The widget as a visitor meets it, in real Chromium at 1280 × 900 (map and list side
 * by side), tiles off so only our own work is timed:
 * - first markers: from <kinderwerk-kaart> being added to its first map markers,
 *   cold (empty cache, feed from the local server) and warm (a return visit: the
 *   cached feed, then a conditional request answered "304 Not Modified");
 * - the long main-thread tasks from adding the element until the page is quiet;
 * - typing in the text filter on the city feed: per keystroke, the time until the
 *   list changes and the main thread's total work (Chromium's TaskDuration metric).
 *
 *   const results = await widgetTimings(browser, server, log);
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { KwkProbe, Mounted, Settled } from './browser/widget-probe';
import type { BenchFeed } from './feeds';
import { TYPED_WORDS } from './query-latency';
import type { BenchServer } from './server';

type Probe = { kwkProbe: KwkProbe };

export interface Visit extends Mounted {
  tasks: Settled;
}

export interface WidgetFeedTimings {
  cold: Visit[];
  warm: Visit[];
}

export interface Keystroke {
  key: string;
  listUpdatedMs?: number;
  /** Main-thread busy time for the keystroke, minus the idle baseline. */
  mainThreadMs: number;
}

export interface WidgetTimings {
  demo: WidgetFeedTimings;
  city: WidgetFeedTimings;
  region: WidgetFeedTimings;
  typing: Keystroke[];
  /** Main-thread time of one measuring cycle without a keystroke: subtracted from each keystroke. */
  typingBaselineMs: number;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', serviceWorkers: 'block' });
}

async function visit(page: Page, server: BenchServer, feed: BenchFeed['name'], timeoutMs: number): Promise<Visit> {
  await page.goto(server.widgetPage);
  const mounted = await page.evaluate(([url, timeout]) => (window as unknown as Probe).kwkProbe.mount(url, timeout), [server.feedUrl(feed), timeoutMs] as const);
  const tasks = await page.evaluate(() => (window as unknown as Probe).kwkProbe.settle());
  return { ...mounted, tasks };
}

/** Cold visits each in a fresh context; warm visits reload in the context the last cold visit filled. */
async function visits(browser: Browser, server: BenchServer, feed: BenchFeed['name'], cold: number, warm: number, timeoutMs = 60_000) {
  const result: WidgetFeedTimings = { cold: [], warm: [] };
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  for (let run = 0; run < cold; run++) {
    await context?.close();
    context = await newContext(browser);
    page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    result.cold.push(await visit(page, server, feed, timeoutMs));
  }
  for (let run = 0; run < warm; run++) result.warm.push(await visit(page!, server, feed, timeoutMs));
  return { result, context: context!, page: page! };
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** Keys for typing each word and deleting it again. */
const typingKeys = (): string[] => TYPED_WORDS.flatMap((word) => [...word, ...Array<string>(word.length).fill('Backspace')]);

async function typeInFilter(page: Page): Promise<{ typing: Keystroke[]; baseline: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => (window as unknown as Probe).kwkProbe.watchTyping());
  const input = page.locator('kinderwerk-kaart input[type="search"]').first();
  await input.focus();
  const settle = () => page.evaluate(() => (window as unknown as Probe).kwkProbe.afterKeystroke());

  const idle: number[] = [];
  for (let i = 0; i < 7; i++) {
    const before = await taskSeconds(cdp);
    await settle();
    idle.push((await taskSeconds(cdp)) - before);
  }
  const baseline = idle.sort((a, b) => a - b)[3] * 1000;

  const typing: Keystroke[] = [];
  for (const key of typingKeys()) {
    const before = await taskSeconds(cdp);
    await page.keyboard.press(key);
    const { listUpdatedMs } = await settle();
    const busy = ((await taskSeconds(cdp)) - before) * 1000;
    typing.push({ key, listUpdatedMs, mainThreadMs: Math.max(0, busy - baseline) });
  }
  await cdp.detach();
  return { typing, baseline };
}

export async function widgetTimings(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<WidgetTimings> {
  log('widget: demo feed, 3 cold and 3 warm visits');
  const demo = await visits(browser, server, 'demo', 3, 3);
  await demo.context.close();

  log('widget: city feed, 2 cold and 3 warm visits, then typing in the text filter');
  const city = await visits(browser, server, 'city', 2, 3);
  const { typing, baseline } = await typeInFilter(city.page);
  await city.context.close();

  log('widget: region feed, 1 cold visit');
  const region = await visits(browser, server, 'region', 1, 0, 120_000);
  await region.context.close();

  return { demo: demo.result, city: city.result, region: region.result, typing, typingBaselineMs: baseline };
}
