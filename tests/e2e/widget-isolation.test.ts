/**
 * The widget is a good guest on someone else's page: it adds no globals (module or
 * classic script), the host's CSS does not reach inside it, and its CSS stays inside.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, newPage, waitForResults, windowKeys } from './widget-page';

let server: TestServer;
let demo: DemoServer;
let browser: Browser;
/** One tab for the file, fresh for each test (nothing left of the page or the storage before). */
let tab: ReusedTab;

beforeAll(async () => {
  // /widget/… from dist/widget, /feeds/… from public/feeds.
  server = await startTestServer({ static: ['dist', 'public'] });
  server.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Host</title></head><body>'
      + '<kinderwerk-kaart feed="/feeds/almere.json" tiles="none"></kinderwerk-kaart></body></html>');
  });
  demo = await startDemoServer();
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
  await demo?.close();
});

async function dragMap(page: Page): Promise<void> {
  const box = await page.locator(`${WIDGET} .leaflet-container`).boundingBox();
  if (!box) throw new Error('the map is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y + 40, { steps: 5 });
  await page.mouse.up();
}

describe('the widget on a host page', () => {
  for (const [build, tag] of [
    ['ES module', { url: '/widget/kinderwerk-kaart.js', type: 'module' }],
    ['classic', { url: '/widget/kinderwerk-kaart.iife.js' }],
  ] as const) {
    it(`adds no globals to the page (${build} build)`, async () => {
      const page = await tab.open(server.url);
      const before = await windowKeys(page);
      await page.addScriptTag(tag);
      await waitForResults(page);
      expect(await windowKeys(page)).toEqual(before);
      // Dragging the map and pressing a marker make Leaflet listen on window: still no globals after.
      await dragMap(page);
      await page.locator(`${WIDGET} .leaflet-marker-icon`).first().click();
      expect(await windowKeys(page)).toEqual(before);
      expect(await page.evaluate(() => typeof customElements.get('kinderwerk-kaart'))).toBe('function');
    });
  }

  it("leaves the zod of a host page that has one as it was: its config gets no jitless from us (module build)", async () => {
    const page = await tab.open(server.url);
    // What a page's own zod 4 leaves on globalThis, with a setting of its own.
    await page.evaluate(() => {
      Reflect.set(globalThis, '__zod_globalConfig', { customError: 'the host page' });
      Reflect.set(globalThis, '__zod_globalRegistry', { owner: 'the host page' });
    });
    await page.addScriptTag({ url: '/widget/kinderwerk-kaart.js', type: 'module' });
    await waitForResults(page);
    expect(await page.evaluate(() => [Reflect.get(globalThis, '__zod_globalConfig'), Reflect.get(globalThis, '__zod_globalRegistry')])).toEqual([
      { customError: 'the host page' },
      { owner: 'the host page' },
    ]);
  });

  it('keeps the host page\'s styles out and its own styles in', async () => {
    const page = await tab.open(demo.url);
    await waitForResults(page);
    const inside = await page.locator(`${WIDGET} .kwk-view-toggle__button`).first().evaluate((button) => {
      const style = getComputedStyle(button);
      return { textTransform: style.textTransform, letterSpacing: style.letterSpacing };
    });
    // The demo's gemeente.css sets buttons in capitals with wide spacing, and a 62.5% root font.
    expect(inside).toEqual({ textTransform: 'none', letterSpacing: 'normal' });
    const widgetFontSize = await page.locator(`${WIDGET} .kwk-root`).evaluate((root) => getComputedStyle(root).fontSize);
    expect(widgetFontSize).toBe('16px');

    const outside = await page.locator('body > main .page-button').evaluate((button) => getComputedStyle(button).textTransform);
    expect(outside).toBe('uppercase');
    // None of the widget's kwk- classes exist in the light DOM.
    expect(await page.evaluate(() => document.querySelectorAll('[class*="kwk-"]').length)).toBe(0);
  });
});
