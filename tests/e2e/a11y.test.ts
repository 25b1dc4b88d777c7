/**
 * axe-core (WCAG 2.1 A and AA rules) inside the widget's shadow root on the demo page,
 * in every state a visitor meets: wide, phone list, phone map, filters open, type-ahead
 * open, details open, nothing found. Each scan must find no violations and must have
 * checked something: a scan of nothing always passes. One demo page serves every state:
 * each test brings it to its state and back to the wide list it started from, and the
 * phone states come from narrowing that page to 360 px, as a visitor sees them there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { expectAccessible, injectAxe } from './axe';
import { WIDGET, openPage, waitForResults } from './widget-page';

const nl = t('nl');
const WIDE = { width: 1280, height: 900 };
let demo: DemoServer;
let browser: Browser;
let demoPage: Promise<Page> | undefined;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  if (demoPage) await (await demoPage).context().close();
  await browser?.close();
  await demo?.close();
});

/** The wide demo page with its first results and axe ready, opened once by whichever test comes first. */
function openDemo(): Promise<Page> {
  demoPage ??= (async () => {
    // The demo's CSP would block the injected axe script; the widget itself needs no bypass (csp.test.ts).
    const page = await openPage(browser, demo.url, { width: WIDE.width, height: WIDE.height, bypassCSP: true });
    await waitForResults(page);
    await injectAxe(page);
    return page;
  })();
  return demoPage;
}

describe('accessibility of the widget (axe-core, WCAG 2.1 A/AA)', () => {
  it('has no violations on a wide screen with map and list', async () => {
    const page = await openDemo();
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await expectAccessible(page);
  });

  it('has no violations with details open', async () => {
    const page = await openDemo();
    await page.locator(`${WIDGET} .kwk-item__open`).first().click();
    await page.locator(`${WIDGET} .kwk-details`).waitFor();
    await expectAccessible(page);

    await page.locator(`${WIDGET} .kwk-details__close`).click();
    await page.locator(`${WIDGET} .kwk-details`).waitFor({ state: 'detached' });
  });

  it('has no violations when nothing matches the filters', async () => {
    const page = await openDemo();
    const text = page.getByLabel(nl.filters.text);
    await text.fill('zzzzzz geen resultaat');
    await page.locator(`${WIDGET} .kwk-empty`).waitFor();
    await expectAccessible(page);

    await text.fill('');
    await page.locator(`${WIDGET} .kwk-empty`).waitFor({ state: 'detached' });
    await waitForResults(page);
  });

  it('has no violations with the buurt type-ahead open', async () => {
    const page = await openDemo();
    const area = page.getByRole('combobox', { name: nl.filters.area });
    await area.fill('wijk');
    await page.getByRole('option').first().waitFor();
    await expectAccessible(page);

    // Nothing chosen: emptied and closed, no buurt filters the list.
    await area.fill('');
    await area.press('Escape');
    await page.getByRole('option').first().waitFor({ state: 'hidden' });
    expect(await area.getAttribute('aria-expanded')).toBe('false');
    await waitForResults(page);
  });

  it('has no violations on a phone, in the list, with filters open, and on the map', async () => {
    const page = await openDemo();
    await page.setViewportSize({ width: 360, height: WIDE.height });
    // The phone layout: the list with the toggle to the map, the filters folded away.
    const showMap = page.getByRole('button', { name: nl.app.showMap });
    await showMap.waitFor();
    await waitForResults(page);
    await expectAccessible(page);

    const filtersToggle = page.locator(`${WIDGET} .kwk-filters__toggle`);
    await filtersToggle.click();
    await page.locator(`${WIDGET} .kwk-filters__panel--open`).waitFor();
    await expectAccessible(page);

    await showMap.click();
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await expectAccessible(page);

    // Back to the wide list the other tests start from.
    await page.getByRole('button', { name: nl.app.showList }).click();
    await filtersToggle.click();
    await page.locator(`${WIDGET} .kwk-filters__panel--open`).waitFor({ state: 'detached' });
    await page.setViewportSize(WIDE);
    await showMap.waitFor({ state: 'hidden' });
    await waitForResults(page);
  });
});
