/**
 * axe-core (WCAG 2.1 A and AA rules) inside the widget's shadow root on the demo page,
 * in every state a visitor meets: wide, phone list, phone map, filters open, type-ahead
 * open, details open, nothing found. Each scan must find no violations and must have
 * checked something: a scan of nothing always passes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { t } from '../../lib/i18n';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { expectAccessible, injectAxe } from './axe';
import { WIDGET, openPage, waitForResults } from './widget-page';

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

async function openDemo(width: number): Promise<Page> {
  // The demo's CSP would block the injected axe script; the widget itself needs no bypass (csp.test.ts).
  const page = await openPage(browser, demo.url, { width, bypassCSP: true });
  await waitForResults(page);
  await injectAxe(page);
  return page;
}

describe('accessibility of the widget (axe-core, WCAG 2.1 A/AA)', () => {
  it('has no violations on a wide screen with map and list', async () => {
    const page = await openDemo(1280);
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations with details open', async () => {
    const page = await openDemo(1280);
    await page.locator(`${WIDGET} .kwk-item__open`).first().click();
    await page.locator(`${WIDGET} .kwk-details`).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations when nothing matches the filters', async () => {
    const page = await openDemo(1280);
    await page.getByLabel(nl.filters.text).fill('zzzzzz geen resultaat');
    await page.locator(`${WIDGET} .kwk-empty`).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations with the buurt type-ahead open', async () => {
    const page = await openDemo(1280);
    await page.getByRole('combobox', { name: nl.filters.area }).fill('wijk');
    await page.getByRole('option').first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations on a phone, in the list, with filters open, and on the map', async () => {
    const page = await openDemo(360);
    await expectAccessible(page);

    await page.locator(`${WIDGET} .kwk-filters__toggle`).click();
    await expectAccessible(page);

    await page.getByRole('button', { name: nl.app.showMap }).click();
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
