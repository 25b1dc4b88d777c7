/**
 * The widget as a visitor meets it, in real Chromium at 1280 × 900 (map and list side
 * by side), tiles off so only our own work is timed:
 * - the final map view: from navigation to the frame painted after the last change to
 *   the map's markers, cold (empty cache, feed from the local server) and warm (a
 *   return visit: the cached feed, then a conditional request answered "304 Not
 *   Modified"); on the city feed interleaved, round by round, with the plain Leaflet
 *   page (bench/server.ts), whose time is navigation → its circle markers painted, and
 *   for both a return visit after the browser was restarted on its on-disk profile; on the
 *   region feed interleaved too, cold, with the longest task and the peak heap;
 * - the long main-thread tasks from navigation until the page is quiet;
 * - typing in the text filter on the city feed, and each choice in the filter panel
 *   (selects and checkboxes): the time until the list changes and the main thread's
 *   total work (Chromium's TaskDuration metric).
 *
 *   const results = await widgetTimings(browser, server, log);
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/helpers/browser';
import type { FirstView, KwkProbe, Settled } from './browser/widget-probe';
import type { BenchFeed } from './feeds';
import { TYPED_WORDS } from './query-latency';
import type { BenchServer } from './server';

type Probe = { kwkProbe: KwkProbe };

export interface Visit extends FirstView {
  tasks: Settled;
}

/**
 * The city feed, widget and plain Leaflet page visited in turn: navigation → final markers
 * painted, per visit. `returning`: a return visit after the browser was closed and started
 * again on the same on-disk profile.
 */
export interface Comparison {
  rounds: number;
  widget: ComparedVisits;
  baseline: ComparedVisits;
}

export interface ComparedVisits {
  cold: number[];
  warm: number[];
  returning: number[];
  /** JavaScript heap in use after the warm visit has settled and a full garbage collection, in MB. */
  heapAfterLoadMb: number[];
}

const noVisits = (): ComparedVisits => ({ cold: [], warm: [], returning: [], heapAfterLoadMb: [] });

/** Text filter, word → painted, per word and round (ms). */
export interface TextFilterComparison {
  rounds: number;
  widget: number[];
  baseline: number[];
}

export interface WidgetFeedTimings {
  cold: Visit[];
  warm: Visit[];
}

/** One keystroke in the text filter, or one change in the filter panel. */
export interface Keystroke {
  /** The key pressed, or the filter changed ("Leeftijd: 8"). */
  key: string;
  listUpdatedMs?: number;
  /** Event Timing: input → next paint; undefined when under 16 ms (Chromium reports only longer ones). */
  inputToPaintMs?: number;
  /** Main-thread busy time for the keystroke, minus the idle baseline. */
  mainThreadMs: number;
  /** The parts of it: running JavaScript, recalculating styles, layout. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
}

/** A word typed at a human pace: each key, and the map's updates after the typing pauses. */
export interface PacedWord {
  word: string;
  keys: Keystroke[];
  /** Per key that changed the markers: its input → the frame painted after they changed; includes the typing pause. */
  mapUpdatesMs: number[];
}

/** The region feed, widget and plain Leaflet page in turn, a cold visit each. */
export interface RegionComparison {
  rounds: number;
  widget: RegionVisits;
  baseline: RegionVisits;
}

export interface RegionVisits {
  finalMarkersMs: number[];
  /** The longest main-thread task from navigation until the page is quiet. */
  longestTaskMs: number[];
  /** The most JS heap in use while loading, sampled every 100 ms, in MB. */
  peakHeapMb: number[];
}

export interface WidgetTimings {
  demo: WidgetFeedTimings;
  city: WidgetFeedTimings;
  region: WidgetFeedTimings;
  comparison: Comparison;
  regionComparison: RegionComparison;
  textFilter: TextFilterComparison;
  typing: Keystroke[];
  /** Each choice in the filter panel's selects and checkboxes, on the city feed. */
  filtering: Keystroke[];
  /** Words typed with `HUMAN_KEY_GAP_MS` between keys, on the city feed. */
  pacedTyping: PacedWord[];
  /** Main-thread time of one measuring cycle without a keystroke: subtracted from each keystroke. */
  typingBaselineMs: number;
}

const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 900 }, locale: 'nl-NL', serviceWorkers: 'block' } as const;

const printPageErrors = (page: Page) => page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

/** A page in a fresh browser context (empty cache), whose errors are printed. */
async function freshPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext(CONTEXT_OPTIONS)).newPage();
  printPageErrors(page);
  return page;
}

/** Who goes first in a round: the widget in even rounds, the plain page in odd ones, so neither always runs first. */
const roundOrder = (round: number) => (round % 2 === 0 ? (['widget', 'baseline'] as const) : (['baseline', 'widget'] as const));

