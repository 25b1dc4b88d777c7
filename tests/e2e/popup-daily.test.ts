/**
 * What makes a kinderwerker use the popup every day (issue 12), in the real unpacked
 * extension in a 400 × 600 popup on the example data that ships inside it: pinned
 * buurten that the popup opens on, the summary in the parent's language, and a link
 * to the buurt on the municipality's own map, set on the options page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchWithExtension } from '../helpers/browser';

const nl = t('nl');
// KWK_EXTENSION_DIR: a copy of the build, when other work may rebuild .output meanwhile.
const EXTENSION = resolve(process.env.KWK_EXTENSION_DIR ?? '.output/chrome-mv3');
const POPUP = { width: 400, height: 600 };
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** WCAG 2.1 A and AA violations on the whole popup page. */
async function axeViolations(page: Page): Promise<string[]> {
  // The extension's CSP forbids injected scripts; evaluating through DevTools is not subject to it.
  await page.evaluate(`${AXE}\n;void 0`);
  return page.evaluate(async () => {
    type AxeRule = { id: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeRule[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
}

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
    expect(await axeViolations(next)).toEqual([]);
    await next.getByRole('button', { name: nl.extension.pinArea, exact: true }).click();
    await expect.poll(() => storedPins(next)).toEqual([]);
    await next.close();

    const last = await openPopup();
    await last.getByText(nl.extension.chooseArea).waitFor();
    await last.close();
  });
});

/** Headless Chromium grants no clipboard reading to an extension page: note what is written. */
async function noteCopies(popup: Page): Promise<() => Promise<string>> {
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      document.documentElement.dataset.copied = text;
      return write(text);
    };
  });
  return async () => (await popup.evaluate(() => document.documentElement.dataset.copied)) ?? '';
}

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
    expect(await axeViolations(popup)).toEqual([]);
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
    expect(await axeViolations(options)).toEqual([]);
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
