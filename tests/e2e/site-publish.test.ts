/**
 * The feed builder (dist/site/publish.html) in Chromium, as a communications officer
 * uses it: choose the filled-in spreadsheets and the buurten, make the feed, read the
 * problems, try it in the preview and download feed.json. The downloaded file passes
 * `npm run feed:check`, and the page lists the same problems as `npm run feed:from-csv`.
 * PDOK is a stand-in on this server; the map's tiles are answered with a placeholder.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteText } from '../../lib/site/i18n';
import { main as feedCheck } from '../../scripts/feed-check';
import { placeholderTile } from '../../scripts/placeholder-tile';
import { launchBrowser } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { csvReportAsOnPage } from '../helpers/feed-report';
import { startTestServer, type TestServer } from '../helpers/server';
import { scanExtensionPage } from './axe';
import { reusedTab } from './reused-tab';
import { listedNames, newPage, waitForResults } from './widget-page';

const nl = siteText('nl').publish;
const en = siteText('en').publish;
const TEMPLATES = 'public/templates';
const BROKEN = 'tests/fixtures/interop/csv';
const BUURTEN = 'data/boundaries/almere-buurten.geojson';
const hsdsService = JSON.parse(readFileSync('tests/fixtures/interop/hsds/service-full.json', 'utf8')) as unknown;
const csvIn = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.csv')).map((name) => join(folder, name));

/** Almere's 2015 buurten and wijken, as PDOK's WFS names their properties. */
function pdokLayer(layer: string): unknown {
  const source = JSON.parse(readFileSync(`data/boundaries/almere-${layer}.geojson`, 'utf8')) as { features: { geometry: unknown; properties: Record<string, unknown> }[] };
  return {
    type: 'FeatureCollection',
    features: source.features.map(({ geometry, properties }) => ({
      type: 'Feature',
      geometry,
      properties: layer === 'buurten'
        ? { buurtcode: properties.code, buurtnaam: properties.name, wijkcode: properties.wijkCode, gemeentecode: 'GM0034', gemeentenaam: 'Almere', water: 'NEE', aantal_inwoners: properties.inhabitants ?? -99997, percentage_personen_0_tot_15_jaar: properties.pctAge0to14 ?? -99997 }
        : { wijkcode: properties.code, wijknaam: properties.name, gemeentecode: 'GM0034', gemeentenaam: 'Almere', water: 'NEE' },
    })),
  };
}

let server: TestServer;
let browser: Browser;
/** One tab for the builders of this file, made fresh for each test (the phone with a touch screen has a context of its own). */
const tab = reusedTab(() => newPage(browser));
const pdokAsked: URLSearchParams[] = [];

beforeAll(async () => {
  server = await startTestServer({ static: ['dist/site'] });
  server.route('/api/services', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ total_items: 1, total_pages: 1, page_number: 1, contents: [hsdsService] }));
  });
  server.route('/pdok/2023/wfs/v1_0', (req, res) => {
    const params = new URL(req.url ?? '/', server.origin).searchParams;
    pdokAsked.push(params);
    const layer = params.get('typeNames') === 'wijkenbuurten:wijken' ? 'wijken' : 'buurten';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(pdokLayer(layer)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await tab.close();
  await browser?.close();
  await server?.close();
});

/** What the builder opened last wrote to its console as an error: a CSP violation shows up there. */
let consoleErrors: string[] = [];

/** The builder in the file's tab, made fresh: a first visit each time. */
async function openBuilder(query = '', width = 1280): Promise<Page> {
  const page = await tab.open(`${server.url}publish.html${query}`, {
    width,
    prepare: async (page) => {
      const errors: string[] = (consoleErrors = []);
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      await page.route('https://service.pdok.nl/**', (route) => route.fulfill({ contentType: 'image/png', body: placeholderTile() }));
    },
  });
  await page.locator('h1').waitFor();
  return page;
}

/** Makes the feed and waits for its result; on a page that made one before, for the new result (its heading is drawn anew). */
async function makeFeed(page: Page, build = nl.build): Promise<void> {
  const before = await page.evaluateHandle(() => document.getElementById('kwk-result-title'));
  await page.getByRole('button', { name: build }).click();
  await page.waitForFunction((old) => {
    const heading = document.getElementById('kwk-result-title');
    return heading !== null && heading !== old;
  }, before);
  await before.dispose();
}

/** Chooses files in the files field, and waits until the page lists exactly these (not what was chosen before). */
async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByLabel(nl.files).setInputFiles(paths);
  const names = paths.map((path) => basename(path)).sort();
  await expect.poll(async () => (await page.locator('.kwk-publish__chosen .kwk-publish__file-name').allInnerTexts()).sort()).toEqual(names);
}

