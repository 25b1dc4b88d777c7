/**
 * The widget on a page with a strict Content-Security-Policy (no 'unsafe-inline', no
 * 'unsafe-eval', images only from the page's own origin), sent as an HTTP header by the
 * demo server: using it must not cause a single `securitypolicyviolation`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { STRICT_CSP, startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { WIDGET, newPage, waitForResults } from './widget-page';

const nl = t('nl');

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Opens a page that records every CSP violation, from before the first script runs. */
async function openWatched(path: string, width = 1280): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await newPage(browser, { width });
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen, enumerable: false });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const response = await page.goto(demo.url + path.replace(/^\//, ''));
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  await waitForResults(page);
  return {
    page,
    violations: async () => [
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
      ...consoleReports,
    ],
  };
}

/** What a visitor does: filter, open details, zoom the map, close details. */
async function useTheWidget(page: Page): Promise<void> {
  await page.getByLabel(nl.filters.age).selectOption('7');
  await page.locator(`${WIDGET} .kwk-item__open`).first().click();
  await page.locator(`${WIDGET} .kwk-details`).waitFor();
  // The panel takes focus (and starts listening for Esc) in an effect just after it appears.
  await page.waitForFunction(() => document.querySelector('kinderwerk-kaart')?.shadowRoot?.activeElement?.classList.contains('kwk-details__title'));
  await page.keyboard.press('Escape');
  await page.locator(`${WIDGET} .kwk-details`).waitFor({ state: 'detached' });
  await page.locator(`${WIDGET} .leaflet-control-zoom-in`).click();
  await page.locator(`${WIDGET} .leaflet-tile-loaded`).first().waitFor();
}

describe('on a page with a strict Content-Security-Policy', () => {
  it('the ES module build runs without a single violation, tiles and all', async () => {
    const { page, violations } = await openWatched('/');
    await useTheWidget(page);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('the classic build runs without a single violation', async () => {
    const { page, violations } = await openWatched('/classic.html');
    await useTheWidget(page);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('a phone-sized widget switching between list and map causes no violation either', async () => {
    const { page, violations } = await openWatched('/', 360);
    await page.getByRole('button', { name: nl.app.showMap }).click();
    await page.locator(`${WIDGET} .leaflet-tile-loaded`).first().waitFor();
    await page.getByRole('button', { name: nl.app.showList }).click();
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
