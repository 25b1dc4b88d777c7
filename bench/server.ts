/**
 * The bench's local web server (tests/helpers/server.ts): the pages, and the widget
 * build from dist/, the page scripts and the feeds with an ETag, so a returning
 * visitor gets "304 Not Modified" as from a real municipal server. Per feed,
 * a page embedding the widget as a municipality does, and the plain Leaflet page it
 * is compared with: fetch the JSON, draw the buurten and one circle marker per
 * place, nothing else (no validation, no cache, no list).
 *
 *   const server = await startBenchServer(feeds, scripts);
 *   server.feedUrl('city');       // http://127.0.0.1:…/feeds/city.json
 *   server.widgetPage('city');    // …/widget-city.html
 *   server.baselinePage('city');  // …/baseline-city.html
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startTestServer, type Handler, type TestServer } from '../tests/helpers/server';
import type { PageScript } from './bundle';
import type { BenchFeed } from './feeds';

export interface BenchServer extends TestServer {
  feedUrl(name: BenchFeed['name']): string;
  dataPage: string;
  widgetPage(feed: BenchFeed['name']): string;
  baselinePage(feed: BenchFeed['name']): string;
  /** The plain page with a text filter (for the text filter comparison only). */
  baselineFilterPage(feed: BenchFeed['name']): string;
}

/**
 * The plain Leaflet page: Leaflet's own files, the feed fetched and drawn at once, and
 * nothing else. It says when the frame after drawing was painted through
 * `window.kwkBaselineView`. With `textFilter`, a text field shows only the places with an
 * activity whose name holds the word: the floor for the widget's text filter, on a page of
 * its own so the plain page's load and heap stay the bare floor.
 */
function baselineHtml(feedUrl: string, textFilter = false): string {
  const field = textFilter ? '<input id="q" type="search" aria-label="Zoek" style="position: absolute; z-index: 1000; top: 8px; right: 8px">\n' : '';
  const places = textFilter
    ? 'const markers = feed.locations.map((place) => ({ id: place.id, marker: L.circleMarker([place.latitude, place.longitude], { radius: 6 }).addTo(map) }));'
    : 'for (const place of feed.locations) L.circleMarker([place.latitude, place.longitude], { radius: 6 }).addTo(map);';
  const filter = textFilter
    ? `
  const texts = new Map();
  for (const activity of feed.activities) if (activity.locationId) texts.set(activity.locationId, (texts.get(activity.locationId) || '') + ' ' + activity.name.toLowerCase());
  document.getElementById('q').addEventListener('input', (event) => {
    const word = event.target.value.trim().toLowerCase();
    for (const { id, marker } of markers) {
      const shown = !word || (texts.get(id) || '').includes(word);
      if (shown !== map.hasLayer(marker)) shown ? marker.addTo(map) : marker.remove();
    }
  });`
    : '';
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Plain Leaflet</title>
<script src="/bench/probe.js"></script>
<link rel="stylesheet" href="/leaflet/leaflet.css"><script src="/leaflet/leaflet.js"></script>
<style>html, body, #map { margin: 0; height: 100%; }</style></head>
<body>${field}<div id="map"></div><script>
window.kwkBaselineView = fetch(${JSON.stringify(feedUrl)}).then((response) => response.json()).then((feed) => {
  const map = L.map('map');
  const buurten = L.geoJSON(feed.neighbourhoods.buurten);
  map.fitBounds(buurten.getBounds());
  buurten.addTo(map);
  ${places}${filter}
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() =>
    resolve({ finalMarkersMs: performance.now(), markers: feed.locations.length }), 0)));
});
</script></body></html>`;
}

const html = (body: string): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

function fileWithEtag(path: string, type: string): Handler {
  let body: Buffer | undefined;
  const { size, mtimeMs } = statSync(path);
  const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      return void res.end();
    }
    body ??= readFileSync(path);
    res.writeHead(200, { 'content-type': type, etag, 'cache-control': 'no-cache' });
    res.end(body);
  };
}

export async function startBenchServer(feeds: readonly BenchFeed[], scripts: Record<PageScript, string>): Promise<BenchServer> {
  const server = await startTestServer({ static: ['dist'] });
  // The widget's files with an ETag, as a municipal web server sends them and as Leaflet's are
  // sent below: a returning visitor then gets "304 Not Modified" and Chromium's code cache.
  const widgetDir = 'dist/widget';
  const widgetFiles = existsSync(widgetDir) ? readdirSync(widgetDir).filter((name) => name.endsWith('.js')) : [];
  for (const name of widgetFiles) server.route(`/widget/${name}`, fileWithEtag(join(widgetDir, name), 'text/javascript; charset=utf-8'));
  const paths = new Map<string, string>();
  for (const feed of feeds) {
    // The demo keeps its own file names: its feed links the GeoJSON next to it by name.
    const path = feed.name === 'demo' ? `/feeds/${basename(feed.path)}` : `/feeds/${feed.name}.json`;
    paths.set(feed.name, path);
    server.route(path, fileWithEtag(feed.path, 'application/json; charset=utf-8'));
    for (const linked of feed.linked) server.route(`/feeds/${basename(linked)}`, fileWithEtag(linked, 'application/geo+json'));
  }
  for (const [key, file] of Object.entries(scripts)) server.route(`/bench/${key}.js`, fileWithEtag(file, 'text/javascript; charset=utf-8'));
  server.route('/data.html', html('<!doctype html><meta charset="utf-8"><title>Data bench</title><script src="/bench/data.js"></script>'));
  server.route('/leaflet/leaflet.js', fileWithEtag('node_modules/leaflet/dist/leaflet.js', 'text/javascript; charset=utf-8'));
  server.route('/leaflet/leaflet.css', fileWithEtag('node_modules/leaflet/dist/leaflet.css', 'text/css; charset=utf-8'));
  const feedUrl = (name: BenchFeed['name']) => server.origin + (paths.get(name) ?? `/feeds/${name}.json`);
  for (const feed of feeds) {
    server.route(
      `/widget-${feed.name}.html`,
      html('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Widget bench</title>'
        + '<script src="/bench/probe.js"></script><script type="module" src="/widget/kinderwerk-kaart.js"></script>'
        + `</head><body><h1>Gemeente Voorbeeldstad</h1><kinderwerk-kaart feed="${feedUrl(feed.name)}" tiles="none" lang="nl"></kinderwerk-kaart></body></html>`),
    );
    server.route(`/baseline-${feed.name}.html`, html(baselineHtml(feedUrl(feed.name))));
    server.route(`/baseline-filter-${feed.name}.html`, html(baselineHtml(feedUrl(feed.name), true)));
  }
  return {
    ...server,
    feedUrl,
    dataPage: `${server.origin}/data.html`,
    widgetPage: (name) => `${server.origin}/widget-${name}.html`,
    baselinePage: (name) => `${server.origin}/baseline-${name}.html`,
    baselineFilterPage: (name) => `${server.origin}/baseline-filter-${name}.html`,
  };
}
