/**
 * A parent's path through the widget, by touch, keyboard and screen reader: details
 * that the phone's Back button closes, focus that comes back to the map marker that
 * opened them, details beside the map on a wide screen, a phone sheet that hides what
 * it covers, a failed load said in every view, and Dutch feed texts marked as Dutch
 * under an English widget. axe runs in each of these states.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { expectAccessible, injectAxe } from './axe';
import { WIDGET, hostPage, newPage, openPage, waitForResults } from './widget-page';

const nl = t('nl');
let demo: DemoServer;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemoServer();
  server = await startTestServer({ static: ['dist', 'public'] });
  server.route('/down.json', (_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain' });
    res.end('maintenance');
  });
  server.route('/down', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/down.json', tiles: 'none', view: 'map' } }));
  });
  server.route('/level3', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/feeds/almere.json', tiles: 'none', 'heading-level': '3' } }));
  });
  server.route('/english', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/feeds/almere.json', tiles: 'none', lang: 'en' } }));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await demo?.close();
});

async function openDemo(width: number): Promise<Page> {
  // bypassCSP only so axe can be injected; csp.test.ts runs the widget under the real policy.
  const page = await openPage(browser, demo.url, { width, bypassCSP: true });
  await waitForResults(page);
  await injectAxe(page);
  return page;
}

/** What has focus inside the widget's shadow root: its class and what it opens. */
function focused(page: Page): Promise<{ className: string; opens: string | null } | null> {
  return page.evaluate(() => {
    const active = document.querySelector('kinderwerk-kaart')?.shadowRoot?.activeElement;
    return active ? { className: active.className, opens: active.getAttribute('data-kwk-opens') } : null;
  });
}

const details = (page: Page) => page.locator(`${WIDGET} .kwk-details`);

