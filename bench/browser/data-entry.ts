/**
 * The benchmark's page-side code for the data layer, bundled into one script
 * (bench/browser-data.ts) and called from Node with page.evaluate: validation and
 * indexing, validation in chunks, the IndexedDB cache, and query latency, all on
 * feeds fetched from the local bench server. zod runs jitless, as in the widget.
 *
 *   await page.evaluate((url) => window.kwkBench.throughput(url), feedUrl);
 */
import { z } from 'zod';
import { validateFeed, validateFeedInChunks } from '../../lib/feed/validate';
import { createFeedIndex } from '../../lib/query';
import { openFeedStore } from '../../lib/store/cache';
import { clickSteps, measureSteps, typingSteps, type StepTiming } from '../query-latency';
import { countRecords, measureThroughput, type Throughput } from '../throughput';
import { readInSlices, writeInSlices } from './idb-chunks';
import { watchLongTasks, type LongTasks } from './long-tasks';

z.config({ jitless: true });

const fetchText = async (url: string) => (await fetch(url)).text();

async function validData(url: string) {
  const result = validateFeed(JSON.parse(await fetchText(url)));
  if (!result.ok) throw new Error(result.failure.message);
  return result;
}

const DB_NAME = 'kwk-bench';

export const kwkBench = {
  async throughput(url: string): Promise<Throughput> {
    const { data: _data, ...measured } = measureThroughput(await fetchText(url));
    return measured;
  },

  /** What the widget does: validation that pauses between records, so other work can run. */
  async chunked(url: string): Promise<{ ms: number; records: number } & LongTasks> {
    const raw: unknown = JSON.parse(await fetchText(url));
    const { value, ...tasks } = await watchLongTasks(() => validateFeedInChunks(raw));
    if (!value.ok) throw new Error(value.failure.message);
    return { ...tasks, records: countRecords(value.counts) };
  },

  /** Building the index is one synchronous step: its duration is one task. */
  async parseAndIndex(url: string): Promise<{ parse: LongTasks & { ms: number }; index: LongTasks & { ms: number } }> {
    const text = await fetchText(url);
    const { value: raw, ...parse } = await watchLongTasks(() => JSON.parse(text) as unknown);
    const result = validateFeed(raw);
    if (!result.ok) throw new Error(result.failure.message);
    const { value: _index, ...index } = await watchLongTasks(() => createFeedIndex(result.data));
    return { parse, index };
  },

  async idbWrite(url: string): Promise<LongTasks & { ms: number }> {
    const { data, problems, counts } = await validData(url);
    const store = await openFeedStore({ dbName: DB_NAME });
    if (!store.persistent) throw new Error(`IndexedDB is not usable here: ${store.notice}`);
    const entry = { url, data, problems, counts, fetchedAt: new Date().toISOString() };
    const { value: _done, ...written } = await watchLongTasks(() => store.put(entry));
    store.close();
    return written;
  },

  async idbRead(url: string): Promise<LongTasks & { ms: number; found: boolean }> {
    const store = await openFeedStore({ dbName: DB_NAME });
    const { value, ...read } = await watchLongTasks(() => store.get(url));
    store.close();
    return { ...read, found: value !== undefined && value.data.activities.length > 0 };
  },

  /** What-if: the cache in slices of 1,000 records (bench/browser/idb-chunks.ts). */
  async idbSlicesWrite(url: string): Promise<LongTasks & { ms: number; slices: number }> {
    const { value: _done, ...written } = await writeInSlices((await validData(url)).data);
    return written;
  },

  async idbSlicesRead(): Promise<LongTasks & { ms: number }> {
    const { value: _count, ...read } = await readInSlices();
    return read;
  },

  async queries(url: string): Promise<{ typing: StepTiming[]; clicks: StepTiming[] }> {
    const index = createFeedIndex((await validData(url)).data);
    const now = new Date();
    // One untimed pass first: the first call of each function pays for compiling it.
    measureSteps(index, typingSteps(['v']), now);
    return { typing: measureSteps(index, typingSteps(), now), clicks: measureSteps(index, clickSteps(index), now) };
  },
};

export type KwkBench = typeof kwkBench;

(globalThis as unknown as { kwkBench: KwkBench }).kwkBench = kwkBench;
