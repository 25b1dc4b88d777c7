/**
 * What makes a kinderwerker use the popup every day (issue 12), in the real unpacked
 * extension in a 400 × 600 popup on the example data that ships inside it: pinned
 * buurten that the popup opens on, the summary in the parent's language, and a link
 * to the buurt on the municipality's own map, set on the options page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/browser';
import { scanExtensionPage } from './axe';
import { noteCopies } from './clipboard';

const nl = t('nl');
const POPUP = { width: 400, height: 600 };


let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension(EXTENSION_DIR, { locale: 'nl-NL' }));
  const popup = await openPopup();
  await popup.getByRole('button', { name: nl.extension.tryExample }).click();
  await popup.getByLabel(nl.extension.searchLabel).waitFor();
  await popup.close();
}, 60_000);

afterAll(async () => {
  await context?.close();
});

async function openPopup(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

const areaTitle = (popup: Page) => popup.locator('.kwk-popup-area').getByRole('heading', { level: 2 });

async function chooseArea(popup: Page, name: string): Promise<void> {
  await popup.getByLabel(nl.extension.searchLabel).fill(name);
  await popup.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
  await expect.poll(() => areaTitle(popup).innerText()).toBe(name);
}

async function storedPins(popup: Page): Promise<unknown> {
  return popup.evaluate(async () => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { pinnedAreas?: unknown }>> } } } }).chrome.storage.local;
    return (await storage.get('settings')).settings.pinnedAreas;
  });
}

describe('pinned buurten', () => {
  it('pins a buurt, opens the next popup on it with a one-tap button, and unpins it', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Filmwijk');
    const pin = popup.getByRole('button', { name: nl.extension.pinArea, exact: true });
    expect(await pin.getAttribute('aria-pressed')).toBe('false');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => storedPins(popup)).toEqual(['BU00340202']);
    await popup.close();

    const next = await openPopup();
    await expect.poll(() => areaTitle(next).innerText()).toBe('Filmwijk');
    const pinned = next.getByRole('navigation', { name: nl.extension.pinnedAreas });
    expect(await pinned.getByRole('button').allInnerTexts()).toEqual(['Filmwijk']);
    await chooseArea(next, 'Parkwijk');
    await pinned.getByRole('button', { name: 'Filmwijk' }).click();
    await expect.poll(() => areaTitle(next).innerText()).toBe('Filmwijk');
    expect((await scanExtensionPage(next)).violations).toEqual([]);
    await next.getByRole('button', { name: nl.extension.pinArea, exact: true }).click();
    await expect.poll(() => storedPins(next)).toEqual([]);
    await next.close();

    const last = await openPopup();
    await last.getByText(nl.extension.chooseArea).waitFor();
    await last.close();
  });
});


describe("the summary in the parent's language", () => {
  it('copies an English summary from the Dutch popup', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Filmwijk');
    const copied = await noteCopies(popup);
    await popup.getByLabel(nl.extension.summaryLanguage).selectOption('en');
    await popup.getByRole('button', { name: nl.extension.copySummary }).click();
    await popup.getByText(nl.extension.copied).waitFor();
    const summary = await copied();
    expect(summary).toMatch(/^Kinderwerk in Filmwijk \(Almere\)\n/);
    expect(summary).toMatch(/\nWhen: /);
    expect(summary).not.toMatch(/Wanneer/);
    expect((await scanExtensionPage(popup)).violations).toEqual([]);
    await popup.close();
  });
});

describe("a link to the buurt on the municipality's map", () => {
  it('is set per feed on the options page and ends the copied summary', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const field = options.getByLabel(nl.options.widgetPage);
    await field.fill('http://www.almere.example/kinderwerk');
    await options.getByRole('button', { name: nl.options.widgetPageSave }).click();
    await options.getByText(nl.options.widgetPageInvalid).waitFor();
    await field.fill('https://www.almere.example/kinderwerk');
    await options.getByRole('button', { name: nl.options.widgetPageSave }).click();
    await options.getByText(nl.options.saved, { exact: true }).waitFor();
    expect((await scanExtensionPage(options)).violations).toEqual([]);
    await options.close();

    const popup = await openPopup();
    await chooseArea(popup, 'Filmwijk');
    const copied = await noteCopies(popup);
    await popup.getByRole('button', { name: nl.extension.copySummary }).click();
    await popup.getByText(nl.extension.copied).waitFor();
    expect(await copied()).toMatch(/\n\nOp de kaart: https:\/\/www\.almere\.example\/kinderwerk#kwk:area=BU00340202$/);
    // Desktop Chromium on Linux has no share sheet: no button that would do nothing.
    const canShare = await popup.evaluate(() => typeof navigator.share === 'function');
    expect(await popup.getByRole('button', { name: nl.extension.share, exact: true }).count()).toBe(canShare ? 1 : 0);
    await popup.close();
  });
});
