/**
 * The demo page of Gemeente Voorbeeldstad in real Chromium, as a parent uses it: the map
 * with buurten and places next to the list, filters that narrow both, details by
 * keyboard, links that reopen a view, and the narrow phone layout.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import {
  WIDGET, listItemCount, markerCount, offersOnMap, openPage, polygonCount, resultTotal, waitForResults,
} from './widget-page';

const nl = t('nl');
const REGENBOOGBUURT = 'BU00340309';
const VOETBAL = { id: 'alm-act-voetbal-de-wierden', name: 'Voetbal op het plein' };

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

/** The text of what has keyboard focus, looking inside shadow roots. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent ?? '';
  });
}

async function openDemo(options: { width?: number; hash?: string } = {}): Promise<Page> {
  const page = await openPage(browser, demo.url + (options.hash ?? ''), { width: options.width ?? 1280 });
  // A link to chosen details opens them in the list's place: wait for those instead.
  if (options.hash?.includes('sel=')) await page.locator(`${WIDGET} .kwk-details`).waitFor();
  else await waitForResults(page);
  // The markers follow the data a moment after the list (on a phone, behind the toggle).
  if ((options.width ?? 1280) >= 900) await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
  return page;
}

describe('the widget on the demo page', () => {
  it('shows the map with shaded buurten and places, and the list next to it', async () => {
    const page = await openDemo();
    expect(await polygonCount(page)).toBeGreaterThan(10);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(3);
    expect(await listItemCount(page)).toBeGreaterThan(5);
    expect(await resultTotal(page)).toBeGreaterThan(50);
    // Side by side on a wide screen: no toggle needed.
    await expect(page.locator(`${WIDGET} .kwk-app__map`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${WIDGET} .kwk-app__list`).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: nl.app.showMap }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('narrows both the map and the list to what suits a child of 5', async () => {
    const page = await openDemo();
    const listed = await resultTotal(page);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(3);
    const onMap = await offersOnMap(page);

    await page.getByLabel(nl.filters.age).selectOption('5');

    await expect.poll(() => resultTotal(page)).toBeLessThan(listed);
    expect(await resultTotal(page)).toBeGreaterThan(0);
    await expect.poll(() => offersOnMap(page)).toBeLessThan(onMap);
    expect(new URL(page.url()).hash).toContain('age=5');
    await page.context().close();
  });

  it('narrows both the map and the list to one buurt chosen by name', async () => {
    const page = await openDemo();
    const listed = await resultTotal(page);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(3);
    const places = await markerCount(page);

    const search = page.getByRole('combobox', { name: nl.filters.area });
    await search.fill('Regenboog');
    await page.getByRole('option', { name: /Regenboogbuurt/ }).first().click();

    await expect.poll(() => resultTotal(page)).toBeLessThan(listed);
    expect(await resultTotal(page)).toBeGreaterThan(0);
    await expect.poll(() => markerCount(page)).toBeLessThan(places);
    expect(await page.locator(`${WIDGET} .kwk-count`).innerText()).toContain('Regenboogbuurt');
    expect(new URL(page.url()).hash).toContain(`area=${REGENBOOGBUURT}`);
    await page.context().close();
  });

  it('opens details with Enter and closes them with Esc, giving focus back to the result', async () => {
    const page = await openDemo();
    const opener = page.locator(`${WIDGET} .kwk-item__open`).first();
    const name = await opener.innerText();
    await opener.focus();
    await page.keyboard.press('Enter');

    const details = page.locator(`${WIDGET} .kwk-details`);
    await details.waitFor({ state: 'visible' });
    expect(await details.locator('.kwk-details__title').innerText()).toBe(name);

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe(name);
    await page.context().close();
  });

  it('opens the same view from a link: buurt, age and the chosen activity', async () => {
    const page = await openDemo({ hash: `#kwk:area=BU00340108&age=8&sel=activity:${VOETBAL.id}` });
    const details = page.locator(`${WIDGET} .kwk-details`);
    await details.waitFor({ state: 'visible' });
    expect(await details.locator('.kwk-details__title').innerText()).toBe(VOETBAL.name);
    expect(await page.getByLabel(nl.filters.age).inputValue()).toBe('8');
    expect(await page.locator(`${WIDGET} .kwk-count`).innerText()).toContain('De Wierden');
    await page.context().close();
  });

  it('follows a changed link on the same page, and leaves the host page\'s own anchors alone', async () => {
    const page = await openDemo();
    const all = await resultTotal(page);
    await page.evaluate(() => (location.hash = '#kwk:age=5'));
    await expect.poll(() => resultTotal(page)).toBeLessThan(all);
    await page.evaluate(() => (location.hash = '#contact'));
    await page.getByLabel(nl.filters.age).selectOption('');
    await expect.poll(() => resultTotal(page)).toBe(all);
    expect(new URL(page.url()).hash).toBe('#contact');
    await page.context().close();
  });

  it('follows its attributes when the host page changes them: language and neighbourhood', async () => {
    const page = await openDemo();
    const widget = page.locator(WIDGET);
    await widget.evaluate((element) => element.setAttribute('lang', 'en'));
    await page.getByRole('heading', { name: t('en').app.title('Almere') }).waitFor();
    expect(await page.getByLabel(t('en').filters.age).isVisible()).toBe(true);

    await widget.evaluate((element, code) => element.setAttribute('neighbourhood', code), REGENBOOGBUURT);
    await expect.poll(() => page.locator(`${WIDGET} .kwk-count`).innerText()).toContain('Regenboogbuurt');
    await page.context().close();
  });

  it('puts the list first on a phone, with the map one tap away', async () => {
    const page = await openDemo({ width: 360 });
    const map = page.locator(`${WIDGET} .kwk-app__map`);
    const showMap = page.getByRole('button', { name: nl.app.showMap });
    expect(await page.locator(`${WIDGET} .kwk-app__list`).isVisible()).toBe(true);
    expect(await map.isVisible()).toBe(false);
    expect(await showMap.getAttribute('aria-pressed')).toBe('false');

    await showMap.click();
    await map.waitFor({ state: 'visible' });
    expect(await showMap.getAttribute('aria-pressed')).toBe('true');
    // The map's code is fetched when the map is first shown.
    await expect.poll(() => polygonCount(page)).toBeGreaterThan(10);
    // The page does not scroll sideways at 360 px (reflow).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});
