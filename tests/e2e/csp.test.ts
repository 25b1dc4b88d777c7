/**
 * The widget on a page with a strict Content-Security-Policy (no 'unsafe-inline', no
 * 'unsafe-eval', images only from the page's own origin), sent as an HTTP header by the
 * demo server: using it must not cause a single `securitypolicyviolation`, wide and then
 * narrowed to a phone's width on the same page. The same with Trusted Types enforced and
 * no policy allowed at all (`trusted-types 'none'`). Each test loads its page afresh in the
 * file's one tab.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { STRICT_CSP, startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { reusedTab } from './reused-tab';
import { WIDGET, newPage, waitForResults } from './widget-page';

const nl = t('nl');

let demo: DemoServer;
let browser: Browser;
const tab = reusedTab(() => newPage(browser));

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await tab.close();
  await browser?.close();
  await demo?.close();
});

/** The strictest Trusted Types policy a host can set: HTML, script and script URLs only through policies, and no policy allowed. */
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

const WIDE = { width: 1280, height: 900 };

interface WatchedPage { page: Page; violations: () => Promise<string[]> }

/** Opens a page that records every CSP violation, from before the first script runs. */
async function openWatched(path: string, csp = STRICT_CSP): Promise<WatchedPage> {
  const url = demo.url + path.replace(/^\//, '');
  const consoleReports: string[] = [];
  let policy: string | undefined;
  const page = await tab.open(url, {
    ...WIDE,
    async prepare(page) {
      // The demo server sends the strict policy; a stricter one replaces it on the page itself.
      if (csp !== STRICT_CSP) {
        await page.route(url, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
        });
      }
      // The policy the page itself arrived with (tab.open does not hand back the response).
      page.on('response', (response) => {
        if (response.url() === url) policy = response.headers()['content-security-policy'];
      });
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
    },
  });
  expect(policy).toBe(csp);
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
  });

  it('the classic build runs without a single violation', async () => {
    const { page, violations } = await openWatched('/classic.html');
    await useTheWidget(page);
    expect(await violations()).toEqual([]);
  });

  it('a phone-sized widget switching between list and map causes no violation either', async () => {
    // Opened wide, then narrowed to a phone's width.
    const { page, violations } = await openWatched('/');
    await page.setViewportSize({ width: 360, height: WIDE.height });
    // The phone layout: the list first, with the toggle to the map.
    const showMap = page.getByRole('button', { name: nl.app.showMap });
    await showMap.waitFor();
    await page.locator(`${WIDGET} .leaflet-tile-loaded`).first().waitFor({ state: 'hidden' });
    await showMap.click();
    await page.locator(`${WIDGET} .leaflet-tile-loaded`).first().waitFor();
    await page.getByRole('button', { name: nl.app.showList }).click();
    await waitForResults(page);
    expect(await violations()).toEqual([]);
    // And wide again: the toggle goes, list and map side by side.
    await page.setViewportSize(WIDE);
    await showMap.waitFor({ state: 'hidden' });
  });

  it.each(['/', '/classic.html'])('%s runs where Trusted Types are enforced and no policy is allowed, without a single violation', async (path) => {
    const { page, violations } = await openWatched(path, TRUSTED_TYPES_CSP);
    await useTheWidget(page);
    expect(await page.locator(`${WIDGET} .leaflet-marker-icon`).count()).toBeGreaterThan(0);
    // The zoom buttons keep the face Leaflet gives them, built without an HTML string.
    expect(await page.locator(`${WIDGET} .leaflet-control-zoom-in`).evaluate((link) => link.innerHTML)).toBe('<span aria-hidden="true">+</span>');
    expect(await page.locator(`${WIDGET} .leaflet-control-zoom-out`).innerText()).toBe('\u2212');
    expect(await violations()).toEqual([]);
  });
});
