/**
 * The map's code (Leaflet, its CSS, the layers) is a file of its own beside the ES module
 * (kinderwerk-kaart-map-views.js). On a phone the list comes first and works before that
 * file has arrived; on a wide screen the map's box says the map is coming until it is in.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, routeHostPage, newPage, polygonCount, resultTotal, waitForResults } from './widget-page';

const nl = t('nl');
const MAP_FILE = '**/widget/kinderwerk-kaart-map-views.js';

let server: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test at its own size: no hold on the map's file carried over. */
let tab: ReusedTab;

beforeAll(async () => {
  server = await startTestServer({ static: ['dist', 'public'] });
  routeHostPage(server, { feed: '/feeds/almere.json', tiles: 'none' });
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

/** Opens the page with the map's file held back until `release()` is called. */
async function openWithMapHeld(width: number): Promise<{ page: Page; asked: () => boolean; release: () => Promise<void> }> {
  let held: Route | undefined;
  const page = await tab.open(server.url, { width, height: 740, prepare: (page) => page.route(MAP_FILE, (route) => void (held = route)) });
  await waitForResults(page);
  return {
    page,
    asked: () => held !== undefined,
    async release() {
      await expect.poll(() => held !== undefined).toBe(true);
      await held?.continue();
    },
  };
}

describe('the map loads apart from the list', () => {
  it('on a phone, filters the list before the map code is loaded, then shows the map when asked', async () => {
    const { page, asked, release } = await openWithMapHeld(360);
    const all = await resultTotal(page);
    await page.getByRole('button', { name: nl.filters.toggle(0) }).click();
    await page.getByLabel(nl.filters.age).selectOption('5');
    await expect.poll(() => resultTotal(page)).toBeLessThan(all);
    // The list did not wait for the map, and the map was not even asked for.
    expect(asked()).toBe(false);

    await page.getByRole('button', { name: nl.app.showMap }).click();
    const coming = page.locator(`${WIDGET} .kwk-map__placeholder`);
    await expect.poll(() => coming.innerText()).toBe(nl.map.loading);
    await release();
    await coming.waitFor({ state: 'detached' });
    await expect.poll(() => polygonCount(page)).toBeGreaterThan(10);
  });

  it('on a wide screen, asks for the map at once and shows the box saying so until it is in', async () => {
    const { page, release } = await openWithMapHeld(1280);
    expect(await page.locator(`${WIDGET} .kwk-map__placeholder`).innerText()).toBe(nl.map.loading);
    expect(await page.locator(`${WIDGET} .kwk-app__map`).isVisible()).toBe(true);
    await release();
    await expect.poll(() => polygonCount(page)).toBeGreaterThan(10);
  });

  it('hands the focus of the skip link on to the map when the map comes', async () => {
    const { page, release } = await openWithMapHeld(360);
    await page.evaluate(() => document.querySelector('kinderwerk-kaart')?.shadowRoot?.querySelector<HTMLElement>('.kwk-skip__link')?.focus());
    await page.keyboard.press('Enter');
    const focusedClass = () => page.evaluate(() => document.querySelector('kinderwerk-kaart')?.shadowRoot?.activeElement?.className ?? '');
    await expect.poll(focusedClass).toContain('kwk-map__placeholder');
    await release();
    await expect.poll(focusedClass).toContain('leaflet-container');
  });

  it('leaves the focus where the reader moved it while the map was coming', async () => {
    const { page, release } = await openWithMapHeld(360);
    await page.evaluate(() => document.querySelector('kinderwerk-kaart')?.shadowRoot?.querySelector<HTMLElement>('.kwk-skip__link')?.focus());
    await page.keyboard.press('Enter');
    const focusedClass = () => page.evaluate(() => document.querySelector('kinderwerk-kaart')?.shadowRoot?.activeElement?.className ?? '');
    await expect.poll(focusedClass).toContain('kwk-map__placeholder');
    // The reader skips past the widget before the map is in.
    await page.getByRole('link', { name: nl.app.skipPastWidget }).focus();
    await page.keyboard.press('Enter');
    const movedTo = await focusedClass();
    await release();
    await expect.poll(() => polygonCount(page)).toBeGreaterThan(10);
    expect(await focusedClass()).toBe(movedTo);
  });

  it('says when the map cannot be loaded, and the list keeps working', async () => {
    const page = await tab.open(server.url, { width: 1280, height: 900, prepare: (page) => page.route(MAP_FILE, (route) => route.abort()) });
    await waitForResults(page);
    await page.getByRole('alert').filter({ hasText: nl.map.loadFailed }).waitFor();
    const all = await resultTotal(page);
    await page.getByLabel(nl.filters.age).selectOption('5');
    await expect.poll(() => resultTotal(page)).toBeLessThan(all);
  });
});
