/**
 * The iframe embed (dist/site/embed.html) in Chromium, framed by a page on another
 * origin as a municipality's CMS would: it shows the widget with the parameters it was
 * given (checked as the widget checks attributes), tells the parent its height, keeps
 * a `#kwk:` link working inside the frame, and gives a feed host no more than its origin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { frameSizingScript } from '../../lib/site/snippets';
import { placeholderTile } from '../../scripts/placeholder-tile';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { scanExtensionPage } from './axe';
import { reusedTab } from './reused-tab';
import { newPage, WIDGET } from './widget-page';

let site: TestServer;
let host: TestServer;
let browser: Browser;
/** Who asked for the feed on the host's origin, and for the one on the site's own origin. */
const feedReferrers: (string | undefined)[] = [];
const ownReferrers: (string | undefined)[] = [];

beforeAll(async () => {
  site = await startTestServer({ static: ['dist/site'] });
  host = await startTestServer();
  // A feed on the host's own origin, open to other sites (CORS), that notes who asked.
  host.route('/kinderwerk.json', (req, res) => {
    feedReferrers.push(req.headers.referer);
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(readFileSync('public/feeds/almere.json'));
  });
  host.route('/almere-buurten.geojson', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*' });
    res.end(readFileSync('public/feeds/almere-buurten.geojson'));
  });
  host.route('/almere-wijken.geojson', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*' });
    res.end(readFileSync('public/feeds/almere-wijken.geojson'));
  });
  // The same feed on the site's own origin (no CORS needed), noting who asked.
  site.route('/own/kinderwerk.json', (req, res) => {
    ownReferrers.push(req.headers.referer);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(readFileSync('public/feeds/almere.json', 'utf8').replaceAll('almere-buurten.geojson', '/feeds/almere-buurten.geojson').replaceAll('almere-wijken.geojson', '/feeds/almere-wijken.geojson'));
  });
  browser = await launchBrowser();
});

/** One tab for every test of the file, made fresh before each test opens its page (the frame's storage too: `openHost`). */
const tab = reusedTab(() => newPage(browser));

afterAll(async () => {
  await tab.close();
  await browser?.close();
  await host?.close();
  await site?.close();
});

