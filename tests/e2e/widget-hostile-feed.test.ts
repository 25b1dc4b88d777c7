/**
 * A feed is untrusted: a publisher's mistake or a hacked feed must never run script on
 * the municipality's page. Markup in names and texts shows as plain text, and
 * `javascript:` links never become links, in the list, on the map and in the details.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { WIDGET, hostPage, listedNames, openPage, tinyFeed, waitForResults } from './widget-page';

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

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ static: ['dist'] });
  server.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/hostile.json', tiles: 'none' } }));
  });
  server.route('/hostile.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(hostileFeed));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
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
    const page = await openPage(browser, server.url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
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
    await page.context().close();
  });
});
