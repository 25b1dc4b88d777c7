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
import { reusedTab, type ReusedTab } from './reused-tab';
import {
  WIDGET, listItemCount, markerCount, newPage, offersOnMap, polygonCount, resultTotal, waitForResults,
} from './widget-page';

const nl = t('nl');
const REGENBOOGBUURT = 'BU00340309';
const VOETBAL = { id: 'alm-act-voetbal-de-wierden', name: 'Voetbal op het plein' };

let demo: DemoServer;
let browser: Browser;
/** One tab for the file: each load in it starts fresh, as a first visit. */
let tab: ReusedTab;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
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
 * The demo page at a width (1280 px unless given), loaded afresh in the file's tab and ready
 * for a visitor: the list (or, on a link to chosen details, those details) and on a wide
 * screen the map's markers.
 */
async function openDemo(options: { width?: number; hash?: string } = {}): Promise<Page> {
  const width = options.width ?? 1280;
  const page = await tab.open(demo.url + (options.hash ?? ''), { width });
  // A link to chosen details opens them in the list's place: wait for those instead.
  if (options.hash?.includes('sel=')) await page.locator(`${WIDGET} .kwk-details`).waitFor();
  else await waitForResults(page);
  // The markers follow the data a moment after the list (on a phone, behind the toggle).
  if (width >= 900) await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
  return page;
}

describe('the widget on the demo page', () => {
  describe('as it loads, on a wide screen', () => {
    // One wide page, loaded once, for the tests that start from the page as it loads: each puts
    // back the filters, details or address it changes. Choosing a buurt moves the map, which no
    // filter puts back, so the tests that choose one load the page for themselves, as do the
    // link and the phone, which are about a first load.
    let page: Page;

    beforeAll(async () => {
      page = await openDemo();
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

    it('lays out only the cards near the view on screen, and every card on paper', async () => {
      // Cards out of view skip styling and layout (content-visibility), so typing stays quick;
      // their text is still in the page for search and screen readers.
      const last = page.locator(`${WIDGET} .kwk-item .kwk-item__open`).last();
      expect((await last.textContent())?.trim()).not.toBe('');
      expect(await last.innerText()).toBe('');
      await page.emulateMedia({ media: 'print' });
      try {
        await expect.poll(async () => (await last.innerText()).trim()).not.toBe('');
      } finally {
        await page.emulateMedia({ media: null });
      }
    });

    it('follows a changed link on the same page, and leaves the host page\'s own anchors alone', async () => {
      const all = await resultTotal(page);
      await page.evaluate(() => (location.hash = '#kwk:age=5'));
      await expect.poll(() => resultTotal(page)).toBeLessThan(all);
      await page.evaluate(() => (location.hash = '#contact'));
      await page.getByLabel(nl.filters.age).selectOption('');
      await expect.poll(() => resultTotal(page)).toBe(all);
      expect(new URL(page.url()).hash).toBe('#contact');
      // The host's anchor goes again (no hashchange: the widget's state is as it loaded), so the
      // next test's filters write their own link.
      await page.evaluate(() => history.replaceState(history.state, '', location.pathname + location.search));
    });
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
  });

  it('opens the same view from a link: buurt, age and the chosen activity', async () => {
    const linked = await openDemo({ hash: `#kwk:area=BU00340108&age=8&sel=activity:${VOETBAL.id}` });
    const details = linked.locator(`${WIDGET} .kwk-details`);
    await details.waitFor({ state: 'visible' });
    expect(await details.locator('.kwk-details__title').innerText()).toBe(VOETBAL.name);
    expect(await linked.getByLabel(nl.filters.age).inputValue()).toBe('8');
    expect(await linked.locator(`${WIDGET} .kwk-count`).innerText()).toContain('De Wierden');
  });

  it('puts the list first on a phone, with the map one tap away', async () => {
    const phone = await openDemo({ width: 360 });
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
    const page = await openDemo();
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
