/**
 * The municipality's view (`view="cijfers"`) in the built widget on the Almere demo feed
 * and a generated city feed of 60 buurten: one table row per buurt, figures that match what this test computes from the feed JSON
 * itself, sorting by keyboard, the CSV download, the Back button, axe, and the view's own
 * file loaded only when the figures are shown. All tests run in one tab, made fresh for each
 * page they open. The Almere figures are loaded once for the tests that read them (rows,
 * figures, download, print, axe wide and on a phone, sorting), and again only when another
 * page was opened in between: each brings the page back to how it opened (screen media,
 * width, order by name).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { feedPlan } from '../../scripts/generate/feed-plan';
import { generateFeed } from '../../scripts/generate/generate-feed';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { expectAccessible, injectAxe } from './axe';
import { reusedTab, type OpenOptions } from './reused-tab';
import { WIDGET, hostPage, newPage, tinyFeed, waitForResults } from './widget-page';

const nl = t('nl');
const ROWS = `${WIDGET} .kwk-insight-table tbody tr`;
let server: TestServer;
let browser: Browser;

interface Slot { byDay: string[]; startTime: string; endTime: string }
interface FeedActivity { programme?: string; locationId?: string; servesBuurten?: string[]; visits?: { buurtCode: string; byDay: string[] }[]; schedule: Slot[] }
interface FeedJson {
  locations: { id: string; buurtCode?: string }[];
  activities: FeedActivity[];
  huiskamers: { locationId: string; placesPerDay: number }[];
}
interface BuurtJson { code: string; name: string; children?: number }
const feed = JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')) as FeedJson;
const buurten = (JSON.parse(readFileSync('public/feeds/almere-buurten.geojson', 'utf8')) as {
  features: { properties: BuurtJson }[];
}).features.map((feature) => feature.properties);
// A generated city feed with its buurten inside, small enough for a quick test.
const city = generateFeed(feedPlan({ seed: '1', buurten: 60 })) as unknown as FeedJson & {
  neighbourhoods: { buurten: { features: { properties: BuurtJson }[] } };
};
const cityBuurten = city.neighbourhoods.buurten.features.map((feature) => feature.properties);

// The figures computed here from the feed, simply and on their own, to check the table by.
const hours = (time: string) => Number(time.slice(0, 2)) + Number(time.slice(3, 5)) / 60;

function figuresOf(feed: FeedJson) {
  const buurtOfLocation = new Map(feed.locations.map((location) => [location.id, location.buurtCode]));
  return { hoursPerWeek, placesPerThousand };

  function hoursPerWeek(code: string): number {
    let total = 0;
    for (const activity of feed.activities) {
      if (activity.programme === 'holiday') continue;
      const atLocation = activity.locationId !== undefined && buurtOfLocation.get(activity.locationId) === code;
      if (!atLocation && !activity.servesBuurten?.includes(code)) continue;
      const visitDays = atLocation ? [] : (activity.visits ?? []).filter((visit) => visit.buurtCode === code).flatMap((visit) => visit.byDay);
      for (const slot of activity.schedule) {
        const days = visitDays.length ? slot.byDay.filter((day) => visitDays.includes(day)) : slot.byDay;
        total += (hours(slot.endTime) - hours(slot.startTime)) * days.length;
      }
    }
    return total;
  }

  function placesPerThousand(code: string, children: number): number {
    const places = feed.huiskamers
      .filter((huiskamer) => buurtOfLocation.get(huiskamer.locationId) === code)
      .reduce((sum, huiskamer) => sum + huiskamer.placesPerDay, 0);
    return (places / children) * 1000;
  }
}

/** A Dutch number in a cell ("12,5", "1.234") as a number. */
const dutchNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/** The table shows one decimal: the figure it shows is the computed one, rounded. */
function expectShown(cell: string, computed: number, what: string): void {
  expect(Math.abs(dutchNumber(cell) - computed), `${what}: ${cell} for ${computed}`).toBeLessThanOrEqual(0.05 + 1e-9);
}

