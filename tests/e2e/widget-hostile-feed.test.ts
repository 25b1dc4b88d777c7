/**
 * A feed is untrusted: a publisher's mistake or a hacked feed must never run script on
 * the municipality's page. Markup in names and texts shows as plain text, and
 * `javascript:` links never become links, in the list, on the map and in the details.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, hostPage, routeHostPage, listedNames, newPage, tinyFeed, waitForResults } from './widget-page';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script><b>vet</b>';
const SVG = '<svg onload="window.__pwned=3"></svg>Buurthuis';

const hostileFeed = tinyFeed(
  [
    {
      name: IMG,
      description: SCRIPT,
      organizationId: 'org-1',
      join: { method: 'sign-up', instructions: '<a href="javascript:window.__pwned=5">Klik hier</a>' },
      contactIds: ['con-1'],
    },
    { name: 'Gewone activiteit', locationId: 'loc-zuid' },
    // Validation leaves out records whose links are not http(s), mailto: or tel:.
    { name: 'Met javascript-link', url: 'JaVaScRiPt:window.__pwned=7' },
    { name: 'Met javascript-aanmelding', join: { method: 'sign-up', url: 'javascript:window.__pwned=6' } },
  ],
  {
    organizations: [
      { id: 'org-1', lastVerified: '2026-10-01', name: SVG, email: 'info@example.org' },
      { id: 'org-2', lastVerified: '2026-10-01', name: 'Foute link', url: 'javascript:window.__pwned=8' },
    ],
    contacts: [
      { id: 'con-1', lastVerified: '2026-10-01', name: '<iframe src="javascript:window.__pwned=9">', role: 'Kinderwerker',
        organizationId: 'org-1', buurtCodes: ['BU99990101'], email: 'kw@example.org', publicationConsent: true },
      { id: 'con-2', lastVerified: '2026-10-01', name: 'Foto met script', role: 'Kinderwerker',
        buurtCodes: ['BU99990101'], photoUrl: 'javascript:window.__pwned=10', publicationConsent: true },
    ],
  },
);

/** A right-to-left override in a buurt's and an activity's name, and a name in Arabic script. */
const RLO = '\u202E';
const bidiFeed = tinyFeed([{ name: `Voetbal${RLO} op het plein` }, { name: 'مركز الأطفال 3' }]) as {
  neighbourhoods: { buurten: { features: { properties: { name: string } }[] } };
};
bidiFeed.neighbourhoods.buurten.features[0].properties.name = `Noord${RLO}buurt`;

let server: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test. */
let tab: ReusedTab;

beforeAll(async () => {
  server = await startTestServer({ static: ['dist'] });
  routeHostPage(server, { feed: '/hostile.json', tiles: 'none' });
  server.route('/hostile.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(hostileFeed));
  });
  server.route('/bidi', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/bidi.json', tiles: 'none', neighbourhood: 'BU99990101' } }));
  });
  server.route('/bidi.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(bidiFeed));
  });
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

/** Everything in the widget that could run script or navigate to javascript:. */
function dangerousNodes(page: Page): Promise<string[]> {
  return page.locator(WIDGET).evaluate((host) => {
    const root = host.shadowRoot!;
    const found: string[] = [];
    for (const element of root.querySelectorAll('img[src="x"], script, iframe, svg[onload], [onerror], [onload], b')) {
      found.push(element.outerHTML.slice(0, 80));
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(link.href).protocol)) found.push(link.outerHTML.slice(0, 80));
    }
    return found;
  });
}

describe('a feed with markup and javascript: links', () => {
  it('shows markup as text and makes no javascript: links, in the list and in the details', async () => {
    const dialogs: string[] = [];
    // Listening before the load, so a dialog during it would count too.
    const page = await tab.open(server.url, {
      prepare: async (page) => page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    });
    await waitForResults(page);

    expect(await listedNames(page)).toContain(IMG);

    await page.locator(`${WIDGET} .kwk-item__open`, { hasText: IMG }).click();
    const details = page.locator(`${WIDGET} .kwk-details`);
    await details.waitFor();
    expect(await details.locator('.kwk-details__title').innerText()).toBe(IMG);
    expect(await details.innerText()).toContain('<script>window.__pwned=2</script><b>vet</b>');
    expect(await details.innerText()).toContain('<a href="javascript:window.__pwned=5">Klik hier</a>');

    // The organisation's and the kinderwerker's names, as text too.
    expect(await details.innerText()).toContain('<svg onload="window.__pwned=3"></svg>Buurthuis');
    expect(await details.innerText()).toContain('<iframe src="javascript:window.__pwned=9">');
    expect(await listedNames(page)).not.toContain('Met javascript-link');

    await page.keyboard.press('Escape');
    await page.locator(`${WIDGET} .kwk-item__open`, { hasText: 'Gewone activiteit' }).click();
    await details.waitFor();

    expect(await dangerousNodes(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

describe('right-to-left overrides and right-to-left names in a feed', () => {
  it('cannot reorder the interface: overrides are dropped and every name is isolated from the text around it', async () => {
    const page = await tab.open(`${server.url}bidi`);
    await waitForResults(page);

    const names = await listedNames(page);
    expect(names).toContain('Voetbal op het plein');
    expect(names.join('')).not.toContain(RLO);
    const title = page.locator(`${WIDGET} .kwk-summary__title`);
    expect(await title.innerText()).toBe('Noordbuurt · Buurt');

    // Each name sits in an isolate, so its letters (Arabic, or an override a cached copy
    // still had) cannot move the words beside it.
    const isolation = await page.locator(WIDGET).evaluate((host) => {
      const root = host.shadowRoot!;
      const bidi = (selector: string) => [...root.querySelectorAll(selector)].map((element) => getComputedStyle(element).unicodeBidi);
      return { listNames: bidi('.kwk-item__open'), areaName: bidi('.kwk-summary__title bdi') };
    });
    expect(isolation.listNames).toEqual(['plaintext', 'plaintext']);
    expect(isolation.areaName).toEqual(['isolate']);

    // What follows the area's name (" · Buurt") stays to its right.
    const titleParts = await title.evaluate((heading) => {
      const [name, kind] = [heading.querySelector('bdi')!, heading.querySelector('.kwk-summary__kind')!];
      return { nameRight: name.getBoundingClientRect().right, kindLeft: kind.getBoundingClientRect().left };
    });
    expect(titleParts.kindLeft).toBeGreaterThanOrEqual(titleParts.nameRight - 1);
  });
});