async function visit(page: Page, server: BenchServer, feed: BenchFeed['name'], timeoutMs: number): Promise<Visit> {
  await page.goto(server.widgetPage(feed), { waitUntil: 'domcontentloaded' });
  const view = await page.evaluate((timeout) => (window as unknown as Probe).kwkProbe.firstView(timeout), timeoutMs);
  const tasks = await page.evaluate(() => (window as unknown as Probe).kwkProbe.settle());
  // A change after the first quiet second (a late refresh) still counts: the final view is the last.
  return { ...view, finalMarkersMs: tasks.finalMarkersMs ?? view.finalMarkersMs, tasks };
}

/** Navigation → the plain Leaflet page's circle markers painted. */
async function baselineVisit(page: Page, server: BenchServer, feed: BenchFeed['name'] = 'city', url = server.baselinePage(feed)): Promise<number> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const view = await page.evaluate(() => (window as unknown as { kwkBaselineView: Promise<{ finalMarkersMs: number }> }).kwkBaselineView);
  return view.finalMarkersMs;
}

/**
 * Widget and plain Leaflet page on the city feed, round by round, the order swapped
 * each round so neither always runs first: each a cold visit in a fresh context, then a
 * warm one (the same page again: the browser's HTTP cache answers with the ETag, and
 * the widget also has its IndexedDB copy).
 */
export async function compareWithPlainLeaflet(browser: Browser, server: BenchServer, rounds: number): Promise<Comparison> {
  const result: Comparison = { rounds, widget: noVisits(), baseline: noVisits() };
  for (let round = 0; round < rounds; round++) {
    const order = roundOrder(round);
    for (const which of order) {
      const page = await freshPage(browser);
      for (const phase of ['cold', 'warm'] as const) {
        const ms = await finalMarkers(which, page, server);
        if (ms !== undefined) result[which][phase].push(ms);
      }
      result[which].heapAfterLoadMb.push(await heapAfterGcMb(page));
      await page.context().close();
    }
    for (const which of order) {
      const ms = await returnVisit(which, server);
      if (ms !== undefined) result[which].returning.push(ms);
    }
  }
  return result;
}

/** The page's JavaScript heap in use after a full garbage collection, in MB. */
async function heapAfterGcMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/**
 * Samples the page's JS heap in use every 100 ms until stopped, which gives the largest, in MB.
 * CDP answers on the page's main thread, so samples fall between its tasks.
 */
async function watchPeakHeap(page: Page): Promise<{ stop(): Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let watching = true;
  const sampling = (async () => {
    while (watching) {
      // A sample asked for while the page navigates may fail; the next one counts.
      const usage = await cdp.send('Runtime.getHeapUsage').catch(() => undefined);
      if (usage) peak = Math.max(peak, usage.usedSize);
      await new Promise((resume) => setTimeout(resume, 100));
    }
  })();
  return {
    async stop() {
      watching = false;
      await sampling;
      await cdp.detach();
      return peak / 1024 / 1024;
    },
  };
}

/**
 * Widget and plain Leaflet page on the region feed, round by round, the order swapped each
 * round, each a cold visit in a fresh context: final markers, longest task, peak heap. The
 * widget's visits also make the "region, cold" row.
 */
export async function compareOnRegion(browser: Browser, server: BenchServer, rounds: number): Promise<{ comparison: RegionComparison; widgetVisits: Visit[] }> {
  const none = (): RegionVisits => ({ finalMarkersMs: [], longestTaskMs: [], peakHeapMb: [] });
  const comparison: RegionComparison = { rounds, widget: none(), baseline: none() };
  const widgetVisits: Visit[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = roundOrder(round);
    for (const which of order) {
      const page = await freshPage(browser);
      const heap = await watchPeakHeap(page);
      let finalMs: number | undefined;
      let longest: number;
      if (which === 'widget') {
        const widgetVisit = await visit(page, server, 'region', 120_000);
        widgetVisits.push(widgetVisit);
        finalMs = widgetVisit.finalMarkersMs;
        longest = widgetVisit.tasks.longest;
      } else {
        finalMs = await baselineVisit(page, server, 'region');
        longest = (await page.evaluate(() => (window as unknown as Probe).kwkProbe.settle())).longest;
      }
      const results = comparison[which];
      if (finalMs !== undefined) results.finalMarkersMs.push(finalMs);
      results.longestTaskMs.push(longest);
      results.peakHeapMb.push(await heap.stop());
      await page.context().close();
    }
  }
  return { comparison, widgetVisits };
}

/** Words put in the text filter at once (one input event, as a paste or a browser's suggestion does). */
const FILTER_WORDS = TYPED_WORDS.filter((word) => word !== 'zqx');

