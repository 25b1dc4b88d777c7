/**
 * A parent's path through the widget by keyboard and screen reader: Dutch feed texts
 * marked as Dutch under an English widget, skip links, the order of filters and
 * toggle, and the level of the widget's title. parent-journey.test.ts has the rest.
 * Each test loads its page afresh in the file's one tab.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { details, focused, parentPages } from './parent-pages';
import { WIDGET, waitForResults } from './widget-page';

const nl = t('nl');
const pages = parentPages();

describe('an English widget on a Dutch feed', () => {
  it('marks the Dutch feed texts as Dutch, so a screen reader reads them with a Dutch voice', async () => {
    const page = await pages.open('/english', 1280);
    await waitForResults(page);
    const opener = page.locator(`${WIDGET} .kwk-item__open`).first();
    expect(await opener.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
    // The widget's own words stay English.
    expect(await page.locator(`${WIDGET} .kwk-app`).getAttribute('lang')).toBe('en');
    await opener.click();
    await details(page).waitFor({ state: 'visible' });
    expect(await details(page).locator('.kwk-details__title').getAttribute('lang')).toBe('nl');
    expect(await details(page).locator('.kwk-details__prose').first().evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
  });
});

describe('a parent using the keyboard', () => {
  it('lets the host page choose the level of the widget title', async () => {
    const page = await pages.open('/level3', 1280);
    await waitForResults(page);
    expect(await page.locator(`${WIDGET} .kwk-app__title`).evaluate((element) => element.tagName)).toBe('H3');
    expect(await page.locator(`${WIDGET} .kwk-section__title`).first().evaluate((element) => element.tagName)).toBe('H5');
  });

  it('meets the filters before the list/map toggle on a phone, as they are shown', async () => {
    const page = await pages.openDemo(360);
    const order = await page.evaluate(() => {
      const root = document.querySelector('kinderwerk-kaart')!.shadowRoot!;
      const filters = root.querySelector('.kwk-filters button')!;
      const toggle = root.querySelector('.kwk-view-toggle button')!;
      return filters.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING ? 'filters first' : 'toggle first';
    });
    expect(order).toBe('filters first');
  });

  it('can skip the long list to the map, and skip the whole widget', async () => {
    const page = await pages.openDemo(360);
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
  });
});
