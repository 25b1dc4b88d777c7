/**
 * npm run bench: how fast Kinderwerkkaart is with a big city's feed, in Node and in
 * real headless Chromium. Generates the city and region feeds (bench/.cache/), builds
 * the widget when needed, measures, prints tables and writes bench/results.json.
 * Method and latest results: docs/performance.md. Takes a few minutes on 2 cores.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --no-widget  # only the data layer
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/helpers/browser';
import { browserData } from '../bench/browser-data';
import { widgetTimings } from '../bench/browser-widget';
import { bundlePageScripts } from '../bench/bundle';
import { demoFeed, generatedFeed, SEED } from '../bench/feeds';
import { nodeQueries, nodeThroughput } from '../bench/node-data';
import { benchResults } from '../bench/results';
import { startBenchServer } from '../bench/server';
import { printTable } from '../bench/table';
import { widgetSize } from '../bench/widget-size';

const RESULTS = 'bench/results.json';

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = loadavg()[0];
  const started = performance.now();
  const withWidget = !process.argv.includes('--no-widget');
  const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

  const feeds = [demoFeed(), generatedFeed('city', log), generatedFeed('region', log)];
  const [, city, region] = feeds;

  log('node: validate + index the city and region feeds, queries per keystroke');
  // A first pass over the city warms the JIT; the measured passes come after it.
  nodeThroughput(city);
  const node = { city: nodeThroughput(city), region: nodeThroughput(region), queries: nodeQueries(city) };

  const size = withWidget ? await widgetSize(log) : undefined;
  const server = await startBenchServer(feeds, await bundlePageScripts());
  const browser = await launchBrowser();
  try {
    const browserResults = await browserData(browser, server, log);
    const widget = withWidget ? await widgetTimings(browser, server, log) : undefined;
    const results = benchResults({
      startedAt,
      seconds: (performance.now() - started) / 1000,
      loadAtStart,
      chromium: browser.version(),
      seed: SEED,
      feeds,
      node,
      browser: browserResults,
      widget,
      size,
    });
    printTable(results, console.log);
    const { atStart, atEnd } = results.machine.loadAverage;
    if (Math.max(atStart, atEnd) > results.machine.cpus) {
      log(`note: load average ${atStart} → ${atEnd} on ${results.machine.cpus} cores; other work competed, so times are high. Compare ratios, or run again.`);
    }
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${RESULTS}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