beforeAll(async () => {
  server = await startTestServer({ static: ['dist', 'public'] });
  const page = (attributes: Record<string, string>, classic = false) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { tiles: 'none', ...attributes }, classic }));
  };
  server.route('/cijfers', page({ feed: '/feeds/almere.json', view: 'cijfers' }));
  server.route('/tabs', page({ feed: '/feeds/almere.json', views: 'aanbod cijfers' }));
  server.route('/classic', page({ feed: '/feeds/almere.json', view: 'cijfers' }, true));
  server.route('/parents', page({ feed: '/feeds/almere.json' }));
  server.route('/city', page({ feed: '/city.json', view: 'cijfers' }));
  server.route('/city.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(city));
  });
  server.route('/hostile', page({ feed: '/hostile.json', view: 'cijfers' }));
  const hostile = tinyFeed([{}]) as { neighbourhoods: { buurten: { features: { properties: { name: string } }[] } } };
  hostile.neighbourhoods.buurten.features[0].properties.name = '=HYPERLINK("http://evil.example","klik")';
  hostile.neighbourhoods.buurten.features[1].properties.name = '@Zuid; "buurt"';
  server.route('/hostile.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(hostile));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await tab.close();
  await browser?.close();
  await server?.close();
});

const WIDE = { width: 1280, height: 900 };

/**
 * One tab for every test of this file. bypassCSP lets axe in; these host pages send no
 * Content-Security-Policy, so it changes nothing else.
 */
const tab = reusedTab(() => newPage(browser, { bypassCSP: true }));
/** The Almere figures as they opened, while they are what the tab shows. */
let almerePage: Page | undefined;

/** A page of the test server in the tab, made fresh. */
async function open(path: string, options: OpenOptions = {}): Promise<Page> {
  almerePage = undefined;
  return tab.open(new URL(path, server.url).href, { height: WIDE.height, ...options });
}

async function openFigures(path: string): Promise<Page> {
  const page = await open(path);
  await page.locator(ROWS).first().waitFor();
  return page;
}

/** The Almere figures, wide: loaded by the first test that reads them, and again only after another page. */
async function almereFigures(): Promise<Page> {
  if (almerePage) return almerePage;
  const page = await openFigures('/cijfers');
  almerePage = page;
  return page;
}

