/**
 * A kinderwerker's day in the popup (issue 12), in the real unpacked extension in
 * a 400 × 600 popup, on the example data that ships inside it: copy a summary for
 * a parent, search with a typo or a postcode area, and look up text selected on a
 * page (an address, a sentence) as the context menu hands it over.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedInput } from '../../lib/feed/schema';
import { t } from '../../lib/i18n';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/browser';
import { scanExtensionPage } from './axe';
import { noteCopies } from './clipboard';
import { startTestServer, type TestServer } from '../helpers/server';

const nl = t('nl');
const POPUP = { width: 400, height: 600 };

const ALMERE = JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')) as FeedInput;

/** `POINT(lon lat)` of a location of the example feed in that buurt, as PDOK writes a postcode's centre. */
const pointIn = (buurtCode: string) => {
  const location = ALMERE.locations!.find((l) => l.buurtCode === buurtCode)!;
  return `POINT(${location.longitude} ${location.latitude})`;
};

let context: BrowserContext;
let extensionId: string;
let pdok: TestServer;

beforeAll(async () => {
  // A stand-in for the PDOK Locatieserver: postcode area 1325 spans Filmwijk and Muziekwijk Noord.
  pdok = await startTestServer();
  pdok.route('/locatieserver/free', (req, res) => {
    const params = new URL(req.url ?? '', pdok.origin).searchParams;
    const docs = params.getAll('fq').includes('postcode:1325*')
      ? [pointIn('BU00340202'), pointIn('BU00340202'), pointIn('BU00340212')].map((centroide_ll) => ({ centroide_ll }))
      : params.get('q') === '1325RB' ? [{ centroide_ll: pointIn('BU00340202') }] : [];
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify({ response: { numFound: docs.length, docs } }));
  });
  ({ context, extensionId } = await launchWithExtension(EXTENSION_DIR, { locale: 'nl-NL' }));
  const popup = await openPopup();
  await popup.getByRole('button', { name: nl.extension.tryExample }).click();
  await popup.getByLabel(nl.extension.searchLabel).waitFor();
  await popup.evaluate(async (endpoint) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, object>>; set(items: object): Promise<void> } } } }).chrome.storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...settings, lookupEndpoint: endpoint } });
  }, `${pdok.origin}/locatieserver/free`);
  await popup.close();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await pdok?.close();
});

async function openPopup(query = '', options: { now?: Date } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP);
  // Dates in a summary follow the clock: a test that reads them fixes it.
  if (options.now) await page.clock.setFixedTime(options.now);
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
    // A Wednesday morning: the coming week holds one Monday session. (Read on a Monday while
    // the session runs, the week also held next Monday's, and an earlier version of this test failed.)
    const popup = await openPopup('', { now: new Date('2026-12-02T10:00:00+01:00') });
    await chooseArea(popup, 'Filmwijk');
    const copied = await noteCopies(popup);
    await popup.getByRole('button', { name: nl.extension.copySummary }).click();
    await popup.getByText(nl.extension.copied).waitFor();
    const summary = await copied();
    const theater = summary.split('\n\n').find((block) => block.startsWith('Theaterclub De Filmsterren\n'));
    expect(theater).toContain(nl.summary.full);
    expect(theater).not.toMatch(/aanmelden/i);
    expect(theater).toContain('\nWanneer: ma 7 dec 15:00–16:30.\n');
    expect(summary).not.toContain(';');
    await popup.close();
  });
});

describe("the buurt's key figures for talks with the municipality", () => {
  it('gives children, places per day, waiting list and reach for the buurt looked up, with axe', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Filmwijk');
    const figures = popup.locator('.kwk-popup-figures');
    await figures.getByRole('heading', { name: nl.insight.figuresTitle('Filmwijk') }).waitFor();
    const labels = await figures.locator('dt').allInnerTexts();
    expect(labels.map((label) => label.replace(/ \(.*\)$/, ''))).toEqual([
      nl.insight.measures.children, nl.insight.measures.placesPerDay, nl.insight.measures.waitingList, nl.insight.measures.reachChildren,
    ]);
    const inFilmwijk = ALMERE.huiskamers!.filter((h) => ALMERE.locations!.find((l) => l.id === h.locationId)?.buurtCode === 'BU00340202');
    const values = await figures.locator('dd').allInnerTexts();
    expect(values[1]).toBe(String(inFilmwijk.reduce((sum, h) => sum + h.placesPerDay, 0)));
    expect(values[2]).toBe(String(inFilmwijk.reduce((sum, h) => sum + (h.waitingList?.count ?? 0), 0)));
    const scan = await scanExtensionPage(popup);
    expect(scan.violations).toEqual([]);
    await popup.close();
  });
});

