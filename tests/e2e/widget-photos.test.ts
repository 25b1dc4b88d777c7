/**
 * A contact photo is a request from every visitor's browser, so a photo address on a
 * stranger's server would be a tracking pixel. The widget loads photos only from the
 * feed's own origin and the hosts the feed declares (meta.imageHosts), without cookies
 * or the page's address, unless the page says photos="all". Three origins: the site
 * with the feed (127.0.0.1:A), a declared photo host (127.0.0.1:B, the same site, so a
 * cookie would go along if the widget let it) and a tracker (localhost:B), told apart
 * by what the servers are asked.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type Handler, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { WIDGET, hostPage, newPage, tinyFeed } from './widget-page';

const PHOTO = '<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72"><rect width="72" height="72" fill="#0b5394"/></svg>';

let site: TestServer;
let photoHost: TestServer;
let browser: Browser;
/** One tab for the file, fresh for each test (its cookies cleared with the site's storage). */
let tab: ReusedTab;
/** The headers each photo was asked with, by path. */
const asked = new Map<string, IncomingHttpHeaders>();

const servePhoto: Handler = (req, res) => {
  asked.set(new URL(req.url ?? '/', 'http://x').pathname, req.headers);
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'access-control-allow-origin': '*' }).end(PHOTO);
};

function contact(id: string, name: string, photoUrl: string) {
  return { id, lastVerified: '2026-10-01', name, role: 'Kinderwerker', buurtCodes: ['BU99990101'], photoUrl, publicationConsent: true };
}

beforeAll(async () => {
  photoHost = await startTestServer();
  photoHost.route('/declared.svg', servePhoto);
  photoHost.route('/pixel.svg', servePhoto);
  photoHost.route('/pixel-all.svg', servePhoto);

  site = await startTestServer({ static: ['dist'] });
  site.route('/fotos/eigen.svg', servePhoto);
  const feed = (pixel: string) => JSON.stringify(tinyFeed([{ name: 'Voetbal' }], {
    contacts: [
      contact('con-eigen', 'Sam Eigen', `${site.origin}/fotos/eigen.svg`),
      contact('con-gemeld', 'Noor Gemeld', `${photoHost.origin}/declared.svg`),
      contact('con-vreemd', 'Vera Vreemd', `http://localhost:${new URL(photoHost.origin).port}/${pixel}`),
    ],
  }));
  const withHosts = (body: string) => {
    const parsed = JSON.parse(body) as { meta: Record<string, unknown> };
    parsed.meta.imageHosts = [photoHost.origin];
    return JSON.stringify(parsed);
  };
  site.route('/feed.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(withHosts(feed('pixel.svg'))));
  site.route('/feed-all.json', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(withHosts(feed('pixel-all.svg'))));
  site.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/feed.json', tiles: 'none' } }));
  });
  site.route('/all.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage({ attributes: { feed: '/feed-all.json', tiles: 'none', photos: 'all' } }));
  });
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await site?.close();
  await photoHost?.close();
});

/** Opens the buurt's details, where its known faces are, and waits until every photo shown has loaded. */
async function openKnownFaces(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<{ page: Page; shown: string[] }> {
  const page = await tab.open(`${site.url}${path.replace(/^\//, '')}#kwk:sel=area:BU99990101`, { prepare });
  const cards = page.locator(`${WIDGET} .kwk-contact`);
  await cards.nth(2).waitFor();
  const photos = page.locator(`${WIDGET} .kwk-contact__photo`);
  for (const photo of await photos.all()) {
    await photo.scrollIntoViewIfNeeded();
    await photo.evaluate((img: HTMLImageElement) => img.decode());
  }
  const shown = await photos.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).alt));
  return { page, shown };
}

describe('contact photos', () => {
  it('load from the feed’s origin and a declared host, never from another host, and without cookies or referrer', async () => {
    const { page, shown } = await openKnownFaces('/', (page) =>
      page.context().addCookies([{ name: 'volg', value: 'mij', domain: '127.0.0.1', path: '/' }]));

    expect(shown.sort()).toEqual(['Foto van Noor Gemeld', 'Foto van Sam Eigen']);
    expect(await page.locator(`${WIDGET} .kwk-contact`, { hasText: 'Vera Vreemd' }).isVisible()).toBe(true);
    expect(photoHost.requests).toContain('/declared.svg');
    expect(photoHost.requests).not.toContain('/pixel.svg');
    // The declared host gets neither its cookie nor the page's address.
    expect(asked.get('/declared.svg')?.cookie).toBeUndefined();
    expect(asked.get('/declared.svg')?.referer).toBeUndefined();
    expect(asked.get('/fotos/eigen.svg')?.referer).toBeUndefined();
  });

  it('load from any host when the page says photos="all"', async () => {
    const { shown } = await openKnownFaces('/all.html');

    expect(shown.sort()).toEqual(['Foto van Noor Gemeld', 'Foto van Sam Eigen', 'Foto van Vera Vreemd']);
    expect(photoHost.requests).toContain('/pixel-all.svg');
  });
});
