/**
 * The map on its own, in a shadow root on a page with a strict Content-Security-Policy,
 * on the Almere demo feed, driven in real Chromium: shapes and texts, the first view,
 * keyboard markers, clusters and choosing a buurt. map-display.test.ts has the rest.
 * Each test loads the page afresh in the file's one tab.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapTestSite } from './map-site';

const BUURTEN = (JSON.parse(readFileSync('public/feeds/almere-buurten.geojson', 'utf8')) as { features: unknown[] }).features.length;

// Hooks this file's beforeAll/afterAll: serve the page, connect to Chromium, one tab.
const map = mapTestSite();

/** Presses Tab until focus is on a marker whose label matches, and returns that label. */
async function tabToMarker(page: Page, label: (text: string) => boolean): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.querySelector('#host')?.shadowRoot?.activeElement;
      return active?.classList.contains('kwk-marker-icon') ? active.getAttribute('aria-label') : null;
    });
    if (focused && label(focused)) return focused;
  }
  throw new Error('no such marker reachable with Tab');
}

const isGroup = (label: string) => label.includes('Enter');

/** In the page, from its start: every marker added or removed, and any zoom animation, in window.kwkFirstView. */
function watchMarkers(): void {
  const seen = { added: 0, removed: 0, animated: false };
  (window as unknown as { kwkFirstView: typeof seen }).kwkFirstView = seen;
  const isMarker = (node: Node) => node instanceof Element && node.classList.contains('kwk-marker-icon');
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    new MutationObserver((records) => {
      for (const record of records) {
        seen.added += [...record.addedNodes].filter(isMarker).length;
        seen.removed += [...record.removedNodes].filter(isMarker).length;
        if (record.target instanceof Element && record.target.classList.contains('leaflet-zoom-anim')) seen.animated = true;
      }
    }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    return root;
  };
}

/** The page without tiles, watched from its start (watchMarkers). */
async function openWatched(): Promise<Page> {
  const page = await map.tab.open(map.site().url({ tiles: false }), { width: 1000, height: 700, prepare: (page) => page.addInitScript(watchMarkers) });
  await page.waitForSelector('body[data-ready="yes"]');
  return page;
}

describe('the map as it opens', () => {
  it('opens on the municipality at once: no flight in from the whole country, and the first markers drawn stay', async () => {
    const opened = await openWatched();
    await expect.poll(() => opened.locator('path.kwk-map-buurt').count()).toBe(BUURTEN);
    await expect.poll(() => opened.locator('.kwk-marker-icon').count()).toBeGreaterThan(1);
    const shown = await opened.locator('.kwk-marker-icon').count();
    const seen = await opened.evaluate(() => (window as unknown as { kwkFirstView: { added: number; removed: number; animated: boolean } }).kwkFirstView);
    expect(seen).toEqual({ added: shown, removed: 0, animated: false });
  });

  it('opens a cluster with Enter: the map zooms in, the places come apart, and focus stays on a marker', async () => {
    const opened = await openWatched();
    await expect.poll(() => opened.locator('.kwk-marker-icon').count()).toBeGreaterThan(1);
    await tabToMarker(opened, isGroup);
    const before = await opened.locator('.kwk-marker-icon').count();
    await opened.keyboard.press('Enter');
    await expect.poll(() => opened.locator('.kwk-marker-icon').count()).toBeGreaterThan(before);
    await expect
      .poll(() => opened.evaluate(() => document.querySelector('#host')?.shadowRoot?.activeElement?.classList.contains('kwk-marker-icon')))
      .toBe(true);
  });
});

