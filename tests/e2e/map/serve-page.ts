/**
 * Serves the built map test page under a strict Content-Security-Policy with the
 * demo feeds from public/, and answers its tile requests in the browser with a
 * stand-in tile (or a 404, to check the map without a background).
 *
 *   const site = await serveMapPage('/tmp/kwk-map-page');
 *   await routeTiles(page, 'ok');
 *   await page.goto(site.url({ tiles: true }));
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../helpers/server';
import { tilePng } from './tile-png';

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'";

export interface MapSite {
  server: TestServer;
  url(options?: { tiles?: boolean; lang?: string; area?: string; compact?: boolean }): string;
  close(): Promise<void>;
}

export async function serveMapPage(pageDir: string): Promise<MapSite> {
  const server = await startTestServer({ static: [pageDir, 'public'] });
  const html = await readFile(join(pageDir, 'index.html'));
  server.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    res.end(html);
  });
  return {
    server,
    url: (options = {}) => {
      const params = new URLSearchParams();
      if (options.tiles) params.set('tiles', `${server.origin}/tiles/{z}/{x}/{y}.png`);
      if (options.lang) params.set('lang', options.lang);
      if (options.area) params.set('area', options.area);
      if (options.compact) params.set('compact', '');
      return `${server.origin}/?${params}`;
    },
    close: () => server.close(),
  };
}

/** Tiles under /tiles/ load (`ok`) or answer 404 (`failing`); returns how many were asked for. */
export async function routeTiles(page: Page, mode: 'ok' | 'failing'): Promise<{ requested: () => number }> {
  const tile = tilePng();
  let requested = 0;
  await page.route('**/tiles/**', (route) => {
    requested += 1;
    return mode === 'ok'
      ? route.fulfill({ status: 200, contentType: 'image/png', body: tile })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: 'no tiles here' });
  });
  return { requested: () => requested };
}