/**
 * Widget and plain Leaflet page on the city feed, round by round, the order swapped each
 * round: each word put in the text filter at once, timed from its input event to the frame
 * painted after what a visitor sees changed (the widget's list; the plain page's markers).
 */
export async function compareTextFilter(browser: Browser, server: BenchServer, rounds: number): Promise<TextFilterComparison> {
  const result: TextFilterComparison = { rounds, widget: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    for (const which of roundOrder(round)) {
      const page = await freshPage(browser);
      if (which === 'widget') await visit(page, server, 'city', 60_000);
      else await baselineVisit(page, server, 'city', server.baselineFilterPage('city'));
      await page.evaluate(() => (window as unknown as Probe).kwkProbe.watchWords());
      const input = which === 'widget' ? page.locator('kinderwerk-kaart input[type="search"]').first() : page.locator('#q');
      for (const word of FILTER_WORDS) {
        await page.evaluate(() => (window as unknown as Probe).kwkProbe.beforeWord());
        await input.fill(word);
        const ms = await page.evaluate(() => (window as unknown as Probe).kwkProbe.wordPainted());
        if (ms !== undefined) result[which].push(ms);
        await input.fill('');
        // The widget's map follows once typing pauses (180 ms): let it, so the next word starts quiet.
        await page.waitForTimeout(600);
      }
      await page.context().close();
    }
  }
  return result;
}

const finalMarkers = async (which: 'widget' | 'baseline', page: Page, server: BenchServer): Promise<number | undefined> =>
  which === 'widget' ? (await visit(page, server, 'city', 60_000)).finalMarkersMs : baselineVisit(page, server);

/**
 * A return visit as a visitor makes it: a browser with an on-disk profile visits once and
 * is closed; started again on that profile, it visits again (HTTP cache, code cache and
 * IndexedDB from disk). The second visit is timed.
 */
async function returnVisit(which: 'widget' | 'baseline', server: BenchServer): Promise<number | undefined> {
  const profile = mkdtempSync(join(tmpdir(), 'kwk-bench-profile-'));
  try {
    let ms: number | undefined;
    for (let launch = 0; launch < 2; launch++) {
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, ...CONTEXT_OPTIONS });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        printPageErrors(page);
        ms = await finalMarkers(which, page, server);
      } finally {
        await context.close();
      }
    }
    return ms;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Cold visits each in a fresh context; warm visits reload in the context the last cold visit filled. */
async function visits(browser: Browser, server: BenchServer, feed: BenchFeed['name'], cold: number, warm: number, timeoutMs = 60_000) {
  const result: WidgetFeedTimings = { cold: [], warm: [] };
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  for (let run = 0; run < cold; run++) {
    await context?.close();
    page = await freshPage(browser);
    context = page.context();
    result.cold.push(await visit(page, server, feed, timeoutMs));
  }
  for (let run = 0; run < warm; run++) result.warm.push(await visit(page!, server, feed, timeoutMs));
  return { result, context: context!, page: page! };
}

const METRICS = { task: 'TaskDuration', script: 'ScriptDuration', style: 'RecalcStyleDuration', layout: 'LayoutDuration' } as const;
type Durations = Record<keyof typeof METRICS, number>;

/** Chromium's running totals of main-thread time, in ms. */
async function durations(cdp: CDPSession): Promise<Durations> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: value(METRICS.task), script: value(METRICS.script), style: value(METRICS.style), layout: value(METRICS.layout) };
}

/** Keys for typing each word and deleting it again. */
const typingKeys = (): string[] => TYPED_WORDS.flatMap((word) => [...word, ...Array<string>(word.length).fill('Backspace')]);

/** Measures one interaction: Chromium's main-thread totals before and after it, minus the idle baseline. */
async function measured(
  cdp: CDPSession,
  key: string,
  baseline: number,
  act: () => Promise<{ listUpdatedMs?: number; inputToPaintMs?: number }>,
): Promise<Keystroke> {
  const before = await durations(cdp);
  const { listUpdatedMs, inputToPaintMs } = await act();
  const after = await durations(cdp);
  return {
    key,
    listUpdatedMs,
    inputToPaintMs,
    mainThreadMs: Math.max(0, after.task - before.task - baseline),
    scriptMs: after.script - before.script,
    styleMs: after.style - before.style,
    layoutMs: after.layout - before.layout,
  };
}

/** Milliseconds between keys when typing at a human pace: longer than the typing pause (lib/state.ts TYPING_PAUSE_MS is 180). */
const HUMAN_KEY_GAP_MS = 250;
/** Words typed at that pace; each narrows the map, so its markers change once typing pauses. */
const PACED_WORDS = ['voetbal', 'knutselclub'];