/** A host page on another origin with the frame, noting the frame's messages (and sizing it, if asked). */
function framePage(path: string, src: string, options: { sizing?: boolean } = {}): void {
  host.route(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head><body>
      <h1>Kinderwerk in je buurt</h1>
      <iframe src="${src.replaceAll('&', '&amp;')}" title="Kinderwerkkaart" width="100%" height="300"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (event) => {
          if (event.data && event.data.type === 'kinderwerk-kaart:height') window.heights.push({ origin: event.origin, height: event.data.height });
        });
      </script>
      ${options.sizing ? `<script>\n${frameSizingScript(site.origin)}\n</script>` : ''}
    </body></html>`);
  });
}

/** Map tiles from here, not from PDOK. */
const localTiles = (page: Page) => page.route('https://service.pdok.nl/**', (route) => route.fulfill({ contentType: 'image/png', body: placeholderTile() }));

/** Opens a host page in the fresh tab, its frame a first visit, and waits in the frame for `ready` (by default the first result in the list). */
async function openHost(path: string, ready = `${WIDGET} .kwk-item`): Promise<{ page: Page; frame: Frame }> {
  const page = await tab.open(`${host.url}${path.slice(1)}`, {
    // The frame is a first visit too: the tab clears every origin it showed, the frames' included.
    prepare: localTiles,
  });
  const frame = page.frames().find((candidate) => candidate.url().startsWith(`${site.origin}/embed.html`));
  if (!frame) throw new Error(`no embed frame on ${path}`);
  await frame.locator(ready).first().waitFor();
  return { page, frame };
}

const embed = (query: string) => `${site.origin}/embed.html?${query}`;
const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: { origin: string; height: number }[] }).heights);

describe('embed.html in a frame on another origin', () => {
  /**
   * Two host pages: the English frame takes its feed from the host's origin, the sized frame
   * from the site's own origin. What the feed hosts were sent is noted from each test's own
   * pages only.
   */
  const englishHost = () => openHost('/english');
  const sizedHost = () => openHost('/sized');
  beforeAll(() => {
    framePage('/english', embed(`feed=${encodeURIComponent(`${host.origin}/kinderwerk.json`)}&lang=en&neighbourhood=WK003402&view=map`));
    framePage('/sized', embed('feed=own/kinderwerk.json&lang=nl'), { sizing: true });
  });
  beforeEach(() => {
    feedReferrers.length = 0;
    ownReferrers.length = 0;
  });

  it('shows the widget with the feed, language and buurt of its address', async () => {
    const { frame } = await englishHost();
    await expect.poll(() => frame.locator(`${WIDGET} .kwk-count`).innerText()).toMatch(/activit.*in Wijk 02 Almere Stad/);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.locator(`${WIDGET} .kwk-app__title`).innerText()).toBe('Activities for children in Almere');
    // The feed is the one of the address, from the host's origin.
    expect(feedReferrers.length).toBeGreaterThan(0);
  });

  it('posts its height to the parent, which the five-line script applies to the frame', async () => {
    const { page, frame } = await sizedHost();
    const widgetHeight = () => frame.locator(WIDGET).evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    await expect.poll(async () => (await heights(page)).at(-1)?.height).toBe(await widgetHeight());
    expect((await heights(page)).every((message) => message.origin === site.origin)).toBe(true);
    // The frame grew from its 300 px to the widget's whole height: no scroll bar inside it.
    await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBe(await widgetHeight());
    expect(await widgetHeight()).toBeGreaterThan(600);
  });

  it('opens a #kwk: link inside the frame, and writes the visitor’s choices to the frame’s address only', async () => {
    framePage('/deep', `${embed('feed=feeds/almere.json&lang=nl')}#kwk:sel=huiskamer:alm-hk-de-vlinder`);
    const { page, frame } = await openHost('/deep', `${WIDGET} .kwk-details__title`);
    await expect.poll(() => frame.locator(`${WIDGET} .kwk-details__title`).innerText()).toBe('Huiskamer De Vlinder');
    await frame.locator(`${WIDGET} .kwk-details__close`).click();
    await frame.locator(`${WIDGET} .kwk-details`).waitFor({ state: 'detached' });
    await frame.locator(`${WIDGET} input[type="search"]`).first().fill('voetbal');
    await frame.locator(`${WIDGET} input[type="search"]`).first().press('Enter');
    await expect.poll(() => frame.evaluate(() => location.hash)).toContain('q=voetbal');
    expect(new URL(page.url()).hash).toBe('');
  });

  it('reads its parameters as the widget reads attributes: unknown values give defaults, a bad colour is ignored', async () => {
    framePage('/odd', embed('feed=feeds/almere.json&lang=xx&neighbourhood=nonsense&view=sideways&heading-level=9&onclick=alert(1)&kwk-color-primary=%231d5e3a&kwk-color-text=url(x)'));
    const { frame } = await openHost('/odd');
    const widget = frame.locator(WIDGET);
    expect(await widget.evaluate((element) => element.getAttributeNames().sort())).toEqual(
      ['feed', 'heading-level', 'lang', 'neighbourhood', 'style', 'view'],
    );
    // Chromium's locale is nl-NL, so an unknown lang falls back to Dutch; the whole municipality is shown.
    expect(await frame.locator(`${WIDGET} .kwk-app__title`).innerText()).toBe('Kinderwerk in Almere');
    expect(await frame.locator(`${WIDGET} h2.kwk-app__title`).count()).toBe(1);
    expect(await widget.evaluate((element) => getComputedStyle(element).getPropertyValue('--kwk-color-primary').trim())).toBe('#1d5e3a');
    expect(await widget.evaluate((element) => element.style.getPropertyValue('--kwk-color-text'))).toBe('');
  });

  it('gives a feed host only the site’s origin as referrer, never the frame’s address with its parameters', async () => {
    // The browser's default already trims a referrer to another origin (the English frame's
    // feed); on the site's own origin (the sized frame's) it would send the whole embed.html
    // address, which the page's policy prevents.
    await englishHost();
    await sizedHost();
    expect(feedReferrers.length, 'the host origin\'s feed was asked').toBeGreaterThan(0);
    expect(ownReferrers.length, 'the site origin\'s feed was asked').toBeGreaterThan(0);
    expect(new Set([...feedReferrers, ...ownReferrers])).toEqual(new Set([`${site.origin}/`]));
  });
});

describe('embed.html on its own', () => {
  it('loads the widget build itself, copied into the site byte for byte, not a second build', () => {
    const files = readdirSync('dist/widget').filter((name) => name.endsWith('.js'));
    expect(files).toContain('kinderwerk-kaart.js');
    for (const file of files) expect(readFileSync(`dist/site/widget/${file}`).equals(readFileSync(`dist/widget/${file}`)), file).toBe(true);
  });

  it('has no accessibility violations and breaks none of its own policy', async () => {
    const violations: string[] = [];
    const page = await tab.open(embed('feed=feeds/almere.json&lang=nl'), {
      width: 360,
      prepare: (page) => {
        page.on('console', (message) => void (message.type() === 'error' && violations.push(message.text())));
        return localTiles(page);
      },
    });
    await page.locator(`${WIDGET} .kwk-item`).first().waitFor();
    const scan = await scanExtensionPage(page);
    expect(scan.violations).toEqual([]);
    expect(scan.checkedNodes).toBeGreaterThan(20);
    expect(violations.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });
});
