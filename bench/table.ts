/**
 * Prints the results as plain-text tables a person can read in a terminal: what was
 * measured, the value, a ratio or note next to it, and the targets with ✓ or ✗.
 *
 *   printTable(results, console.log);
 */
import { FIRST_LOAD_LABELS } from '../scripts/size/first-load-size';
import type { BenchResults } from './results';

type Row = [string, string, string];

function table(title: string, rows: readonly Row[], print: (line: string) => void): void {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  print(`\n${title}`);
  for (const row of rows) print(`  ${row[0].padEnd(widths[0])}  ${row[1].padStart(widths[1])}  ${row[2]}`);
}

/** What a chunk the widget loads only when needed is for, as far as its name tells. */
function lazyChunkUse(file: string): string {
  if (file.includes('direct-source')) return 'loaded only for an HSDS or OpenActive feed';
  if (/-en\.js$/.test(file)) return 'loaded only when the widget shows English';
  return 'loaded only when needed';
}

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
/** A longest task of 0 means the Long Tasks API saw none over 50 ms. */
const longest = (value: number) => (value === 0 ? 'no task over 50 ms' : `longest task ${ms(value)}`);
const perSecond = (value: number) => `${value.toLocaleString('en')} rec/s`;

export function printTable(results: BenchResults, print: (line: string) => void): void {
  const { throughput: t, browserTasks: tasks, indexedDb: idb, widget, typing, pacedTyping, filtering, queries, size } = results;
  table('Validation + indexing throughput (records per second; ms per 1,000 records)', [
    ['node, city', perSecond(t.node.city.recordsPerSecond), `${t.node.city.msPer1000Records} ms/1k  (validate ${ms(t.node.city.validateMs)}, index ${ms(t.node.city.indexMs)}, ${t.node.city.records} records)`],
    ['node, region', perSecond(t.node.region.recordsPerSecond), `${t.node.region.msPer1000Records} ms/1k  (validate ${ms(t.node.region.validateMs)}, index ${ms(t.node.region.indexMs)}, ${t.node.region.records} records)`],
    ['chromium, city', perSecond(t.browser.city.recordsPerSecond), `${t.browser.city.msPer1000Records} ms/1k  (validate ${ms(t.browser.city.validateMs)}, index ${ms(t.browser.city.indexMs)}); ${t.ratios.browserToNodeCity} × node`],
    ['chromium, region', perSecond(t.browser.region.recordsPerSecond), `${t.browser.region.msPer1000Records} ms/1k  (validate ${ms(t.browser.region.validateMs)}, index ${ms(t.browser.region.indexMs)}); ${t.ratios.regionToCityPer1000Browser} × city per record`],
  ], print);
  table('Single main-thread steps in Chromium', [
    ['city: JSON.parse', ms(tasks.cityParseMs), `${results.feeds.city.megabytes} MB`],
    ['city: validate in chunks (as the widget)', ms(tasks.cityValidateInChunks.ms), longest(tasks.cityValidateInChunks.longestTaskMs)],
    ['city: build the index (one task)', ms(tasks.cityIndexMs), ''],
    ['region: JSON.parse / build the index', `${ms(tasks.regionParseMs)} / ${ms(tasks.regionIndexMs)}`, `${results.feeds.region.megabytes} MB`],
    ['IndexedDB: write the city feed', ms(idb.writeCity.ms), `${longest(idb.writeCity.longestTaskMs)}; ${idb.msPer1000Records.write} ms/1k records`],
    ['IndexedDB: read it after a reload', ms(idb.readCityAfterReload.ms), `${longest(idb.readCityAfterReload.longestTaskMs)}; ${idb.msPer1000Records.read} ms/1k records`],
    ['what-if: the same in slices of 1,000, write', ms(idb.whatIfSlicesOf1000.write.ms), `${longest(idb.whatIfSlicesOf1000.write.longestTaskMs)} (${idb.whatIfSlicesOf1000.write.slices} slices, one per task)`],
    ['what-if: read the slices after a reload', ms(idb.whatIfSlicesOf1000.read.ms), longest(idb.whatIfSlicesOf1000.read.longestTaskMs)],
  ], print);
  if (results.plainLeaflet) {
    const { widget: w, baseline: b, ratios, rounds } = results.plainLeaflet;
    table(`City feed, widget against the plain Leaflet page: navigation → final markers painted (median of ${rounds} interleaved rounds)`, [
      ['cold visit: widget / plain Leaflet', `${ms(w.cold)} / ${ms(b.cold)}`, `ratio ${ratios.cold ?? '–'} ×`],
      ['warm visit: widget / plain Leaflet', `${ms(w.warm)} / ${ms(b.warm)}`, `ratio ${ratios.warm ?? '–'} ×`],
      ['return visit after a browser restart', `${ms(w.returning)} / ${ms(b.returning)}`, `ratio ${ratios.returning ?? '–'} × (on-disk profile)`],
      ['JS heap after the warm visit, after GC', `${w.heapAfterLoadMb ?? '–'} / ${b.heapAfterLoadMb ?? '–'} MB`, `ratio ${ratios.heapAfterLoad ?? '–'} ×`],
      ...(results.textFilter
        ? [['text filter: a word → painted', `${ms(results.textFilter.widget)} / ${ms(results.textFilter.baseline)}`, `ratio ${results.textFilter.ratio ?? '–'} × (median of words and ${results.textFilter.rounds} rounds; widget: list, plain page: markers)`] as Row]
        : []),
    ], print);
  }
  if (results.plainLeafletRegion) {
    const { widget: w, baseline: b, ratios, rounds } = results.plainLeafletRegion;
    table(`Region feed, widget against the plain Leaflet page, cold (median of ${rounds} interleaved rounds)`, [
      ['final markers: widget / plain Leaflet', `${ms(w.finalMarkersMs)} / ${ms(b.finalMarkersMs)}`, `ratio ${ratios.finalMarkers ?? '–'} ×`],
      ['longest task: widget / plain Leaflet', `${ms(w.longestTaskMs)} / ${ms(b.longestTaskMs)}`, 'from navigation until the page is quiet'],
      ['peak JS heap: widget / plain Leaflet', `${w.peakHeapMb} / ${b.peakHeapMb} MB`, `ratio ${ratios.peakHeap ?? '–'} ×; sampled every 100 ms`],
    ], print);
  }
  if (widget) {
    const visit = (name: string, v: typeof widget.city.cold) => [
      name,
      v?.finalMarkersMs != null ? ms(v.finalMarkersMs) : 'none',
      v ? `first markers ${ms(v.firstMarkersMs)}, first results in frame ${v.firstContentFrames ?? '–'} after the definition, ${v.markerChanges} marker change(s), ${v.markers} markers; longest task ${ms(v.longestTaskMs)}, blocking ${ms(v.blockingMs)}; ${v.runs} run(s)${v.failure ? `; "${v.failure}"` : ''}` : '',
    ] as Row;
    table('Widget: navigation → final markers painted; first markers, longest task and blocking time (each the median of the visits)', [
      visit('demo, cold', widget.demo.cold),
      visit('demo, warm', widget.demo.warm),
      visit('city, cold', widget.city.cold),
      visit('city, warm', widget.city.warm),
      visit('region, cold', widget.region.cold),
      ['ratios', '', `city/demo cold ${widget.ratios.cityToDemoCold} ×, warm ${widget.ratios.cityToDemoWarm} ×; city warm/cold ${widget.ratios.cityWarmToCold} ×`],
    ], print);
  }
  const q = (s: { p50: number; p95: number }) => `p50 ${s.p50} ms, p95 ${s.p95} ms`;
  table('Per keystroke / filter click on the city feed (20,000 activities)', [
    ...(typing ? [
      ['widget: main-thread work per keystroke', q(typing.widget.mainThread), `${typing.widget.keystrokes} keys; p95 ${typing.p95Per1000Activities} ms per 1,000 activities`] as Row,
      ['  of which JavaScript / styles / layout', `${typing.widget.script.p50} / ${typing.widget.style.p50} / ${typing.widget.layout.p50} ms`, `p50 each; p95 ${typing.widget.script.p95} / ${typing.widget.style.p95} / ${typing.widget.layout.p95} ms`] as Row,
      ['widget: keystroke → list changed', q(typing.widget.listUpdated), `${typing.widget.listUpdated.n} keys changed the list`] as Row,
      ['widget: keystroke input → next paint (Event Timing)', q(typing.widget.inputToPaint), `${typing.widget.inputToPaintOver16} of ${typing.widget.keystrokes} keys took 16 ms or more; the others count as 16`] as Row,
    ] : []),
    ...(pacedTyping ? [
      ['widget, typing at a human pace: input → next paint', q(pacedTyping.inputToPaint), `${pacedTyping.keystrokes} keys of ${pacedTyping.words.map((word) => `"${word}"`).join(', ')}, 250 ms apart`] as Row,
      ['  key → map updated after the typing pause', q(pacedTyping.mapUpdated), `${pacedTyping.mapUpdated.n} keys changed the markers; includes the 180 ms pause`] as Row,
    ] : []),
    ...(filtering ? [
      ['widget: main-thread work per filter choice', q(filtering.widget.mainThread), `${filtering.widget.keystrokes} choices (selects, checkboxes); slowest: ${filtering.widget.slowest.map((s) => `${s.change} ${Math.round(s.mainThreadMs)} ms`).join(', ')}`] as Row,
      ['  of which JavaScript / styles / layout', `${filtering.widget.script.p50} / ${filtering.widget.style.p50} / ${filtering.widget.layout.p50} ms`, `p50 each; p95 ${filtering.widget.script.p95} / ${filtering.widget.style.p95} / ${filtering.widget.layout.p95} ms`] as Row,
      ['widget: filter choice → list changed', q(filtering.widget.listUpdated), `${filtering.widget.listUpdated.n} choices changed the list`] as Row,
      ['widget: filter choice input → next paint (Event Timing)', q(filtering.widget.inputToPaint), `${filtering.widget.inputToPaintOver16} of ${filtering.widget.keystrokes} choices took 16 ms or more; the others count as 16`] as Row,
    ] : []),
    ['chromium: queries per keystroke', q(queries.browser.typing.queries), `+ map places/clusters ${q(queries.browser.typing.map)}`],
    ['chromium: queries per filter click', q(queries.browser.clicks.queries), `+ map ${q(queries.browser.clicks.map)}`],
    ['node: queries per keystroke', q(queries.node.typing.queries), `+ map ${q(queries.node.typing.map)}`],
  ], print);
  if (size) {
    table('Widget size (min / gzip)', [
      ...(['wide', 'phone'] as const).map((name) => {
        const load = size.loads[name];
        const libraries = Object.entries(load.floorPerLibraryGzipKb).map(([library, kb]) => `${library} ${kb}`).join(', ');
        return [
          `first load, ${FIRST_LOAD_LABELS[name]}`,
          `${load.minKb} / ${load.gzipKb} KB`,
          `${load.files.join(' + ')}; floor (its libraries from the widget's imports) ${load.floorMinKb} / ${load.floorGzipKb} KB `
            + `(each on its own, gzip KB: ${libraries}); ratio ${load.minRatio} × min, ${load.ratio} × gzip`,
        ] as Row;
      }),
      ...size.lazyChunks.map((chunk) => [`lazy: ${chunk.file}`, `${chunk.minKb} / ${chunk.gzipKb} KB`, `${lazyChunkUse(chunk.file)}; in neither first load`] as Row),
      ...(size.iife ? [['classic script (.iife.js), all in one', `${size.iife.minKb} / ${size.iife.gzipKb} KB`, 'for pages without modules; holds the lazy chunk too'] as Row] : []),
      ['largest sources of the main file (unminified share)', '', size.bundleShares.slice(0, 6).map((s) => `${s.source} ${s.percent}%`).join(', ')],
    ], print);
  }
  table('Targets (issues 5 and 14)', results.targets.map((target) => [
    `${target.met === null ? '?' : target.met ? '✓' : '✗'} ${target.target}`,
    target.limit,
    target.value,
  ] as Row), print);
}
