/**
 * The map's display under a strict Content-Security-Policy, in real Chromium: failing
 * tiles, zooming, the wheel, reduced motion and English. map.test.ts has the rest.
 * Each test loads the page afresh in the file's one tab.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapTestSite } from './map-site';

const BUURTEN = (JSON.parse(readFileSync('public/feeds/almere-buurten.geojson', 'utf8')) as { features: unknown[] }).features.length;

// Hooks this file's beforeAll/afterAll: serve the page, connect to Chromium, one tab.
const map = mapTestSite();

describe('the map on screen', () => {
  it('still shows buurten and places when no tile loads, without broken images, and says so', async () => {
    const { page, violations } = await map.open({ tiles: 'failing' });
    await expect.poll(() => page.locator('.kwk-map-attribution__warning').count()).toBe(1);
    // The map draws buurten and places in steps; wait for the whole drawing, not a moment.
    await expect.poll(() => page.locator('path.kwk-map-buurt').count()).toBe(BUURTEN);
    await expect.poll(() => page.locator('.kwk-marker-icon').count()).toBeGreaterThan(0);
    const visibleTiles = () => page.locator('img.leaflet-tile').evaluateAll((imgs) => imgs.filter((img) => getComputedStyle(img).visibility !== 'hidden').length);
    expect(await visibleTiles()).toBe(0);
    expect(await violations()).toEqual([]);
  });

  it('lets the wheel scroll the page until the map has focus, then zooms', async () => {
    const { page, tileZooms } = await map.open();
    // Tiles of the whole country load while the feed loads; wait for the municipality's.
    await expect.poll(() => Math.max(...tileZooms)).toBeGreaterThan(8);
    const box = (await page.locator('.kwk-map__canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    const zoomsBefore = new Set(tileZooms);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect([...tileZooms]).toEqual([...zoomsBefore]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.kwk-map__canvas').focus();
    const canvas = (await page.locator('.kwk-map__canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width - 40, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => Math.max(...tileZooms)).toBeGreaterThan(Math.max(...zoomsBefore));
  });

  it('does not animate zooming for people who ask for reduced motion', async () => {
    // Leaflet adds a zoom proxy and a fade class only when it animates.
    const normal = (await map.open()).page;
    expect(await normal.locator('.leaflet-proxy').count()).toBe(1);
    expect(await normal.locator('.leaflet-fade-anim').count()).toBe(1);
    const calm = (await map.open({ reducedMotion: true })).page;
    expect(await calm.locator('.leaflet-proxy').count()).toBe(0);
    expect(await calm.locator('.leaflet-fade-anim').count()).toBe(0);
  });

  it('speaks English when asked', async () => {
    const { page } = await map.open({ lang: 'en' });
    await expect.poll(() => page.locator('[aria-label="Zoom in"]').count()).toBe(1);
    const text = await page.locator('.kwk-root').innerText();
    expect(text).toContain('Everything on the map is also in the list.');
    expect(text).toContain('Boundaries: Kadaster');
    const label = await page.locator('.kwk-marker-icon').first().getAttribute('aria-label');
    expect(label).toMatch(/(activity|activities|huiskamer|huiskamers)/);
  });

  it('breaks no rule of a strict Content-Security-Policy while zooming in and out (no data: images)', async () => {
    const { page, violations, tileZooms } = await map.open();
    for (const name of ['Inzoomen', 'Inzoomen', 'Uitzoomen', 'Inzoomen', 'Uitzoomen', 'Uitzoomen']) {
      await page.getByRole('button', { name, exact: true }).click();
    }
    await expect.poll(() => tileZooms.size).toBeGreaterThan(2);
    await page.locator('.kwk-marker-icon').first().waitFor();
    expect(await violations()).toEqual([]);
  });
});
