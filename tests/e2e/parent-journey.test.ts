/**
 * A parent's path through the widget by touch: details that the phone's Back button
 * closes, a phone sheet that hides what it covers, a failed load said in every view,
 * details beside the map on a wide screen, and focus that comes back to the map marker
 * that opened them. axe runs in these states. parent-keyboard.test.ts has the rest.
 * Each test loads its page afresh in the file's one tab, at a phone's width or a wide one.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { expectAccessible } from './axe';
import { details, focused, parentPages } from './parent-pages';
import { WIDGET } from './widget-page';

const nl = t('nl');
const pages = parentPages();

describe('a parent on a phone', () => {
  it('closes the details with the Back button and stays on the page; Forward opens them again', async () => {
    const page = await pages.openDemo(360);
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

    // And Back closes them again.
    await page.goBack();
    await details(page).waitFor({ state: 'detached' });
  });

  it('shows a Terug button on the sheet, hides what the sheet covers from keyboard and screen reader', async () => {
    const page = await pages.openDemo(360);
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
  });

  it('says what went wrong on the map too when the data cannot be loaded', async () => {
    const page = await pages.open('/down', 360);
    const alert = page.locator(`${WIDGET} [role="alert"]`);
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain(nl.status.failedTitle);
    expect(await page.locator(`${WIDGET} .kwk-app__map`).isVisible()).toBe(true);
  });
});

describe('a parent on a wide screen', () => {
  it('sees the chosen place on the map beside the details, with nothing covered', async () => {
    const page = await pages.openDemo(1280);
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

    await page.keyboard.press('Escape');
    await details(page).waitFor({ state: 'detached' });
  });

  it('gives focus back to the map marker after Esc', async () => {
    const page = await pages.openDemo(1280);
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
  });
});