describe('for one child', () => {
  it('narrows the buurt and the copied summary to what suits one child', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Filmwijk');
    await popup.locator('.kwk-popup-child summary').click();
    await popup.getByLabel(nl.filters.age).selectOption('7');
    await popup.getByLabel(nl.filters.walkInOnlyLong).check();
    const items = popup.locator('.kwk-popup-area .kwk-list button[data-kwk-opens]');
    // Text, not innerText: a card out of view is not laid out (content-visibility).
    await expect.poll(async () => (await items.allTextContents()).map((name) => name.trim())).toEqual(['Voetbal Filmwijk']);
    const copied = await noteCopies(popup);
    await popup.getByRole('button', { name: nl.extension.copySummary }).click();
    await popup.getByText(nl.extension.copied).waitFor();
    const summary = await copied();
    expect(summary.split('\n')[1]).toBe(nl.summary.narrowed('voor een kind van 7 jaar en zonder aanmelden'));
    expect(summary).toContain('Voetbal Filmwijk');
    expect(summary).not.toMatch(/Theaterclub|Huiskamer De Vlinder/);
    expect((await scanExtensionPage(popup)).violations).toEqual([]);
    await popup.close();
  });
});

describe('a search that finds nothing, or more than one buurt', () => {
  const status = (popup: Page) => popup.locator('.kwk-popup-search [role=status]');
  const choices = (popup: Page) => popup.locator('.kwk-popup-search__match .kwk-popup-search__name').allInnerTexts();

  async function submit(popup: Page, query: string): Promise<void> {
    const field = popup.getByLabel(nl.extension.searchLabel);
    await field.fill(query);
    await field.press('Enter');
  }

  it('says nothing was found for a typo, offers the closest name and no longer shows the previous buurt', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Parkwijk');
    await submit(popup, 'Filmwijck');
    await expect.poll(() => status(popup).innerText()).toBe(nl.extension.nothingFound('Filmwijck'));
    expect(await choices(popup)).toEqual(['Filmwijk']);
    await expect.poll(() => popup.locator('.kwk-popup-area').count()).toBe(0);
    expect((await scanExtensionPage(popup)).violations).toEqual([]);
    await popup.getByRole('button', { name: /^Filmwijk/ }).click();
    await expect.poll(() => areaTitle(popup).innerText()).toBe('Filmwijk');
    await popup.close();
  });

  it('says nothing was found for a nonsense word', async () => {
    const popup = await openPopup();
    await submit(popup, 'qqqzzz');
    await expect.poll(() => status(popup).innerText()).toContain(nl.extension.nothingFound('qqqzzz'));
    await popup.close();
  });

  it('takes 1325 as a postcode area and offers its buurten', async () => {
    const popup = await openPopup();
    await chooseArea(popup, 'Parkwijk');
    await submit(popup, '1325');
    await expect.poll(() => status(popup).innerText()).toBe(nl.extension.postcodeAreaSeveral('1325'));
    expect(await choices(popup)).toEqual(['Filmwijk', 'Muziekwijk Noord']);
    expect(await popup.locator('.kwk-popup-area').count()).toBe(0);
    await popup.close();
  });
});

describe('the lookup the context menu opens with selected text', () => {
  // The background opens popup.html?q=<selection>&tab=1 in a tab (tests/extension/background.test.ts).
  const lookupFor = (selection: string) => openPopup(`?q=${encodeURIComponent(selection)}&tab=1`);
  const status = (popup: Page) => popup.locator('.kwk-popup-search [role=status]');

  it('finds the buurt of the postcode in a selected address', async () => {
    const popup = await lookupFor('Greta Garbostraat 3, 1325 RB Almere');
    await expect.poll(() => areaTitle(popup).innerText()).toBe('Filmwijk');
    expect(await status(popup).innerText()).toBe(nl.extension.postcodeFound('1325 RB', 'Filmwijk'));
    await popup.close();
  });

  it('finds the buurt a selected sentence names', async () => {
    const popup = await lookupFor('Er is veel te doen in de Filmwijk voor kinderen');
    await expect.poll(() => areaTitle(popup).innerText()).toBe('Filmwijk');
    await popup.close();
  });

  it('says so when the selection holds no postcode or buurt', async () => {
    const popup = await lookupFor('Lorem ipsum dolor sit amet');
    await expect.poll(() => status(popup).innerText()).toBe(nl.extension.nothingInText);
    expect(await popup.locator('.kwk-popup-area').count()).toBe(0);
    await popup.close();
  });
});
