/**
 * The details panel in the extension's popup (400 × 600, the toolbar size): an
 * activity or a huiskamer opens as a sheet over the whole popup, as on a phone in
 * the widget, not as a side panel of half the width whose titles break per letter.
 * Uses the example data that ships inside the extension, so no feed server is needed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/browser';

const nl = t('nl');
const POPUP = { width: 400, height: 600 };

let context: BrowserContext;
let popup: Page;

beforeAll(async () => {
  let extensionId: string;
  ({ context, extensionId } = await launchWithExtension(EXTENSION_DIR, { locale: 'nl-NL' }));
  popup = await context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: nl.extension.tryExample }).click();
  await popup.getByLabel(nl.extension.searchLabel).fill('Filmwijk');
  await popup.getByRole('button', { name: /^Filmwijk/ }).first().click();
  await popup.locator('.kwk-popup-area').getByRole('heading', { name: 'Filmwijk', level: 2 }).waitFor();
}, 60_000);

afterAll(async () => {
  await context?.close();
});

/** Opens the first entry of the buurt's list whose key starts with `kind`, and returns the panel's box. */
async function openDetails(kind: 'activity' | 'huiskamer') {
  const opener = popup.locator(`.kwk-popup-area button[data-kwk-opens^="${kind}"]`).first();
  // Text, not innerText: a card out of view is not laid out (content-visibility).
  const name = ((await opener.textContent()) ?? '').trim();
  await opener.click();
  const title = popup.locator('.kwk-details__title');
  await expect.poll(() => title.innerText()).toBe(name);
  const box = await popup.locator('.kwk-details__sheet').boundingBox();
  const titleLines = await title.evaluate((heading) => Math.round(heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight)));
  await popup.keyboard.press('Escape');
  await popup.locator('.kwk-details').waitFor({ state: 'detached' });
  return { box, titleLines, name };
}

describe('the details panel in the 400 × 600 popup', () => {
  it.each([['an activity', 'activity'], ['a huiskamer', 'huiskamer']] as const)('opens %s over the whole width, its title on a line or two', async (_, kind) => {
    const { box, titleLines, name } = await openDetails(kind);
    expect(name.length).toBeGreaterThan(10);
    expect(box?.width).toBeGreaterThanOrEqual(POPUP.width * 0.9);
    // A title broken letter by letter took a line per few characters.
    expect(titleLines).toBeLessThanOrEqual(2);
  });
});