/**
 * Types each word at a human pace, the way a visitor does: every key timed (Event Timing), and
 * the map's updates, which come once typing pauses (here after every key); then empties the
 * field and lets the map follow.
 */
export async function typeAtHumanPace(page: Page, cdp: CDPSession, baseline: number): Promise<PacedWord[]> {
  const input = page.locator('kinderwerk-kaart input[type="search"]').first();
  const probe = () => page.evaluate(() => (window as unknown as Probe).kwkProbe.afterKeystroke());
  const mapUpdates = (since: number) => page.evaluate((from) => (window as unknown as Probe).kwkProbe.mapUpdatesAfterKeys(from), since);
  const words: PacedWord[] = [];
  for (const word of PACED_WORDS) {
    const since = await page.evaluate(() => performance.now());
    const keys: Keystroke[] = [];
    for (const key of word) {
      const pressed = performance.now();
      keys.push(await measured(cdp, key, baseline, async () => {
        await page.keyboard.press(key);
        return probe();
      }));
      // The visitor's pace: the next key comes this long after the last, however long that one took.
      const left = HUMAN_KEY_GAP_MS - (performance.now() - pressed);
      if (left > 0) await page.waitForTimeout(left);
    }
    words.push({ word, keys, mapUpdatesMs: await mapUpdates(since) });
    const cleared = await page.evaluate(() => performance.now());
    await input.fill('');
    await mapUpdates(cleared);
  }
  return words;
}

/** Types in the text filter, fast and at a human pace, then goes through the filter panel's choices, each timed. */
async function interact(page: Page): Promise<{ typing: Keystroke[]; pacedTyping: PacedWord[]; filtering: Keystroke[]; baseline: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => (window as unknown as Probe).kwkProbe.watchTyping());
  const input = page.locator('kinderwerk-kaart input[type="search"]').first();
  await input.focus();
  const settle = () => page.evaluate(() => (window as unknown as Probe).kwkProbe.afterKeystroke());

  const idle: number[] = [];
  for (let i = 0; i < 7; i++) {
    const before = await durations(cdp);
    await settle();
    idle.push((await durations(cdp)).task - before.task);
  }
  const baseline = idle.sort((a, b) => a - b)[3];

  const typing: Keystroke[] = [];
  for (const key of typingKeys()) {
    typing.push(await measured(cdp, key, baseline, async () => {
      await page.keyboard.press(key);
      return settle();
    }));
  }
  const pacedTyping = await typeAtHumanPace(page, cdp, baseline);
  // Filter choices as a visitor makes them (Playwright's real input), not from inside the page,
  // where the Long Tasks and Event Timing APIs would see no input.
  const filtering: Keystroke[] = [];
  const changes = await page.evaluate(() => (window as unknown as Probe).kwkProbe.filterChanges());
  const panel = page.locator('kinderwerk-kaart .kwk-filters');
  if (!(await panel.locator('select').first().isVisible())) await panel.locator('.kwk-filters__toggle').click();
  for (const change of changes) {
    filtering.push(await measured(cdp, change.label, baseline, async () => {
      await page.evaluate(() => (window as unknown as Probe).kwkProbe.startChange());
      if (change.control === 'checkbox') await panel.locator('input[type="checkbox"]').nth(change.index).click();
      else await panel.locator('select').nth(change.index).selectOption(change.value);
      return settle();
    }));
  }
  await cdp.detach();
  return { typing, pacedTyping, filtering, baseline };
}

export async function widgetTimings(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<WidgetTimings> {
  log('widget: demo feed, 3 cold and 3 warm visits');
  const demo = await visits(browser, server, 'demo', 3, 3);
  await demo.context.close();

  log('widget against the plain Leaflet page: city feed, 5 interleaved rounds of a cold and a warm visit, and a return visit after a browser restart');
  const comparison = await compareWithPlainLeaflet(browser, server, 5);

  log('widget against the plain Leaflet page: city feed, 3 interleaved rounds of words put in the text filter');
  const textFilter = await compareTextFilter(browser, server, 3);

  log('widget: city feed, 2 cold and 5 warm visits, then typing in the text filter and changing filters');
  const city = await visits(browser, server, 'city', 2, 5);
  const { typing, pacedTyping, filtering, baseline } = await interact(city.page);
  await city.context.close();

  log('widget against the plain Leaflet page: region feed, 2 interleaved rounds of a cold visit');
  const region = await compareOnRegion(browser, server, 2);

  return {
    demo: demo.result, city: city.result, region: { cold: region.widgetVisits, warm: [] }, comparison, regionComparison: region.comparison, textFilter,
    typing, pacedTyping, filtering, typingBaselineMs: baseline,
  };
}