describe('the map', () => {
  it('draws every buurt, places as labelled buttons, and speaks Dutch only', async () => {
    const { page: opened } = await map.open();
    await expect.poll(() => opened.locator('path.kwk-map-buurt').count()).toBe(BUURTEN);
    const markers = opened.locator('.kwk-marker-icon');
    const labels = await markers.evaluateAll((els) => els.map((el) => [el.getAttribute('role'), el.getAttribute('tabindex'), el.getAttribute('aria-label')]));
    expect(labels.length).toBeGreaterThan(2);
    for (const [role, tabindex, label] of labels) {
      expect(role).toBe('button');
      expect(tabindex).toBe('0');
      expect(label).toMatch(/\d+ (activiteit|activiteiten|huiskamer|huiskamers)/);
    }
    await expect.poll(() => opened.locator('[aria-label="Inzoomen"]').count()).toBe(1);
    expect(await opened.locator('[aria-label="Uitzoomen"]').count()).toBe(1);
    const text = await opened.locator('.kwk-root').innerText();
    expect(text).toContain('Legenda');
    expect(text).toContain('Buurtgrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2015');
    expect(text).not.toMatch(/Zoom in|Zoom out|A JavaScript library/);
    expect(await opened.locator('a[href*="leafletjs.com"]').count()).toBe(0);
    expect(await opened.getAttribute('.kwk-map__canvas', 'aria-label')).toBe('Kaart met kinderwerk per buurt');
    expect(await opened.evaluate(() => 'L' in window)).toBe(false);
  });

  it('selects a place with Enter or Space on its marker', async () => {
    const { page: opened } = await map.open();
    const echo = opened.locator('#echo');
    const chosen = () => opened.locator('.kwk-marker-icon[aria-current="true"]').getAttribute('aria-label');
    const label = await tabToMarker(opened, (l) => !isGroup(l));
    await opened.keyboard.press('Enter');
    await expect.poll(() => echo.innerText()).toMatch(/selection=location:\S+/);
    expect(await chosen()).toBe(label);
    const first = await echo.innerText();

    // Space too, on another place, without scrolling the page. The map opens with one place on
    // its own and the rest in clusters: zoom in one step to bring more apart.
    const shown = await opened.locator('.kwk-marker-icon').count();
    await opened.getByRole('button', { name: 'Inzoomen', exact: true }).click();
    await expect.poll(() => opened.locator('.kwk-marker-icon').count()).toBeGreaterThan(shown);
    // The chosen marker is drawn last: Tab on from the top of the map.
    await opened.locator('.kwk-map__canvas').focus();
    const other = await tabToMarker(opened, (l) => !isGroup(l) && l !== label);
    await opened.keyboard.press(' ');
    await expect.poll(() => chosen()).toBe(other);
    expect(await echo.innerText()).toMatch(/selection=location:\S+/);
    expect(await echo.innerText()).not.toBe(first);
    expect(await opened.evaluate(() => window.scrollY)).toBe(0);
  });

  it('sets the area filter when a buurt is clicked, outlines it, and goes back to the whole municipality', async () => {
    const { page: opened } = await map.open();
    await opened.locator('.leaflet-marker-icon').first().waitFor();
    const markersOnTheWholeTown = await opened.locator('.leaflet-marker-icon').count();
    // A point well inside some buurt that no marker covers.
    const point = await opened.evaluate(() => {
      const root = document.querySelector('#host')!.shadowRoot!;
      for (const path of root.querySelectorAll('path.kwk-map-buurt')) {
        const box = path.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (root.elementFromPoint(x, y) === path) return { x, y };
      }
      return undefined;
    });
    expect(point).toBeDefined();
    await opened.mouse.click(point!.x, point!.y);
    await expect.poll(() => opened.locator('#echo').innerText()).toMatch(/area=BU\d{8}/);
    await expect.poll(() => opened.locator('path.kwk-map-buurt[stroke-width="4"]').count()).toBe(1);
    await opened.getByRole('button', { name: 'Hele gemeente tonen' }).click();
    await expect.poll(() => opened.locator('#echo').innerText()).toMatch(/area= /);
    await expect.poll(() => opened.locator('path.kwk-map-buurt[stroke-width="4"]').count()).toBe(0);
    // The map is back on the whole town, though the zoom into the buurt may not have ended when asked.
    await expect.poll(() => opened.locator('.leaflet-marker-icon').count()).toBe(markersOnTheWholeTown);
  });
});
