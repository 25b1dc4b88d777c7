/**
 * A kinderwerker's day in the popup (issue 12), in the real unpacked extension in
 * a 400 × 600 popup, on the example data that ships inside it: copy a summary for
 * a parent, search with a typo, a postcode area or an address.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchWithExtension } from '../helpers/browser';

const nl = t('nl');
// KWK_EXTENSION_DIR: a copy of the build, when other work may rebuild .output meanwhile.
const EXTENSION = resolve(process.env.KWK_EXTENSION_DIR ?? '.output/chrome-mv3');
const POPUP = { width: 400, height: 600 };

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension(EXTENSION, { locale: 'nl-NL' }));
  const popup = await openPopup();
  await popup.getByRole('button', { name: nl.extension.tryExample }).click();
  await popup.getByLabel(nl.extension.searchLabel).waitFor();
  await popup.close();
}, 60_000);

afterAll(async () => {
  await context?.close();
});

async function openPopup(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP);
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return page;
}

const areaTitle = (popup: Page) => popup.locator('.kwk-popup-area').getByRole('heading', { level: 2 });

async function chooseArea(popup: Page, name: string): Promise<void> {
  await popup.getByLabel(nl.extension.searchLabel).fill(name);
  await popup.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
  await expect.poll(() => areaTitle(popup).innerText()).toBe(name);
}

describe('the summary a kinderwerker copies for a parent', () => {
  it('says a full activity is full and gives real dates', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Filmwijk');
    // Headless Chromium grants no clipboard reading to an extension page: note what is written.
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text) => {
        document.documentElement.dataset.copied = text;
        return write(text);
      };
    });
    await popup.getByRole('button', { name: nl.extension.copySummary }).click();
    await popup.getByText(nl.extension.copied).waitFor();
    const summary = (await popup.evaluate(() => document.documentElement.dataset.copied)) ?? '';
    const theater = summary.split('\n\n').find((block) => block.startsWith('Theaterclub De Filmsterren\n'));
    expect(theater).toContain(nl.summary.full);
    expect(theater).not.toMatch(/aanmelden/i);
    expect(theater).toMatch(/\nWanneer: ma \d{1,2} [a-z]{3} 15:00–16:30\.\n/);
    expect(summary).not.toContain(';');
    await popup.close();
  });
});
