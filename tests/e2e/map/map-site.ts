/**
 * The map test page for one test file: served under a strict CSP, opened in the
 * shared Chromium, in one tab for the file that each `open` makes fresh (reused-tab.ts).
 * The global setup builds the page once per run (KWK_MAP_PAGE_DIR); a file run on its
 * own builds it itself.
 *
 *   const map = mapTestSite(); // at the top of a test file
 *   const { page } = await map.open({ tiles: 'failing' });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { reusedTab, type ReusedTab } from '../reused-tab';
import { routeTiles, serveMapPage, type MapSite } from './serve-page';

export const MAP_PAGE_ENV = 'KWK_MAP_PAGE_DIR';

export interface OpenedMap {
  page: Page;
  violations: () => Promise<string[]>;
  tileZooms: Set<number>;
}

export interface MapOptions {
  tiles?: 'ok' | 'failing';
  lang?: string;
  width?: number;
  reducedMotion?: boolean;
}

export interface MapTestSite {
  /** The file's one tab, for a test that loads the page its own way. */
  tab: ReusedTab;
  site: () => MapSite;
  open: (options?: MapOptions) => Promise<OpenedMap>;
}

export function mapTestSite(): MapTestSite {
  let browser: Browser;
  let site: MapSite;
  let ownBuild: string | undefined;
  const tab = reusedTab(() => browser.newPage());

  beforeAll(async () => {
    let dir = process.env[MAP_PAGE_ENV];
    if (!dir) {
      ownBuild = mkdtempSync(join(tmpdir(), 'kwk-map-page-'));
      // Vite only when needed: importing it costs each file seconds.
      const { buildMapPage } = await import('./build-page');
      dir = await buildMapPage(ownBuild);
    }
    site = await serveMapPage(dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tab.close();
    await browser?.close();
    await site?.close();
    if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
  });

  async function open(options: MapOptions = {}): Promise<OpenedMap> {
    const tileZooms = new Set<number>();
    const page = await tab.open(site.url({ tiles: true, lang: options.lang }), {
      width: options.width ?? 1000,
      height: 700,
      async prepare(page) {
        if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { kwkViolations: string[] }).kwkViolations = seen;
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        page.on('request', (request) => {
          const match = /\/tiles\/(\d+)\//.exec(request.url());
          if (match) tileZooms.add(Number(match[1]));
        });
        await routeTiles(page, options.tiles ?? 'ok');
      },
    });
    await page.waitForSelector('body[data-ready="yes"]');
    // The map opens on the municipality as soon as the feed is there: its markers, not one cluster over the country.
    await expect.poll(() => page.locator('.kwk-marker-icon').count()).toBeGreaterThan(1);
    return {
      page,
      tileZooms,
      violations: () => page.evaluate(() => (window as unknown as { kwkViolations: string[] }).kwkViolations),
    };
  }

  return { tab, site: () => site, open };
}