/** The bytes of a download (the browser runs elsewhere: save a copy here). */
async function downloaded(download: Download): Promise<Buffer> {
  const path = join(mkdtempSync(join(tmpdir(), 'kwk-csv-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

/** Waits for the view's lower part to lay out in this many columns: two on a wide widget, one on a phone (a container query). */
async function waitForColumns(page: Page, columns: number): Promise<void> {
  await page.waitForFunction((count) => {
    const more = document.querySelector('kinderwerk-kaart')?.shadowRoot?.querySelector('.kwk-insight__more');
    return !!more && getComputedStyle(more).gridTemplateColumns.split(' ').length === count;
  }, columns);
}

const rowOf = (page: Page, name: string) => page.locator(ROWS).filter({ has: page.getByRole('rowheader', { name, exact: true }) });

async function cellOf(page: Page, name: string, column: string): Promise<string> {
  const headers = await page.locator(`${WIDGET} .kwk-insight-table thead th`).allInnerTexts();
  const index = headers.findIndex((header) => header.startsWith(column));
  expect(index, `column ${column}`).toBeGreaterThan(0);
  return rowOf(page, name).locator('th, td').nth(index).innerText();
}

describe('the figures for the municipality (view="cijfers")', () => {
  it('has one table row per buurt in the feed, and the municipality as the last row', async () => {
    const page = await almereFigures();
    expect(await page.locator(ROWS).count()).toBe(buurten.length);
    const names = await page.locator(`${ROWS} th[scope="row"]`).allInnerTexts();
    expect(new Set(names)).toEqual(new Set(buurten.map((buurt) => buurt.name)));
    expect(await page.locator(`${WIDGET} .kwk-insight-table tfoot th`).innerText()).toBe('Hele gemeente Almere');
  });

  it('shows the hours per week and the places per 1,000 children the feed gives for sampled buurten', async () => {
    const page = await almereFigures();
    const { hoursPerWeek, placesPerThousand } = figuresOf(feed);
    const withHuiskamer = buurten.filter((buurt) => buurt.children && placesPerThousand(buurt.code, buurt.children) > 0);
    const withActivities = buurten.filter((buurt) => hoursPerWeek(buurt.code) > 0);
    const sample = [...withHuiskamer.slice(0, 3), ...withActivities.slice(0, 4), buurten[buurten.length - 1]];
    expect(withHuiskamer.length).toBeGreaterThan(0);
    for (const buurt of sample) {
      expectShown(await cellOf(page, buurt.name, nl.insight.measures.hoursPerWeek), hoursPerWeek(buurt.code), buurt.name);
      const per1000 = await cellOf(page, buurt.name, nl.insight.measures.placesPerThousandChildren);
      if (!buurt.children) expect(per1000).toBe(nl.insight.unknown);
      else expectShown(per1000, placesPerThousand(buurt.code, buurt.children), buurt.name);
    }
  });

  it('also downloads the Almere table with a line per buurt', async () => {
    const page = await almereFigures();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nl.insight.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kinderwerk-cijfers-almere-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await downloaded(download)).toString('utf8').split(/\r?\n/).filter((line) => line !== '');
    expect(lines).toHaveLength(1 + buurten.length);
  });

  it('prints every row under headers that repeat on each page, without buttons, map or the hint to sort', async () => {
    const page = await almereFigures();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator(`${WIDGET} .kwk-insight`).evaluate((view) => {
      const shown = (element: Element) => (element as HTMLElement).offsetParent !== null;
      return {
        rows: [...view.querySelectorAll('tbody tr')].filter(shown).length,
        headerGroup: getComputedStyle(view.querySelector('thead')!).display,
        controls: [...view.querySelectorAll('button, select')].filter((control) => shown(control) && !control.closest('thead')).length,
        arrows: [...view.querySelectorAll('thead [aria-hidden="true"]')].filter(shown).length,
        map: [...view.querySelectorAll('.kwk-insight-map')].filter(shown).length,
        text: (view as HTMLElement).innerText,
      };
    }).finally(() => page.emulateMedia({ media: null }));
    expect(printed.rows).toBe(buurten.length);
    // A table-header-group is printed again at the top of every page.
    expect(printed.headerGroup).toBe('table-header-group');
    expect(printed).toMatchObject({ controls: 0, arrows: 0, map: 0 });
    expect(printed.text).not.toContain(nl.insight.sortHint);
    expect(printed.text).toContain(nl.insight.smallNote);
  });

  it('has no axe violations, wide and on a phone', async () => {
    const page = await almereFigures();
    await injectAxe(page);
    await waitForColumns(page, 2);
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: WIDE.height });
    try {
      await waitForColumns(page, 1);
      await expectAccessible(page);
    } finally {
      await page.setViewportSize(WIDE);
    }
    await waitForColumns(page, 2);
  });

  it('sorts by a column from the keyboard', async () => {
    const page = await almereFigures();
    const sortButton = page.locator(`${WIDGET} .kwk-insight-table thead button`).filter({ hasText: nl.insight.measures.hoursPerWeek });
    await sortButton.focus();
    await page.keyboard.press('Enter');
    const header = page.locator(`${WIDGET} .kwk-insight-table thead th`).filter({ hasText: nl.insight.measures.hoursPerWeek });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const column = async () => {
      const headers = await page.locator(`${WIDGET} .kwk-insight-table thead th`).allInnerTexts();
      const index = headers.findIndex((text) => text.startsWith(nl.insight.measures.hoursPerWeek));
      return (await page.locator(`${ROWS} > :nth-child(${index + 1})`).allInnerTexts()).map(dutchNumber);
    };
    const descending = await column();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    // The new order is said out loud, and the keyboard stays on the button to sort again.
    const status = page.locator(`${WIDGET} .kwk-insight [role="status"]`).filter({ hasText: nl.insight.measures.hoursPerWeek });
    expect(await status.innerText()).toBe(nl.insight.sorted(nl.insight.measures.hoursPerWeek, 'descending', false));
    expect(await sortButton.evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button)).toBe(true);
    await page.keyboard.press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await status.innerText()).toBe(nl.insight.sorted(nl.insight.measures.hoursPerWeek, 'ascending', false));
    const ascending = await column();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // Back to the order the page opened in: by name.
    const byName = page.locator(`${WIDGET} .kwk-insight-table thead th`).first();
    await byName.locator('button').click();
    expect(await byName.getAttribute('aria-sort')).toBe('ascending');
    expect(await header.getAttribute('aria-sort')).toBeNull();
  });

  it('has a row per buurt of a generated city feed, its sampled figures and its CSV lines', async () => {
    const page = await openFigures('/city');
    const { hoursPerWeek, placesPerThousand } = figuresOf(city);
    expect(await page.locator(ROWS).count()).toBe(cityBuurten.length);
    const sample = cityBuurten.filter((_buurt, index) => index % 6 === 0);
    expect(sample.some((buurt) => buurt.children && placesPerThousand(buurt.code, buurt.children) > 0)).toBe(true);
    for (const buurt of sample) {
      expectShown(await cellOf(page, buurt.name, nl.insight.measures.hoursPerWeek), hoursPerWeek(buurt.code), buurt.name);
      expectShown(await cellOf(page, buurt.name, nl.insight.measures.placesPerThousandChildren), placesPerThousand(buurt.code, buurt.children!), buurt.name);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nl.insight.download }).click()]);
    const lines = (await downloaded(download)).toString('utf8').split(/\r?\n/).filter((line) => line !== '');
    expect(lines).toHaveLength(1 + cityBuurten.length);
  });

  it('downloads the table as a CSV Dutch Excel opens: UTF-8 with BOM, ";" between cells, a line per buurt, formulas neutralised', async () => {
    const page = await openFigures('/hostile');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nl.insight.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kinderwerk-cijfers-proefstad-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await downloaded(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split(/\r?\n/).filter((line) => line !== '');
    expect(lines).toHaveLength(1 + 2);
    expect(lines[0].split(';').length).toBeGreaterThan(10);
    // The names come out as text a spreadsheet does not run, and a ";" in a name stays in its cell.
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).not.toMatch(/(^|;)"?@Zuid/m);
  });
});

