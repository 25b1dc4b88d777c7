/**
 * Turns the raw measurements into bench/results.json: medians of repeated visits,
 * percentiles per keystroke, ratios next to absolute times (machines are noisy, ratios
 * less so), and each target of issues 5 and 14 with its value and whether it is met.
 *
 *   const results = benchResults(raw);   // then printTable(results) and write it out
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { FIRST_LOAD_LABELS, type LoadSize } from '../scripts/size/first-load-size';
import type { BrowserData } from './browser-data';
import type { Comparison, Keystroke, RegionComparison, RegionVisits, Visit, WidgetFeedTimings, WidgetTimings } from './browser-widget';
import type { BenchFeed } from './feeds';
import type { StepTiming } from './query-latency';
import { median, round, summarise } from './stats';
import type { Throughput } from './throughput';
import type { WidgetSize } from './widget-size';

export interface RawMeasurements {
  startedAt: Date;
  seconds: number;
  /** 1-minute load average when the bench started: above the number of cores, other work competed. */
  loadAtStart: number;
  chromium: string;
  seed: string;
  feeds: BenchFeed[];
  node: { city: Throughput; region: Throughput; queries: { typing: StepTiming[]; clicks: StepTiming[] } };
  browser: BrowserData;
  widget?: WidgetTimings;
  size?: WidgetSize;
}

export interface Target {
  target: string;
  limit: string;
  value: string;
  met: boolean | null;
}

/** One first load in KB, against the floor of the libraries it carries. */
function loadSummary(load: LoadSize) {
  return {
    files: load.files,
    minKb: round(load.size.min / 1024),
    gzipKb: round(load.size.gzip / 1024),
    floorMinKb: round(load.floor.total.min / 1024),
    floorGzipKb: round(load.floor.total.gzip / 1024),
    ratio: round(load.ratio, 2),
    minRatio: round(load.size.min / load.floor.total.min, 2),
    floorPerLibraryGzipKb: Object.fromEntries(Object.entries(load.floor.libraries).map(([library, size]) => [library, round(size.gzip / 1024)])),
  };
}

/** The median, rounded; null when nothing was measured. */
const medianOf = (values: readonly number[], digits = 1): number | null => (values.length ? round(median(values), digits) : null);

/** Every figure is the median over the visits; the clock starts at navigation. */
interface VisitSummary {
  runs: number;
  /** Navigation → the frame painted after the last change to the markers (the final view). */
  finalMarkersMs: number | null;
  /** Navigation → the frame painted after the first markers appeared. */
  firstMarkersMs: number | null;
  /** How often the marker set changed before it was final (1 when drawn once). */
  markerChanges: number;
  /** The element's definition → the first frame that painted a result in the list: frames (1 is the first) and ms. */
  firstContentFrames: number | null;
  firstContentMs: number | null;
  /** Each visit's longest task and total blocking time (the part of each long task over 50 ms). */
  longestTaskMs: number;
  blockingMs: number;
  /** Markers in the final view. */
  markers: number;
  failure?: string;
  /** The long tasks of the visit with the longest one: ms after navigation, and duration. */
  worstVisitTasks: { at: number; ms: number }[];
}

function visitSummary(visits: readonly Visit[]): VisitSummary | null {
  if (visits.length === 0) return null;
  const shown = visits.filter((visit) => visit.finalMarkersMs !== undefined);
  return {
    runs: visits.length,
    finalMarkersMs: medianOf(shown.map((visit) => visit.finalMarkersMs!)),
    firstMarkersMs: medianOf(shown.flatMap((visit) => (visit.firstMarkersMs === undefined ? [] : [visit.firstMarkersMs]))),
    markerChanges: median(visits.map((visit) => visit.tasks.markerChanges)),
    firstContentFrames: medianOf(visits.flatMap((visit) => (visit.firstContent ? [visit.firstContent.frames] : [])), 0),
    firstContentMs: medianOf(visits.flatMap((visit) => (visit.firstContent ? [visit.firstContent.ms] : []))),
    longestTaskMs: round(median(visits.map((visit) => visit.tasks.longest))),
    blockingMs: round(median(visits.map((visit) => visit.tasks.blocking))),
    markers: median(visits.map((visit) => visit.tasks.markers)),
    worstVisitTasks: [...visits].sort((a, b) => b.tasks.longest - a.tasks.longest)[0].tasks.top,
    ...(shown.length < visits.length && { failure: visits.find((visit) => visit.text)?.text }),
  };
}

