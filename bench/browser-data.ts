/**
 * The data layer in real Chromium: the page loads bench/browser/data-entry.ts and
 * Node calls it. Validation + indexing throughput (city three times, median; region
 * once), validation in chunks as the widget does it, the single tasks of parsing and
 * indexing, the IndexedDB cache (write, then read after a reload; and, as a what-if,
 * the same feed in slices of 1,000 records) and query latency.
 *
 *   const results = await browserData(browser, server);
 */
import type { Browser, Page } from 'playwright-core';
import type { KwkBench } from './browser/data-entry';
import type { BenchServer } from './server';
import type { StepTiming } from './query-latency';
import type { Throughput } from './throughput';

type Bench = { kwkBench: KwkBench };
type Result<K extends keyof KwkBench> = Awaited<ReturnType<KwkBench[K]>>;

export interface BrowserData {
  throughput: { city: Throughput; region: Throughput };
  chunked: Result<'chunked'>;
  tasks: Result<'parseAndIndex'>;
  idb: { write: Result<'idbWrite'>; read: Result<'idbRead'>; slicesWrite: Result<'idbSlicesWrite'>; slicesRead: Result<'idbSlicesRead'> };
  queries: { typing: StepTiming[]; clicks: StepTiming[] };
}

async function call<K extends keyof KwkBench>(page: Page, method: K, url: string): Promise<Result<K>> {
  return page.evaluate(
    ([name, feedUrl]) => (window as unknown as Bench).kwkBench[name](feedUrl) as Promise<Result<K>>,
    [method, url] as const,
  );
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const workOf = (t: Throughput) => t.validateMs + t.indexMs;

export async function browserData(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<BrowserData> {
  const city = server.feedUrl('city');
  let page = await freshPage(browser, server.dataPage);

  log('browser: validate + index the city feed (3 runs)');
  const cityRuns: Throughput[] = [];
  for (let run = 0; run < 3; run++) cityRuns.push(await call(page, 'throughput', city));
  const cityThroughput = [...cityRuns].sort((a, b) => workOf(a) - workOf(b))[1];
  log('browser: validation in chunks, parse and index tasks, queries');
  const chunked = await call(page, 'chunked', city);
  const tasks = await call(page, 'parseAndIndex', city);
  const queries = await call(page, 'queries', city);
  await page.context().close();

  log('browser: IndexedDB write, reload, read');
  page = await freshPage(browser, server.dataPage);
  const write = await call(page, 'idbWrite', city);
  const slicesWrite = await call(page, 'idbSlicesWrite', city);
  await page.reload();
  const read = await call(page, 'idbRead', city);
  const slicesRead = await call(page, 'idbSlicesRead', city);
  await page.context().close();

  log('browser: validate + index the region feed');
  page = await freshPage(browser, server.dataPage);
  const region = await call(page, 'throughput', server.feedUrl('region'));
  await page.context().close();

  return { throughput: { city: cityThroughput, region }, chunked, tasks, idb: { write, read, slicesWrite, slicesRead }, queries };
}