describe('the tabs between the parents\' view and the figures', () => {
  it('shows no tab and loads no figures for parents when the page did not enable them, not even from a link', async () => {
    const files: string[] = [];
    const page = await open('/parents#kwk:view=cijfers', { prepare: async (page) => page.on('request', (request) => files.push(new URL(request.url()).pathname)) });
    await waitForResults(page);
    expect(await page.getByRole('button', { name: nl.insight.tabCijfers }).count()).toBe(0);
    expect(await page.locator(`${WIDGET} .kwk-insight`).count()).toBe(0);
    expect(files.filter((file) => file.includes('cijfers'))).toEqual([]);
  });

  it('opens the figures from a link and goes back to the list with the Back button', async () => {
    const files: string[] = [];
    const page = await open('/tabs', { width: 360, prepare: async (page) => page.on('request', (request) => files.push(new URL(request.url()).pathname)) });
    await waitForResults(page);
    expect(files.some((file) => file.endsWith('kinderwerk-kaart-map-views.js'))).toBe(false);
    await page.getByRole('button', { name: nl.insight.tabCijfers }).click();
    await page.locator(ROWS).first().waitFor();
    expect(files.some((file) => file.endsWith('kinderwerk-kaart-map-views.js'))).toBe(true);
    expect(new URL(page.url()).hash).toBe('#kwk:view=cijfers');
    expect(await page.getByRole('button', { name: nl.insight.tabCijfers }).getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await waitForResults(page);
    expect(await page.locator(`${WIDGET} .kwk-insight`).count()).toBe(0);
    expect(await page.getByRole('button', { name: nl.insight.tabAanbod }).getAttribute('aria-pressed')).toBe('true');
    // The parents' view with the tab row above it.
    await injectAxe(page);
    await expectAccessible(page);

    await page.goForward();
    await page.locator(ROWS).first().waitFor();
  });

  it('shows the figures from the classic build too, which carries them inside', async () => {
    const files: string[] = [];
    const page = await open('/classic', { prepare: async (page) => page.on('request', (request) => files.push(new URL(request.url()).pathname)) });
    await page.locator(ROWS).first().waitFor();
    expect(await page.locator(ROWS).count()).toBe(buurten.length);
    expect(files.filter((file) => file.startsWith('/widget/'))).toEqual(['/widget/kinderwerk-kaart.iife.js']);
  });

  it('opens on the figures from a copied link', async () => {
    const page = await open('/tabs#kwk:view=cijfers');
    await page.locator(ROWS).first().waitFor();
    expect(await page.locator(ROWS).count()).toBe(buurten.length);
  });
});