/** Medians of the interleaved rounds, and widget ÷ plain Leaflet page. */
function comparisonSummary(comparison: Comparison) {
  const medians = (visits: Comparison['widget']) => ({
    cold: medianOf(visits.cold),
    warm: medianOf(visits.warm),
    returning: medianOf(visits.returning),
    heapAfterLoadMb: medianOf(visits.heapAfterLoadMb, 1),
  });
  const widget = medians(comparison.widget);
  const baseline = medians(comparison.baseline);
  return {
    rounds: comparison.rounds,
    statistic: 'median over the rounds of navigation → final markers painted, ms; returning: after a browser restart on an on-disk profile',
    widget,
    baseline,
    ratios: {
      cold: ratio(widget.cold, baseline.cold),
      warm: ratio(widget.warm, baseline.warm),
      returning: ratio(widget.returning, baseline.returning),
      heapAfterLoad: ratio(widget.heapAfterLoadMb, baseline.heapAfterLoadMb),
    },
    visits: { widget: comparison.widget, baseline: comparison.baseline },
  };
}

/** Medians of the region rounds, and widget ÷ plain Leaflet page. */
function regionSummary(comparison: RegionComparison) {
  const medians = (visits: RegionVisits) => ({
    finalMarkersMs: medianOf(visits.finalMarkersMs),
    longestTaskMs: medianOf(visits.longestTaskMs),
    peakHeapMb: medianOf(visits.peakHeapMb, 1),
  });
  const widget = medians(comparison.widget);
  const baseline = medians(comparison.baseline);
  return {
    rounds: comparison.rounds,
    statistic: 'median over the rounds of a cold visit; peak heap sampled every 100 ms',
    widget,
    baseline,
    ratios: { finalMarkers: ratio(widget.finalMarkersMs, baseline.finalMarkersMs), peakHeap: ratio(widget.peakHeapMb, baseline.peakHeapMb) },
    visits: { widget: comparison.widget, baseline: comparison.baseline },
  };
}

const feedSummary = (timings: WidgetFeedTimings) => ({ cold: visitSummary(timings.cold), warm: visitSummary(timings.warm) });

const stepSummary = (steps: readonly StepTiming[]) => ({
  queries: summarise(steps.map((step) => step.queries)),
  map: summarise(steps.map((step) => step.map)),
  total: summarise(steps.map((step) => step.queries + step.map)),
});

const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? round(a / b, 2) : null);

function throughputSummary(t: Throughput) {
  return {
    records: t.records,
    megabytes: round(t.bytes / 1024 / 1024),
    parseMs: round(t.parseMs),
    validateMs: round(t.validateMs),
    indexMs: round(t.indexMs),
    recordsPerSecond: t.recordsPerSecond,
    msPer1000Records: round(t.msPer1000, 2),
    problems: t.problems,
  };
}