/** The page's report as text, the lines feed:from-csv prints. */
const reportLines = async (page: Page) => (await page.locator('.kwk-publish__lines').textContent())?.split('\n') ?? [];

async function download(page: Page, label = nl.download): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'kwk-publish-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('the feed builder', () => {
  /** The builder at a phone's width, fresh for each test that uses it. */
  const narrowBuilder = () => openBuilder('', 360);

  it('makes the filled-in templates into a feed.json that feed:check accepts, with feed:from-csv\'s report', async () => {
    const page = await openBuilder();
    await expect(page.getByText(nl.stays).isVisible()).resolves.toBe(true);
    await page.getByLabel(nl.files).setInputFiles(csvIn(TEMPLATES));
    await page.locator('.kwk-publish__chosen').waitFor();
    await page.getByLabel(nl.boundaryFile).setInputFiles(BUURTEN);
    await page.locator('.kwk-publish__in-use', { hasText: nl.boundariesFrom('almere-buurten.geojson') }).waitFor();
    await makeFeed(page);

    // The focus lands on the result, and the live region says how it went.
    await page.waitForFunction((id) => document.activeElement?.id === id, 'kwk-result-title');
    await expect(page.getByRole('status').filter({ hasText: nl.resultClean }).count()).resolves.toBe(1);
    expect(await reportLines(page)).toEqual(await csvReportAsOnPage(TEMPLATES, BUURTEN));
    const kept = page.locator('.kwk-publish__kept');
    await expect(kept.getByRole('row', { name: nl.kindActivities }).innerText()).resolves.toMatch(/1\s+0/);

    const saved = await download(page);
    expect(saved.endsWith('feed.json')).toBe(true);
    const check = await runCli(feedCheck, [saved]);
    expect([0, 1]).toContain(check.code);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ meta: { municipality: { code: 'GM0034', name: 'Almere' } } });

    // The preview is the real widget with the new feed.
    await waitForResults(page);
    expect(await listedNames(page)).toContain('Knutselclub');
    const axe = await scanExtensionPage(page);
    expect(axe.violations).toEqual([]);
    expect(axe.checkedNodes).toBeGreaterThan(50);
    // The build ran in the worker, and nothing broke the page's Content-Security-Policy.
    expect(server.requests.some((path) => /publish\.worker.*\.js$/.test(path))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('names the field to fix and puts the focus there', async () => {
    const page = await narrowBuilder();
    expect((await scanExtensionPage(page)).violations).toEqual([]);
    await makeFeedExpectingError(page);
    const files = page.getByLabel(nl.files);
    await expect(files.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.waitForFunction((id) => document.activeElement?.id === id, 'kwk-publish-files');
    await expect(page.getByText(nl.noFiles).isVisible()).resolves.toBe(true);

    await chooseFiles(page, csvIn(TEMPLATES));
    await page.getByLabel(nl.municipalityCode).fill('Almere');
    await page.getByRole('button', { name: nl.build }).click();
    await expect(page.getByLabel(nl.municipalityCode).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText(nl.municipalityCodeInvalid).isVisible()).resolves.toBe(true);
    const axe = await scanExtensionPage(page);
    expect(axe.violations).toEqual([]);

    // PDOK needs the code: the message is tied to the code field, where the focus goes.
    await page.getByLabel(nl.municipalityCode).fill('');
    await page.getByRole('button', { name: nl.pdokFetch }).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, 'kwk-publish-municipality');
    const describedBy = (await page.getByLabel(nl.municipalityCode).getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '), describedBy);
    expect(description).toContain(nl.pdokNeedsCode);
  });

  it('shows a broken spreadsheet\'s problems with file, row and column, the same as feed:from-csv', async () => {
    const page = await narrowBuilder();
    // Boundaries may come with the spreadsheets, and an .xlsx is refused with the way out.
    await chooseFiles(page, [...csvIn(BROKEN), BUURTEN]);
    await page.locator('.kwk-publish__chosen li', { hasText: `almere-buurten.geojson (${nl.kindBuurten})` }).waitFor();
    await makeFeed(page);

    const expected = await csvReportAsOnPage(BROKEN, BUURTEN);
    expect(await reportLines(page)).toEqual(expected);
    const errors = page.locator('.kwk-publish__problems--error');
    const row = errors.getByRole('row').filter({ hasText: '"6 tot" is not an age range' });
    await expect(row.getByRole('cell').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['activiteiten.csv', '3', 'leeftijd']));
    // The library's English text stays exact, marked as English; beside it, what it means in Dutch.
    await expect(row.locator('[lang="en"]').innerText()).resolves.toMatch(/^"6 tot" is not an age range; write it as 6 t\/m 12/);
    await expect(row.getByRole('cell', { name: nl.meanings.age }).count()).resolves.toBe(1);
    const problemRows = await page.locator('.kwk-publish__problems tbody tr').count();
    expect(problemRows).toBe(expected.filter((line) => /^(error|warning) /.test(line)).length);
    await expect(page.getByRole('status').filter({ hasText: nl.resultWithProblems(8, 17) }).count()).resolves.toBe(1);
    const axe = await scanExtensionPage(page);
    expect(axe.violations).toEqual([]);
  });

  it('makes no feed of the blank templates, says why in both texts, and reports what feed:from-csv reports', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kwk-blank-'));
    for (const file of csvIn(TEMPLATES)) writeFileSync(join(folder, basename(file)), `${readFileSync(file, 'utf8').split('\n')[0]}\n`);
    const page = await narrowBuilder();
    await chooseFiles(page, [...csvIn(folder), BUURTEN]);
    await makeFeed(page);
    expect(await reportLines(page)).toEqual(await csvReportAsOnPage(folder, BUURTEN));
    await expect(page.getByRole('link', { name: nl.download }).count()).resolves.toBe(0);
    await expect(page.getByRole('cell', { name: nl.meanings.nothing }).count()).resolves.toBe(1);
  });

  it('offers dragging files only where there is a mouse to drag with', async () => {
    const desktop = await narrowBuilder();
    await expect(desktop.getByText(nl.dropHere).isVisible()).resolves.toBe(true);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'nl-NL' });
    const phone = await context.newPage();
    await phone.goto(`${server.url}publish.html`);
    await phone.getByLabel(nl.files).waitFor();
    await expect(phone.getByText(nl.dropHere).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('fetches the buurten and wijken from PDOK by municipality code and credits the year in the feed (in English)', async () => {
    const page = await openBuilder(`?lang=en&pdok=${encodeURIComponent(`${server.origin}/pdok`)}`);
    await page.getByLabel(en.files).setInputFiles(csvIn(TEMPLATES));
    await page.locator('.kwk-publish__chosen').waitFor();
    await page.getByLabel(en.municipalityCode).fill('gm0034');
    await page.getByRole('button', { name: en.pdokFetch }).click();
    await page.getByText(en.pdokDone(66, 6, 2023)).waitFor();
    await expect(page.getByText(en.attribution('Kadaster / Centraal Bureau voor de Statistiek, 2023')).isVisible()).resolves.toBe(true);
    expect(pdokAsked.map((params) => params.get('typeNames')).sort()).toEqual(['wijkenbuurten:buurten', 'wijkenbuurten:wijken']);
    expect(pdokAsked[0].get('filter')).toContain('GM0034');
    expect(pdokAsked[0].get('srsName')).toBe('EPSG:4326');

    await makeFeed(page, en.build);
    const feed = JSON.parse(readFileSync(await download(page, en.download), 'utf8'));
    expect(feed.meta.boundaryAttribution).toBe('Kadaster / Centraal Bureau voor de Statistiek, 2023');
    expect(feed.neighbourhoods.buurten.features).toHaveLength(66);
    expect(feed.neighbourhoods.wijken.features).toHaveLength(6);
  });
});

