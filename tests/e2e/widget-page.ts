/**
 * Shared steps for the widget's browser tests: pages at a given width, reading what a
 * visitor sees inside the Shadow DOM (list, map markers), and small handwritten feeds.
 * Playwright's CSS locators pierce open shadow roots, so `kinderwerk-kaart .kwk-item`
 * finds the list items inside the widget.
 *
 *   const page = await openPage(browser, demo.url, { width: 1280 });
 *   await waitForResults(page);
 */
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/server';

export const WIDGET = 'kinderwerk-kaart';

export interface PageOptions {
  width?: number;
  height?: number;
  /** For injecting test tools (axe-core) into a page whose CSP would block them. */
  bypassCSP?: boolean;
}

/** A fresh context (own storage) with one page; errors in the page fail loudly. */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return page;
}

export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await page.goto(url);
  return page;
}

/** Waits until the widget shows its first result in the list. */
export async function waitForResults(page: Page): Promise<void> {
  await page.locator(`${WIDGET} .kwk-item`).first().waitFor({ state: 'visible' });
}

/**
 * The names in the result list. Their text, not `innerText`: cards out of view are not laid
 * out (`content-visibility: auto`), and the innerText of an element not laid out is empty.
 */
export async function listedNames(page: Page): Promise<string[]> {
  return (await page.locator(`${WIDGET} .kwk-item .kwk-item__open`).allTextContents()).map((name) => name.trim());
}

/** The total the list announces ("51 activiteiten en 5 huiskamers …"), as one number. */
export async function resultTotal(page: Page): Promise<number> {
  const text = await page.locator(`${WIDGET} .kwk-count`).innerText();
  return (text.match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
}

/** How many result items the list shows. */
export function listItemCount(page: Page): Promise<number> {
  return page.locator(`${WIDGET} .kwk-item`).count();
}

/** What the map's markers add up to: each marker shows how many offers are at its place(s). */
export async function offersOnMap(page: Page): Promise<number> {
  const counts = await page.locator(`${WIDGET} .leaflet-marker-pane .leaflet-marker-icon`).allTextContents();
  return counts.reduce((sum, text) => sum + (Number.parseInt(text, 10) || 0), 0);
}

export function markerCount(page: Page): Promise<number> {
  return page.locator(`${WIDGET} .leaflet-marker-pane .leaflet-marker-icon`).count();
}

export function polygonCount(page: Page): Promise<number> {
  return page.locator(`${WIDGET} .leaflet-overlay-pane path`).count();
}

/** The page's own enumerable globals, to prove the widget adds none. */
export function windowKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window));
}

/** How many feeds the widget's IndexedDB holds: run it in the page, `page.evaluate(savedFeeds)`. */
export function savedFeeds(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('kinderwerkkaart');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction('feedMeta').objectStore('feedMeta').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
    };
  });
}

/** Serves `hostPage` with these attributes at `/`: the page a municipality makes around the widget. */
export function routeHostPage(server: TestServer, attributes: Record<string, string>): void {
  server.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes }));
  });
}

/** A host page with the widget: the ES module build by default, or the classic one. */
export function hostPage(options: { attributes: Record<string, string>; classic?: boolean; title?: string }): string {
  const attributes = Object.entries(options.attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const script = options.classic
    ? '<script src="/widget/kinderwerk-kaart.iife.js"></script>'
    : '<script type="module" src="/widget/kinderwerk-kaart.js"></script>';
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${options.title ?? 'Widget test'}</title>`
    + `</head><body><h1>Test</h1><kinderwerk-kaart${attributes}></kinderwerk-kaart>${script}</body></html>`;
}

const SQUARE = (lon: number, lat: number, size: number) => [[
  [lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat],
]];

/**
 * A tiny valid feed: one wijk with two buurten, one location in each, and whatever
 * activities the test adds (defaults filled in).
 */
export function tinyFeed(activities: Record<string, unknown>[], extra: Record<string, unknown> = {}): unknown {
  return {
    format: 'kinderwerk-feed',
    version: 1,
    meta: {
      municipality: { code: 'GM9999', name: 'Proefstad' },
      publisher: { name: 'Testuitgever' },
      license: 'CC0-1.0',
      generatedAt: '2026-11-01T08:00:00Z',
      boundaryAttribution: 'Testgrenzen',
    },
    neighbourhoods: {
      buurten: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: SQUARE(5.2, 52.3, 0.02) },
            properties: { code: 'BU99990101', wijkCode: 'WK999901', name: 'Noordbuurt', children: 400 } },
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: SQUARE(5.22, 52.3, 0.02) },
            properties: { code: 'BU99990102', wijkCode: 'WK999901', name: 'Zuidbuurt', children: 300 } },
        ],
      },
      wijken: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[5.2, 52.3], [5.24, 52.3], [5.24, 52.32], [5.2, 52.32], [5.2, 52.3]]] },
            properties: { code: 'WK999901', name: 'Proefwijk' } },
        ],
      },
    },
    locations: [
      { id: 'loc-noord', lastVerified: '2026-10-01', name: 'Buurthuis Noord', kind: 'community-centre',
        latitude: 52.31, longitude: 5.21, buurtCode: 'BU99990101' },
      { id: 'loc-zuid', lastVerified: '2026-10-01', name: 'Speeltuin Zuid', kind: 'playground',
        latitude: 52.31, longitude: 5.23, buurtCode: 'BU99990102' },
    ],
    activities: activities.map((activity, index) => ({
      id: `act-${index + 1}`,
      lastVerified: '2026-10-01',
      name: `Activiteit ${index + 1}`,
      category: 'play',
      ageRange: { min: 4, max: 12 },
      schedule: [{ byDay: ['WE'], startTime: '14:00', endTime: '15:30' }],
      cost: { free: true },
      join: { method: 'walk-in' },
      locationId: 'loc-noord',
      ...activity,
    })),
    ...extra,
  };
}