export function benchResults(raw: RawMeasurements) {
  const { browser, node, widget, size } = raw;
  const city = widget ? feedSummary(widget.city) : undefined;
  const demo = widget ? feedSummary(widget.demo) : undefined;
  const region = widget ? feedSummary(widget.region) : undefined;
  const interactionSummary = (steps: readonly Keystroke[]) => ({
    mainThread: summarise(steps.map((key) => key.mainThreadMs)),
    script: summarise(steps.map((key) => key.scriptMs)),
    style: summarise(steps.map((key) => key.styleMs)),
    layout: summarise(steps.map((key) => key.layoutMs)),
    listUpdated: summarise(steps.flatMap((key) => (key.listUpdatedMs === undefined ? [] : [key.listUpdatedMs]))),
    /** Event Timing, input → next paint; a key under 16 ms (not reported by the browser) counts as 16. */
    inputToPaint: summarise(steps.map((key) => key.inputToPaintMs ?? 16)),
    inputToPaintOver16: steps.filter((key) => key.inputToPaintMs !== undefined).length,
    keystrokes: steps.length,
  });
  const typing = widget && { ...interactionSummary(widget.typing), baselineMs: round(widget.typingBaselineMs, 2) };
  const pacedTyping = widget && {
    words: widget.pacedTyping.map((paced) => paced.word),
    ...interactionSummary(widget.pacedTyping.flatMap((paced) => paced.keys)),
    /** Per key that changed the markers: input → the frame after they changed, typing pause included. */
    mapUpdated: summarise(widget.pacedTyping.flatMap((paced) => paced.mapUpdatesMs)),
  };
  const filtering = widget && {
    ...interactionSummary(widget.filtering),
    /** The three costliest changes, to see which control is slow. */
    slowest: [...widget.filtering].sort((a, b) => b.mainThreadMs - a.mainThreadMs).slice(0, 3)
      .map((change) => ({ change: change.key, mainThreadMs: round(change.mainThreadMs) })),
  };
  const activities = 20_000;
  const cityLongest = city ? Math.max(city.cold?.longestTaskMs ?? 0, city.warm?.longestTaskMs ?? 0) : null;
  const queries = { browser: { typing: stepSummary(browser.queries.typing), clicks: stepSummary(browser.queries.clicks) }, node: { typing: stepSummary(node.queries.typing), clicks: stepSummary(node.queries.clicks) } };
  const regionVisit = region?.cold;
  const plain = widget && comparisonSummary(widget.comparison);
  const plainRegion = widget && regionSummary(widget.regionComparison);
  const textFilter = widget && {
    rounds: widget.textFilter.rounds,
    statistic: 'median over words and rounds of a word put in the filter at once: input → the frame painted after the visible results changed (widget: list; plain page: markers), ms',
    widget: medianOf(widget.textFilter.widget),
    baseline: medianOf(widget.textFilter.baseline),
    ratio: ratio(medianOf(widget.textFilter.widget), medianOf(widget.textFilter.baseline)),
    words: { widget: widget.textFilter.widget.map((ms) => round(ms)), baseline: widget.textFilter.baseline.map((ms) => round(ms)) },
  };
  const ratioTarget = (phase: 'cold' | 'warm', limit: number): Target => ({
    target: `${phase} visit, city feed, widget ÷ plain Leaflet page (final markers)`,
    limit: `≤ ${limit} ×`,
    value: plain?.ratios[phase] != null ? `${plain.ratios[phase]} × (${plain.widget[phase]} ÷ ${plain.baseline[phase]} ms)` : 'not measured',
    met: plain?.ratios[phase] != null ? plain.ratios[phase] <= limit : null,
  });

  const targets: Target[] = [
    ratioTarget('warm', 0.8),
    ratioTarget('cold', 1.5),
    {
      target: 'region feed: peak JS heap, widget ÷ plain Leaflet page, and no task over 200 ms while loading',
      limit: '≤ 1.5 ×, ≤ 200 ms',
      value: plainRegion
        ? `${plainRegion.ratios.peakHeap ?? '–'} × (${plainRegion.widget.peakHeapMb} ÷ ${plainRegion.baseline.peakHeapMb} MB), longest task ${plainRegion.widget.longestTaskMs} ms`
        : 'not measured',
      met: plainRegion?.ratios.peakHeap != null ? plainRegion.ratios.peakHeap <= 1.5 && (plainRegion.widget.longestTaskMs ?? 0) <= 200 : null,
    },
    {
      target: 'JS heap after load (after GC), city feed, widget ÷ plain Leaflet page',
      limit: '≤ 1.2 ×',
      value: plain?.ratios.heapAfterLoad != null ? `${plain.ratios.heapAfterLoad} × (${plain.widget.heapAfterLoadMb} ÷ ${plain.baseline.heapAfterLoadMb} MB)` : 'not measured',
      met: plain?.ratios.heapAfterLoad != null ? plain.ratios.heapAfterLoad <= 1.2 : null,
    },
    {
      target: 'demo feed, warm visit: first results painted within one frame of the element being defined (issue 14)',
      limit: '≤ 1 frame',
      value: demo?.warm?.firstContentFrames != null ? `frame ${demo.warm.firstContentFrames} (${demo.warm.firstContentMs} ms after the definition)` : 'not measured',
      met: demo?.warm?.firstContentFrames != null ? demo.warm.firstContentFrames <= 1 : null,
    },
    {
      target: 'warm final markers, city feed (issue 5)',
      limit: '≤ 300 ms',
      value: city?.warm?.finalMarkersMs != null ? `${city.warm.finalMarkersMs} ms` : 'not measured',
      met: city?.warm?.finalMarkersMs != null ? city.warm.finalMarkersMs <= 300 : null,
    },
    {
      target: 'text filter, word → painted, city feed, widget ÷ plain Leaflet page (issue 14)',
      limit: '≤ 1.0 ×',
      value: textFilter?.ratio != null ? `${textFilter.ratio} × (${textFilter.widget} ÷ ${textFilter.baseline} ms)` : 'not measured',
      met: textFilter?.ratio != null ? textFilter.ratio <= 1 : null,
    },
    {
      target: 'keystroke input → next paint p95, text filter (Event Timing, issue 14)',
      limit: '≤ 50 ms',
      value: typing ? `${typing.inputToPaint.p95} ms (p50 ${typing.inputToPaint.p50} ms)` : 'not measured',
      met: typing ? typing.inputToPaint.p95 <= 50 : null,
    },
    {
      target: 'filter keystroke p95, 20,000 activities (widget, main-thread work)',
      limit: '< 16 ms',
      value: typing && filtering
        ? `text ${typing.mainThread.p95} ms, filter choice ${filtering.mainThread.p95} ms (queries alone ${queries.browser.typing.queries.p95} / ${queries.browser.clicks.queries.p95} ms)`
        : 'not measured',
      met: typing && filtering ? typing.mainThread.p95 < 16 && filtering.mainThread.p95 < 16 : null,
    },
    {
      target: 'longest main-thread task while loading the city feed (median of visits, cold or warm)',
      limit: '≤ 50 ms',
      value: cityLongest !== null ? `${cityLongest} ms` : 'not measured',
      met: cityLongest !== null ? cityLongest <= 50 : null,
    },
    ...(['wide', 'phone'] as const).map((name) => {
      const load = size?.loads[name];
      return {
        target: `first load gzip ÷ exact floor of the libraries it carries, ${FIRST_LOAD_LABELS[name]} (issue 14)`,
        limit: '≤ 1.25 ×',
        value: load ? `${round(load.ratio, 2)} × (${round(load.size.gzip / 1024)} KB ÷ ${round(load.floor.total.gzip / 1024)} KB)` : 'not measured',
        met: load ? load.ratio <= 1.25 : null,
      };
    }),
    {
      target: 'region feed works without freezing the page',
      limit: 'markers shown, no task over 1 s',
      value: regionVisit
        ? regionVisit.finalMarkersMs !== null
          ? `markers after ${regionVisit.finalMarkersMs} ms, longest task ${regionVisit.longestTaskMs} ms`
          : `not shown: "${regionVisit.failure ?? 'no markers'}"; longest task ${regionVisit.longestTaskMs} ms`
        : 'not measured',
      met: regionVisit ? regionVisit.finalMarkersMs !== null && regionVisit.longestTaskMs <= 1000 : null,
    },
  ];

  return {
    measuredAt: raw.startedAt.toISOString(),
    durationSeconds: Math.round(raw.seconds),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: raw.chromium,
      loadAverage: { atStart: round(raw.loadAtStart, 2), atEnd: round(loadavg()[0], 2) },
    },
    seed: raw.seed,
    feeds: Object.fromEntries(raw.feeds.map((feed) => [feed.name, { megabytes: round(feed.bytes / 1024 / 1024, 2) }])),
    throughput: {
      node: { city: throughputSummary(node.city), region: throughputSummary(node.region) },
      browser: { city: throughputSummary(browser.throughput.city), region: throughputSummary(browser.throughput.region) },
      ratios: {
        browserToNodeCity: ratio(browser.throughput.city.msPer1000, node.city.msPer1000),
        regionToCityPer1000Browser: ratio(browser.throughput.region.msPer1000, browser.throughput.city.msPer1000),
      },
    },
    browserTasks: {
      cityParseMs: round(browser.tasks.parse.ms),
      cityIndexMs: round(browser.tasks.index.ms),
      cityValidateInChunks: { ms: round(browser.chunked.ms), longestTaskMs: browser.chunked.longest, longTasks: browser.chunked.count },
      regionParseMs: round(browser.throughput.region.parseMs),
      regionIndexMs: round(browser.throughput.region.indexMs),
    },
    indexedDb: {
      writeCity: { ms: round(browser.idb.write.ms), longestTaskMs: browser.idb.write.longest },
      readCityAfterReload: { ms: round(browser.idb.read.ms), longestTaskMs: browser.idb.read.longest, found: browser.idb.read.found },
      whatIfSlicesOf1000: {
        write: { ms: round(browser.idb.slicesWrite.ms), longestTaskMs: browser.idb.slicesWrite.longest, slices: browser.idb.slicesWrite.slices },
        read: { ms: round(browser.idb.slicesRead.ms), longestTaskMs: browser.idb.slicesRead.longest },
      },
      msPer1000Records: { write: round((browser.idb.write.ms / browser.throughput.city.records) * 1000, 2), read: round((browser.idb.read.ms / browser.throughput.city.records) * 1000, 2) },
    },
    widget: demo && city && region && {
      demo,
      city,
      region,
      ratios: {
        cityToDemoCold: ratio(city?.cold?.finalMarkersMs, demo?.cold?.finalMarkersMs),
        cityToDemoWarm: ratio(city?.warm?.finalMarkersMs, demo?.warm?.finalMarkersMs),
        cityWarmToCold: ratio(city?.warm?.finalMarkersMs, city?.cold?.finalMarkersMs),
      },
    },
    plainLeaflet: plain,
    plainLeafletRegion: plainRegion,
    textFilter,
    typing: typing && { widget: typing, p95Per1000Activities: round(typing.mainThread.p95 / (activities / 1000), 2) },
    pacedTyping,
    filtering: filtering && { widget: filtering, p95Per1000Activities: round(filtering.mainThread.p95 / (activities / 1000), 2) },
    queries,
    size: size && {
      loads: { wide: loadSummary(size.loads.wide), phone: loadSummary(size.loads.phone) },
      lazyChunks: size.lazyChunks.map((chunk) => ({ file: chunk.file, minKb: round(chunk.min / 1024), gzipKb: round(chunk.gzip / 1024) })),
      iife: size.iife && { minKb: round(size.iife.min / 1024), gzipKb: round(size.iife.gzip / 1024) },
      bundleShares: size.sources.slice(0, 12).map(({ source, share }) => ({ source, percent: round(share * 100) })),
    },
    targets,
  };
}

export type BenchResults = ReturnType<typeof benchResults>;

