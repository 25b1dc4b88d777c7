/**
 * The map on its own, in a shadow root on a page with a strict Content-Security-Policy,
 * on the Almere demo feed, driven in real Chromium: shapes and texts, the first view,
 * keyboard markers, clusters and choosing a buurt. map-display.test.ts has the rest.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapTestSite } from './map-site';

const BUURTEN = (JSON.parse(readFileSync('public/feeds/almere-buurten.geojson', 'utf8')) as { features: unknown[] }).features.length;

// Hooks this file's beforeAll/afterAll: serve the page, connect to Chromium.
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

describe('the map', () => {
  it('draws every buurt, places as labelled buttons, and speaks Dutch only', async () => {
    const { page } = await map.open();
    await expect.poll(() => page.locator('path.kwk-map-buurt').count()).toBe(BUURTEN);
    const markers = page.locator('.kwk-marker-icon');
    const labels = await markers.evaluateAll((els) => els.map((el) => [el.getAttribute('role'), el.getAttribute('tabindex'), el.getAttribute('aria-label')]));
    expect(labels.length).toBeGreaterThan(2);
    for (const [role, tabindex, label] of labels) {
      expect(role).toBe('button');
      expect(tabindex).toBe('0');
      expect(label).toMatch(/\d+ (activiteit|activiteiten|huiskamer|huiskamers)/);
    }
    await expect.poll(() => page.locator('[aria-label="Inzoomen"]').count()).toBe(1);
    expect(await page.locator('[aria-label="Uitzoomen"]').count()).toBe(1);
    const text = await page.locator('.kwk-root').innerText();
    expect(text).toContain('Legenda');
    expect(text).toContain('Buurtgrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2015');
    expect(text).not.toMatch(/Zoom in|Zoom out|A JavaScript library/);
    expect(await page.locator('a[href*="leafletjs.com"]').count()).toBe(0);
    expect(await page.getAttribute('.kwk-map__canvas', 'aria-label')).toBe('Kaart met kinderwerk per buurt');
    expect(await page.evaluate(() => 'L' in window)).toBe(false);
    await page.close();
  });

  it('opens on the municipality at once: no flight in from the whole country, and the first markers drawn stay', async () => {
    const page = await map.browser().newPage({ viewport: { width: 1000, height: 700 } });
    // Watch the shadow root from its start: every marker added or removed, and any zoom animation.
    await page.addInitScript(() => {
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
    });
    await page.goto(map.site().url({ tiles: false }));
    await page.waitForSelector('body[data-ready="yes"]');
    await expect.poll(() => page.locator('path.kwk-map-buurt').count()).toBe(BUURTEN);
    await expect.poll(() => page.locator('.kwk-marker-icon').count()).toBeGreaterThan(1);
    const shown = await page.locator('.kwk-marker-icon').count();
    const seen = await page.evaluate(() => (window as unknown as { kwkFirstView: { added: number; removed: number; animated: boolean } }).kwkFirstView);
    expect(seen).toEqual({ added: shown, removed: 0, animated: false });
    await page.close();
  });

  it('selects a place with Enter or Space on its marker', async () => {
    const { page } = await map.open();
    const label = await tabToMarker(page, (l) => !isGroup(l));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#echo').innerText()).toMatch(/selection=location:\S+/);
    const chosen = await page.locator('.kwk-marker-icon[aria-current="true"]').getAttribute('aria-label');
    expect(chosen).toBe(label);
    await page.close();

    // Space too, without scrolling the page.
    const second = await map.open();
    await tabToMarker(second.page, (l) => !isGroup(l));
    await second.page.keyboard.press(' ');
    await expect.poll(() => second.page.locator('#echo').innerText()).toMatch(/selection=location:\S+/);
    expect(await second.page.evaluate(() => window.scrollY)).toBe(0);
    await second.page.close();
  });

  it('opens a cluster with Enter: the map zooms in, the places come apart, and focus stays on a marker', async () => {
    const { page } = await map.open();
    await tabToMarker(page, isGroup);
    const before = await page.locator('.kwk-marker-icon').count();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.kwk-marker-icon').count()).toBeGreaterThan(before);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#host')?.shadowRoot?.activeElement?.classList.contains('kwk-marker-icon')))
      .toBe(true);
    await page.close();
  });

  it('sets the area filter when a buurt is clicked, outlines it, and goes back to the whole municipality', async () => {
    const { page } = await map.open();
    // A point well inside some buurt that no marker covers.
    const point = await page.evaluate(() => {
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
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.locator('#echo').innerText()).toMatch(/area=BU\d{8}/);
    await expect.poll(() => page.locator('path.kwk-map-buurt[stroke-width="4"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Hele gemeente tonen' }).click();
    await expect.poll(() => page.locator('#echo').innerText()).toMatch(/area= /);
    await expect.poll(() => page.locator('path.kwk-map-buurt[stroke-width="4"]').count()).toBe(0);
    await page.close();
  });
});
