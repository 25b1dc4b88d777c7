/**
 * Direct use: a municipality points the widget at its sociale-kaart system's Open
 * Referral HSDS API and names its buurten; the widget reads every page, converts it
 * in the browser and shows the activities like those of any feed.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, hostPage, routeHostPage, listedNames, newPage, waitForResults } from './widget-page';

const nl = t('nl');
const FIXTURES = 'tests/fixtures/interop';
const service = JSON.parse(readFileSync(`${FIXTURES}/hsds/service-full.json`, 'utf8'));
const knutselclub = { ...service, id: 'svc-knutselclub', name: 'Knutselclub Haven', minimum_age: 4, maximum_age: 8 };
const withoutAges = {
  ...service, id: 'svc-zonder-leeftijd', name: 'Koken met kinderen', minimum_age: undefined, maximum_age: undefined, eligibility_description: undefined,
};

/** An HSDS API list in two pages, as `GET /services?page=N` answers it. */
function servicesPage(number: number): unknown {
  return {
    total_items: 3, total_pages: 2, page_number: number, size: 2, first_page: number === 1, last_page: number === 2, empty: false,
    contents: number === 1 ? [service, withoutAges] : [knutselclub],
  };
}

let server: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test. */
let tab: ReusedTab;

beforeAll(async () => {
  // The widget build from dist/widget, the buurten from the interop fixtures.
  server = await startTestServer({ static: ['dist', FIXTURES] });
  server.route('/api/services', (req, res) => {
    const page = Number(new URL(req.url ?? '/', server.origin).searchParams.get('page') ?? 1);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(servicesPage(page)));
  });
  routeHostPage(server, { feed: '/api/services', buurten: '/buurten.geojson', tiles: 'none' });
  // A CMS that busts caches with a query on the script's address.
  server.route('/cache-busted', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/api/services', buurten: '/buurten.geojson', tiles: 'none' } }).replace('kinderwerk-kaart.js"', 'kinderwerk-kaart.js?v=2"'));
  });
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

describe('the widget given an HSDS address', () => {
  it('shows the services of every page in its list, and tells the publisher which one it left out', async () => {
    const page = await tab.open(server.url);
    await waitForResults(page);
    expect((await listedNames(page)).sort()).toEqual(['Huiswerkklas De Werven', 'Knutselclub Haven', 'Samira Bouzid']);
    expect(server.requests).toEqual(expect.arrayContaining(['/api/services', '/buurten.geojson']));

    const report = page.locator(`${WIDGET} .kwk-problems`);
    await report.locator('summary').click();
    await expect.poll(() => report.innerText()).toContain(
      '/api/services, contents[1].minimum_age (svc-zonder-leeftijd): no ages: give minimum_age and maximum_age (kinderwerk is shown by age); this service was left out',
    );
    expect(await report.innerText()).toContain(`[${nl.status.problemLeftOut}]`);
  });

  it('loads its main file once when the page adds a query to the script (kinderwerk-kaart.js?v=2)', async () => {
    const scripts: string[] = [];
    const page = await tab.open(`${server.url}cache-busted`, {
      async prepare(page) {
        // Counts every definition of the element, also one a second copy of the main file would try.
        await page.addInitScript(() => {
          const define = customElements.define.bind(customElements);
          const defined: string[] = ((window as unknown as { __kwkDefined: string[] }).__kwkDefined = []);
          customElements.define = (name, constructor, options) => {
            defined.push(name);
            define(name, constructor, options);
          };
        });
        page.on('request', (request) => {
          if (request.url().includes('/widget/')) scripts.push(new URL(request.url()).pathname + new URL(request.url()).search);
        });
      },
    });
    await waitForResults(page);

    expect((await listedNames(page)).sort()).toEqual(['Huiswerkklas De Werven', 'Knutselclub Haven', 'Samira Bouzid']);
    expect(scripts.filter((path) => path.startsWith('/widget/kinderwerk-kaart.js'))).toEqual(['/widget/kinderwerk-kaart.js?v=2']);
    expect(scripts).toContain('/widget/kinderwerk-kaart-direct-source.js?v=2');
    expect(await page.evaluate(() => (window as unknown as { __kwkDefined: string[] }).__kwkDefined)).toEqual(['kinderwerk-kaart']);
  });
});
