/**
 * The bench's local web server (tests/helpers/server.ts): the widget build from
 * dist/, the page scripts, two pages, and the feeds with an ETag, so a returning
 * visitor's widget gets "304 Not Modified" as from a real municipal server.
 *
 *   const server = await startBenchServer(feeds, scripts);
 *   server.feedUrl('city');   // http://127.0.0.1:…/feeds/city.json
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { startTestServer, type Handler, type TestServer } from '../tests/helpers/server';
import type { PageScript } from './bundle';
import type { BenchFeed } from './feeds';

export interface BenchServer extends TestServer {
  feedUrl(name: BenchFeed['name']): string;
  dataPage: string;
  widgetPage: string;
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
  server.route(
    '/widget.html',
    html('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Widget bench</title>'
      + '<script src="/bench/probe.js"></script><script type="module" src="/widget/kinderwerk-kaart.js"></script>'
      + '</head><body><h1>Gemeente Voorbeeldstad</h1></body></html>'),
  );
  return {
    ...server,
    feedUrl: (name) => server.origin + (paths.get(name) ?? `/feeds/${name}.json`),
    dataPage: `${server.origin}/data.html`,
    widgetPage: `${server.origin}/widget.html`,
  };
}