describe('a parent on a phone', () => {
  it('closes the details with the Back button and stays on the page; Forward opens them again', async () => {
    const page = await openDemo(360);
    const address = page.url();
    const first = page.locator(`${WIDGET} .kwk-item__open`).first();
    const name = await first.innerText();
    await first.click();
    await details(page).waitFor({ state: 'visible' });
    expect(await details(page).locator('.kwk-details__title').innerText()).toBe(name);

    await page.goBack();
    await details(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(new URL(address).pathname);
    expect(await page.locator(`${WIDGET} .kwk-item`).first().isVisible()).toBe(true);

    await page.goForward();
    await details(page).waitFor({ state: 'visible' });
    expect(await details(page).locator('.kwk-details__title').innerText()).toBe(name);
    await page.context().close();
  });

  it('shows a Terug button on the sheet, hides what the sheet covers from keyboard and screen reader', async () => {
    const page = await openDemo(360);
    await page.locator(`${WIDGET} .kwk-item__open`).first().click();
    await details(page).waitFor({ state: 'visible' });
    const back = page.getByRole('button', { name: nl.details.back });
    expect(await back.isVisible()).toBe(true);
    for (const part of ['.kwk-app__list', '.kwk-app__controls', '.kwk-app__header']) {
      expect(await page.locator(`${WIDGET} ${part}`).evaluate((element: HTMLElement) => element.inert)).toBe(true);
    }
    // Tab never leaves the sheet for something it covers.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inSheet = await page.evaluate(() => {
        const active = document.querySelector('kinderwerk-kaart')?.shadowRoot?.activeElement;
        return !active || active.closest('.kwk-details') !== null;
      });
      expect(inSheet).toBe(true);
    }
    await expectAccessible(page);

    await back.click();
    await details(page).waitFor({ state: 'detached' });
    expect(await page.locator(`${WIDGET} .kwk-app__list`).evaluate((element: HTMLElement) => element.inert)).toBe(false);
    await page.context().close();
  });

  it('says what went wrong on the map too when the data cannot be loaded', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto(`${server.origin}/down`);
    const alert = page.locator(`${WIDGET} [role="alert"]`);
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain(nl.status.failedTitle);
    expect(await page.locator(`${WIDGET} .kwk-app__map`).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('a parent on a wide screen', () => {
  it('sees the chosen place on the map beside the details, with nothing covered', async () => {
    const page = await openDemo(1280);
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await page.locator(`${WIDGET} .kwk-item--huiskamer .kwk-item__open, ${WIDGET} .kwk-item__open`).first().click();
    await details(page).waitFor({ state: 'visible' });

    const map = (await page.locator(`${WIDGET} .kwk-map__canvas`).boundingBox())!;
    const panel = (await details(page).boundingBox())!;
    // Side by side: the panel ends before the map begins.
    expect(panel.x + panel.width).toBeLessThanOrEqual(map.x + 1);
    const chosen = page.locator(`${WIDGET} .kwk-marker--selected`);
    await chosen.waitFor({ state: 'visible' });
    await expect.poll(async () => {
      const at = (await chosen.boundingBox())!;
      const cx = at.x + at.width / 2;
      const cy = at.y + at.height / 2;
      return cx > map.x && cx < map.x + map.width && cy > map.y && cy < map.y + map.height;
    }).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('gives focus back to the map marker after Esc', async () => {
    const page = await openDemo(1280);
    const lone = page.locator(`${WIDGET} .kwk-marker-icon:not(:has(.kwk-marker--group))`).first();
    await lone.waitFor();
    const opens = await lone.getAttribute('data-kwk-opens');
    expect(opens).toMatch(/^location:/);
    await lone.focus();
    await page.keyboard.press('Enter');
    await details(page).waitFor({ state: 'visible' });

    await page.keyboard.press('Escape');
    await details(page).waitFor({ state: 'detached' });
    await expect.poll(async () => {
      const now = await focused(page);
      return now?.className.includes('kwk-marker-icon') === true && (now.opens ?? '').split(' ').includes(opens!);
    }).toBe(true);
    await page.context().close();
  });
});

describe('an English widget on a Dutch feed', () => {
  it('marks the Dutch feed texts as Dutch, so a screen reader reads them with a Dutch voice', async () => {
    const page = await newPage(browser, { width: 1280 });
    await page.goto(`${server.origin}/english`);
    await waitForResults(page);
    const opener = page.locator(`${WIDGET} .kwk-item__open`).first();
    expect(await opener.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
    // The widget's own words stay English.
    expect(await page.locator(`${WIDGET} .kwk-app`).getAttribute('lang')).toBe('en');
    await opener.click();
    await details(page).waitFor({ state: 'visible' });
    expect(await details(page).locator('.kwk-details__title').getAttribute('lang')).toBe('nl');
    expect(await details(page).locator('.kwk-details__prose').first().evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
    await page.context().close();
  });
});

describe('a parent using the keyboard', () => {
  it('can skip the long list to the map, and skip the whole widget', async () => {
    const page = await openDemo(360);
    await page.evaluate(() => document.querySelector('kinderwerk-kaart')?.shadowRoot?.querySelector<HTMLElement>('.kwk-skip__link')?.focus());
    const skipToMap = page.getByRole('link', { name: nl.app.skipToMap });
    expect(await skipToMap.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.className ?? '').toContain('kwk-map__canvas');
    expect(await page.locator(`${WIDGET} .kwk-app__map`).isVisible()).toBe(true);

    await page.getByRole('link', { name: nl.app.skipPastWidget }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is the host page's own content after the widget, not inside it.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('kinderwerk-kaart');
    await page.context().close();
  });

  it('meets the filters before the list/map toggle on a phone, as they are shown', async () => {
    const page = await openDemo(360);
    const order = await page.evaluate(() => {
      const root = document.querySelector('kinderwerk-kaart')!.shadowRoot!;
      const filters = root.querySelector('.kwk-filters button')!;
      const toggle = root.querySelector('.kwk-view-toggle button')!;
      return filters.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING ? 'filters first' : 'toggle first';
    });
    expect(order).toBe('filters first');
    await page.context().close();
  });

  it('lets the host page choose the level of the widget title', async () => {
    const page = await newPage(browser, { width: 1280 });
    await page.goto(`${server.origin}/level3`);
    await waitForResults(page);
    expect(await page.locator(`${WIDGET} .kwk-app__title`).evaluate((element) => element.tagName)).toBe('H3');
    expect(await page.locator(`${WIDGET} .kwk-section__title`).first().evaluate((element) => element.tagName)).toBe('H5');
    await page.context().close();
  });
});
