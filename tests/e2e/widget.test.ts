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
  WIDGET, listItemCount, markerCount, newPage, offersOnMap, polygonCount, resultTotal, waitForResults,
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

/**
 * The demo page at a width (1280 px unless given), ready for a visitor: the list (or, on a
 * link to chosen details, those details) and on a wide screen the map's markers. `beside`
 * loads it in a second tab of that page's context (its caches, as a visitor's second tab)
 * instead of a new context.
 */
async function openDemo(options: { width?: number; hash?: string; beside?: Page } = {}): Promise<Page> {
  const width = options.width ?? 1280;
  const page = options.beside ? await secondTab(options.beside, width) : await newPage(browser, { width });
  await page.goto(demo.url + (options.hash ?? ''));
  // A link to chosen details opens them in the list's place: wait for those instead.
  if (options.hash?.includes('sel=')) await page.locator(`${WIDGET} .kwk-details`).waitFor();
  else await waitForResults(page);
  // The markers follow the data a moment after the list (on a phone, behind the toggle).
  if (width >= 900) await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
  return page;
}

let second: Page | undefined;

/**
 * The second tab in the context of `other` (opened the first time), blank and `width` wide:
 * the next goto is a load of its own, even to the URL of the page before with another hash.
 * Errors in it fail loudly, as newPage's do.
 */
async function secondTab(other: Page, width: number): Promise<Page> {
  if (!second || second.isClosed()) {
    second = await other.context().newPage();
    second.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  }
  await second.goto('about:blank');
  await second.setViewportSize({ width, height: 900 });
  return second;
}

describe('the widget on the demo page', () => {
  // One wide page, loaded once, for the tests that start from the page as it loads: each puts
  // back the filters, details or language it changes. Choosing a buurt also moves the map, which
  // no filter puts back: the test that picks one by name has a load of its own, and the one that
  // sets the neighbourhood attribute comes last. The link and the phone are about a first load,
  // so they get loads of their own too (in a second tab of the same context).
  let page: Page;

  beforeAll(async () => {
    page = await openDemo();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('shows the map with shaded buurten and places, and the list next to it', async () => {
    expect(await polygonCount(page)).toBeGreaterThan(10);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(3);
    expect(await listItemCount(page)).toBeGreaterThan(5);
    expect(await resultTotal(page)).toBeGreaterThan(50);
    // Side by side on a wide screen: no toggle needed.
    await expect(page.locator(`${WIDGET} .kwk-app__map`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${WIDGET} .kwk-app__list`).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: nl.app.showMap }).isVisible()).resolves.toBe(false);
  });

  it('narrows both the map and the list to what suits a child of 5', async () => {
    const listed = await resultTotal(page);
    await expect.poll(() => markerCount(page)).toBeGreaterThan(3);
    const onMap = await offersOnMap(page);
    const age = page.getByLabel(nl.filters.age);

    await age.selectOption('5');

    await expect.poll(() => resultTotal(page)).toBeLessThan(listed);
    expect(await resultTotal(page)).toBeGreaterThan(0);
    await expect.poll(() => offersOnMap(page)).toBeLessThan(onMap);
    expect(new URL(page.url()).hash).toContain('age=5');

    // Any age again: everything is back, on the map as in the list.
    await age.selectOption('');
    await expect.poll(() => resultTotal(page)).toBe(listed);
    await expect.poll(() => offersOnMap(page)).toBe(onMap);
  });

  it('narrows both the map and the list to one buurt chosen by name', async () => {
    const tab = await openDemo({ beside: page });
    const listed = await resultTotal(tab);
    await expect.poll(() => markerCount(tab)).toBeGreaterThan(3);
    const places = await markerCount(tab);

    const search = tab.getByRole('combobox', { name: nl.filters.area });
    await search.fill('Regenboog');
    await tab.getByRole('option', { name: /Regenboogbuurt/ }).first().click();

    await expect.poll(() => resultTotal(tab)).toBeLessThan(listed);
    expect(await resultTotal(tab)).toBeGreaterThan(0);
    await expect.poll(() => markerCount(tab)).toBeLessThan(places);
    expect(await tab.locator(`${WIDGET} .kwk-count`).innerText()).toContain('Regenboogbuurt');
    expect(new URL(tab.url()).hash).toContain(`area=${REGENBOOGBUURT}`);
  });

  it('opens details with Enter and closes them with Esc, giving focus back to the result', async () => {
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
  });

  it('opens the same view from a link: buurt, age and the chosen activity', async () => {
    const linked = await openDemo({ hash: `#kwk:area=BU00340108&age=8&sel=activity:${VOETBAL.id}`, beside: page });
    const details = linked.locator(`${WIDGET} .kwk-details`);
    await details.waitFor({ state: 'visible' });
    expect(await details.locator('.kwk-details__title').innerText()).toBe(VOETBAL.name);
    expect(await linked.getByLabel(nl.filters.age).inputValue()).toBe('8');
    expect(await linked.locator(`${WIDGET} .kwk-count`).innerText()).toContain('De Wierden');
  });

  it('follows a changed link on the same page, and leaves the host page\'s own anchors alone', async () => {
    const all = await resultTotal(page);
    await page.evaluate(() => (location.hash = '#kwk:age=5'));
    await expect.poll(() => resultTotal(page)).toBeLessThan(all);
    await page.evaluate(() => (location.hash = '#contact'));
    await page.getByLabel(nl.filters.age).selectOption('');
    await expect.poll(() => resultTotal(page)).toBe(all);
    expect(new URL(page.url()).hash).toBe('#contact');
  });

  it('puts the list first on a phone, with the map one tap away', async () => {
    const phone = await openDemo({ width: 360, beside: page });
    const map = phone.locator(`${WIDGET} .kwk-app__map`);
    const showMap = phone.getByRole('button', { name: nl.app.showMap });
    expect(await phone.locator(`${WIDGET} .kwk-app__list`).isVisible()).toBe(true);
    expect(await map.isVisible()).toBe(false);
    expect(await showMap.getAttribute('aria-pressed')).toBe('false');

    await showMap.click();
    await map.waitFor({ state: 'visible' });
    expect(await showMap.getAttribute('aria-pressed')).toBe('true');
    // The map's code is fetched when the map is first shown.
    await expect.poll(() => polygonCount(phone)).toBeGreaterThan(10);
    // The page does not scroll sideways at 360 px (reflow).
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('follows its attributes when the host page changes them: language and neighbourhood', async () => {
    const all = await resultTotal(page);
    const widget = page.locator(WIDGET);
    await widget.evaluate((element) => element.setAttribute('lang', 'en'));
    await page.getByRole('heading', { name: t('en').app.title('Almere') }).waitFor();
    expect(await page.getByLabel(t('en').filters.age).isVisible()).toBe(true);

    await widget.evaluate((element, code) => element.setAttribute('neighbourhood', code), REGENBOOGBUURT);
    await expect.poll(() => page.locator(`${WIDGET} .kwk-count`).innerText()).toContain('Regenboogbuurt');

    // And back: Dutch again, and every buurt once the attribute is gone.
    await widget.evaluate((element) => element.setAttribute('lang', 'nl'));
    await page.getByRole('heading', { name: nl.app.title('Almere') }).waitFor();
    await widget.evaluate((element) => element.removeAttribute('neighbourhood'));
    await expect.poll(() => resultTotal(page)).toBe(all);
  });
});
