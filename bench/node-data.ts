/**
 * The data layer in Node: validation + indexing throughput for a feed file, and the
 * query cost per keystroke and per filter click on the city index. zod runs jitless,
 * as in the widget and the extension, so Node and browser numbers compare.
 *
 *   const city = nodeThroughput(cityFeed);        // { records: 26756, recordsPerSecond: … }
 *   const steps = nodeQueries(cityFeed);          // { typing: StepTiming[], clicks: StepTiming[] }
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createFeedIndex } from '../lib/query';
import type { BenchFeed } from './feeds';
import { clickSteps, measureSteps, typingSteps, type StepTiming } from './query-latency';
import { measureThroughput, type Throughput } from './throughput';

z.config({ jitless: true });

export function nodeThroughput(feed: BenchFeed): Throughput {
  const { data: _data, ...measured } = measureThroughput(readFileSync(feed.path, 'utf8'));
  return measured;
}

export function nodeQueries(feed: BenchFeed): { typing: StepTiming[]; clicks: StepTiming[] } {
  const { data } = measureThroughput(readFileSync(feed.path, 'utf8'));
  const index = createFeedIndex(data);
  const now = new Date();
  measureSteps(index, typingSteps(['v']), now);
  return { typing: measureSteps(index, typingSteps(), now), clicks: measureSteps(index, clickSteps(index), now) };
}