describe('the feed builder given an existing feed', () => {
  it('checks a feed dropped with the boundaries it links to, and passes it on as it is', async () => {
    const page = await openBuilder();
    const files = ['public/feeds/almere.json', 'public/feeds/almere-buurten.geojson', 'public/feeds/almere-wijken.geojson']
      .map((path) => ({ name: path.split('/').pop(), text: readFileSync(path, 'utf8') }));
    // Dropped on the box, as a mouse user would drag them from a folder.
    await page.locator('.kwk-publish__drop').first().evaluate((box, dropped) => {
      const transfer = new DataTransfer();
      for (const file of dropped) transfer.items.add(new File([file.text], file.name ?? '', { type: 'application/json' }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await page.locator('.kwk-publish__chosen li', { hasText: `almere.json (${nl.kindFeed})` }).waitFor();
    await makeFeed(page);
    const saved = JSON.parse(readFileSync(await download(page), 'utf8'));
    expect(saved).toEqual(JSON.parse(files[0].text));
    await expect(page.locator('.kwk-publish__kept').getByRole('row', { name: nl.kindAreasBuurten }).innerText()).resolves.toMatch(/66\s+0/);
    await waitForResults(page);
  });
});

describe('the feed builder once loaded, offline', () => {
  it('still makes the feed, on the page when its worker cannot be fetched, and previews it', async () => {
    const page = await openBuilder();
    await page.getByLabel(nl.files).setInputFiles([...csvIn(TEMPLATES), BUURTEN]);
    await page.locator('.kwk-publish__chosen').waitFor();
    await page.context().setOffline(true);
    await makeFeed(page);
    await expect(page.getByRole('status').filter({ hasText: nl.resultClean }).count()).resolves.toBe(1);
    await expect(page.getByRole('row', { name: nl.kindStories }).count()).resolves.toBe(1);
    await waitForResults(page);
    expect(await listedNames(page)).toContain('Knutselclub');
  });
});

describe('the feed builder given a sociale-kaart address', () => {
  it('fetches the HSDS services and makes a feed of them', async () => {
    const page = await openBuilder();
    await page.getByLabel(nl.sourceAddress).check();
    await page.getByLabel(nl.address).fill(`${server.origin}/api/services`);
    await page.getByLabel(nl.boundaryFile).setInputFiles('tests/fixtures/interop/buurten.geojson');
    await page.locator('.kwk-publish__in-use', { hasText: nl.boundariesFrom('buurten.geojson') }).waitFor();
    await makeFeed(page);
    const feed = JSON.parse(readFileSync(await download(page), 'utf8'));
    expect(feed.activities.map((activity: { name: string }) => activity.name)).toEqual(['Huiswerkklas De Werven']);
    await waitForResults(page);
    expect(await listedNames(page)).toContain('Huiswerkklas De Werven');
  });
});

async function makeFeedExpectingError(page: Page): Promise<void> {
  await page.getByRole('button', { name: nl.build }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
}
