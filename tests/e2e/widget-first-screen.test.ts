/**
 * A return visit to a page with a small feed shows the list in the very first frame
 * after the widget starts: the last copy is read from localStorage at once, before
 * IndexedDB can answer (lib/store/first-screen.ts). A newer feed then replaces it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { reusedTab, type ReusedTab } from './reused-tab';
import { listedNames, newPage, routeHostPage, savedFeeds, waitForResults } from './widget-page';

const FEED = '/feeds/almere.json';
const demo = JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')) as { activities: { name: string }[] };
let feedBody = JSON.stringify(demo);

let server: TestServer;
let browser: Browser;
let tab: ReusedTab;

beforeAll(async () => {
  server = await startTestServer({ static: ['dist', 'public'] });
  server.route(FEED, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(feedBody);
  });
  routeHostPage(server, { feed: FEED, tiles: 'none' });
  browser = await launchBrowser();
  tab = reusedTab(() => newPage(browser));
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
});

/** Notes, at each of the first frames after the element is defined, the names the list shows. */
const watchFirstFrames = (page: Page) =>
  page.addInitScript(() => {
    const frames: string[][] = [];
    (window as unknown as { kwkFrames: string[][] }).kwkFrames = frames;
    void customElements.whenDefined('kinderwerk-kaart').then(() => {
      const note = () => {
        const root = document.querySelector('kinderwerk-kaart')?.shadowRoot;
        frames.push([...(root?.querySelectorAll('.kwk-item .kwk-item__open') ?? [])].map((item) => item.textContent ?? ''));
        if (frames.length < 3) requestAnimationFrame(note);
      };
      requestAnimationFrame(note);
    });
  });

const namesInFrame = (page: Page, frame: number) =>
  page.waitForFunction((n) => (window as unknown as { kwkFrames: string[][] }).kwkFrames[n], frame).then((handle) => handle.jsonValue());

/** The copy is saved once the list shows it; IndexedDB's behind it. */
async function visitedOnce(page: Page): Promise<void> {
  await waitForResults(page);
  await expect.poll(() => page.evaluate(savedFeeds)).toBe(1);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kinderwerkkaart:')).length)).toBe(1);
}

describe('the first screen of a return visit', () => {
  it('shows the list in the first frame after the widget starts, and the newer feed once it has come', async () => {
    feedBody = JSON.stringify(demo);
    const page = await tab.open(server.url, { prepare: watchFirstFrames });
    // A first visit has nothing to show yet.
    expect(await namesInFrame(page, 0)).toEqual([]);
    await visitedOnce(page);
    const names = await listedNames(page);

    await page.reload();
    expect((await namesInFrame(page, 0)).slice(0, 3)).toEqual(names.slice(0, 3));

    // The publisher renames an activity: the old copy is shown first, the new one follows and is kept for next time.
    const renamed = structuredClone(demo);
    renamed.activities[0].name = 'Aaa nieuwe knutselmiddag';
    feedBody = JSON.stringify(renamed);
    await page.reload();
    expect((await namesInFrame(page, 0))[0]).toBe(names[0]);
    await expect.poll(async () => (await listedNames(page))[0]).toBe('Aaa nieuwe knutselmiddag');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((copy) => copy.includes('Aaa nieuwe knutselmiddag')))).toBe(true);

    await page.reload();
    expect((await namesInFrame(page, 0))[0]).toBe('Aaa nieuwe knutselmiddag');
  });
});
