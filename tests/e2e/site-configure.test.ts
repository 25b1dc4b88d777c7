/**
 * The embed configurator (dist/site/configure.html) in Chromium, as a web editor uses
 * it: choose, see the real widget, copy a snippet, paste it into the municipality's page
 * on another origin, and add the policy lines the configurator gave. Also the start page,
 * the language switch and axe on both pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteText } from '../../lib/site/i18n';
import { placeholderTile } from '../../scripts/placeholder-tile';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';
import { scanExtensionPage } from './axe';
import { noteCopies } from './clipboard';
import { reusedTab } from './reused-tab';
import { newPage, WIDGET } from './widget-page';

const nl = siteText('nl');
const en = siteText('en');

let site: TestServer;
let host: TestServer;
let browser: Browser;

beforeAll(async () => {
  site = await startTestServer({ static: ['dist/site'] });
  // A module script and a feed from another origin load only with CORS: the site's host
  // sends it for widget/ and feeds/ (docs/site.md), as the demo server does.
  for (const folder of ['widget', 'feeds']) {
    for (const file of readdirSync(join('dist/site', folder))) {
      site.route(`/${folder}/${file}`, (_req, res) => {
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json', 'access-control-allow-origin': '*' });
        res.end(readFileSync(join('dist/site', folder, file)));
      });
    }
  }
  host = await startTestServer();
  browser = await launchBrowser();
});

/**
 * One tab for every test of the file, made fresh (storage, routes, init scripts, offline
 * mode) before each test opens its page: the configurator first, then the municipality's
 * page it pasted the snippet into. The clipboard may be used on every page of the tab.
 */
const tab = reusedTab(async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  return page;
});

afterAll(async () => {
  await tab.close();
  await browser?.close();
  await host?.close();
  await site?.close();
});

/** `url` in the fresh tab, its tiles from here, noting every CSP violation (before any script runs). */
function openPage(url: string): Promise<Page> {
  return tab.open(url, {
    prepare: async (page) => {
      await page.route('https://service.pdok.nl/**', (route) => route.fulfill({ contentType: 'image/png', body: placeholderTile() }));
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
    },
  });
}

/**
 * The municipality's page in the fresh tab, for a visitor who never saw the widget: the tab
 * clears the site's origin too, where the configurator's preview kept its feed (IndexedDB)
 * and which the embed frame shares (both test servers are on 127.0.0.1, one site).
 */
function openMunicipality(path: string): Promise<Page> {
  return openPage(`${host.url}${path.slice(1)}`);
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/**
 * The configurator, just opened in the fresh tab: a first visit, so every choice is at its
 * default (nothing an earlier test chose is remembered), and the default snippet is shown.
 */
async function openConfigurator(): Promise<Page> {
  const page = await configuratorReady(await openPage(`${site.url}configure.html`));
  expect(await page.getByLabel(nl.configure.feed).getAttribute('aria-invalid')).toBe('false');
  await expect.poll(() => shownCode(page)).toMatch(/^<script type="module" [^\n]+><\/script>\n<kinderwerk-kaart feed="[^"]+" lang="nl"><\/kinderwerk-kaart>$/);
  // The preview too: Dutch, the whole municipality, every other attribute and the theme at the widget's defaults.
  await expect.poll(() => page.locator(WIDGET).evaluate((element) => ({
    lang: element.getAttribute('lang'),
    set: ['neighbourhood', 'view', 'tiles', 'heading-level', 'list-first'].filter((name) => element.hasAttribute(name)),
    theme: [...(element as HTMLElement).style].filter((property) => property.startsWith('--')),
  }))).toEqual({ lang: 'nl', set: [], theme: [] });
  return page;
}

/** The configurator on `page`, once its preview shows results and its start choice is filled from the feed. */
async function configuratorReady(page: Page, lang: 'nl' | 'en' = 'nl'): Promise<Page> {
  await page.locator(`${WIDGET} .kwk-item`).first().waitFor();
  const area = siteText(lang).configure.area;
  await expect.poll(() => page.getByLabel(area).locator('option').count()).toBeGreaterThan(10);
  return page;
}

/**
 * The code or policy lines the copy button puts on the clipboard, and the status it announces.
 * What an earlier copy on the same page left is cleared first, so only this copy counts.
 */
async function copy(page: Page, label: string): Promise<string> {
  const copied = await noteCopies(page);
  await page.evaluate(() => delete document.documentElement.dataset.copied);
  const button = page.getByRole('button', { name: label });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => button.locator('xpath=following-sibling::*[@role="status"]').innerText()).not.toBe('');
  await expect.poll(copied).not.toBe('');
  return copied();
}

/** The snippet's code as the configurator shows it, to wait until it follows the latest choice. */
const shownCode = (page: Page) => page.locator('pre').first().innerText();

/**
 * A strict policy of the municipality's own, with the configurator's sources added to the
 * directives of the same name, as docs/site.md tells a web editor to do.
 */
function policyWith(cspLines: string): string {
  const policy = new Map(['default-src', 'script-src', 'style-src', 'connect-src', 'img-src', 'frame-src'].map((name) => [name, ["'self'"]]));
  for (const line of cspLines.split('\n')) {
    const [name, ...sources] = line.replace(/;$/, '').split(' ');
    policy.get(name)?.push(...sources);
  }
  return [...policy].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The municipality's page on another origin, with the pasted snippet and the policy it was told to add. */
function hostPage(path: string, snippet: string, cspLines: string): void {
  host.route(path, (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': policyWith(cspLines),
    });
    res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Voorbeeldstad</title></head>
      <body><h1>Kinderwerk</h1>\n${snippet}\n</body></html>`);
  });
}

/** Copies the chosen snippet and its policy lines. */
async function copySnippet(page: Page): Promise<{ code: string; csp: string }> {
  const code = await copy(page, nl.configure.copyCode);
  const csp = await copy(page, nl.configure.copyCsp);
  return { code, csp };
}

/** A theme token's value as the widget on `page` reads it. */
function token(page: Page, name: string): Promise<string> {
  return page.locator(WIDGET).evaluate((element, property) => getComputedStyle(element).getPropertyValue(property).trim(), name);
}

describe('the embed configurator', () => {
  it('gives an iframe snippet that, pasted into a page on another origin, shows the chosen feed, language and wijk', async () => {
    const page = await openConfigurator();
    await page.getByLabel(nl.configure.language).selectOption('en');
    await page.getByLabel(nl.configure.area).selectOption('WK003401');
    await page.getByLabel(nl.configure.kindIframe).check();
    // The live preview follows the choices.
    await expect.poll(() => page.locator(`${WIDGET} .kwk-count`).innerText()).toMatch(/in Wijk 01 Almere Haven/);
    await expect.poll(() => shownCode(page)).toContain('neighbourhood=WK003401');
    const code = await copy(page, nl.configure.copyCode);
    const csp = await copy(page, nl.configure.copyCsp);
    expect(await page.getByRole('status').filter({ hasText: nl.configure.copied }).count()).toBe(2);
    expect(code).toContain(`${site.origin}/embed.html?`);
    expect(csp).toContain(`frame-src ${site.origin};`);

    hostPage('/iframe', code, csp);
    const municipality = await openMunicipality('/iframe');
    const frame = municipality.frameLocator('iframe');
    await expect.poll(() => frame.locator(`${WIDGET} .kwk-count`).innerText()).toMatch(/activit.*in Wijk 01 Almere Haven/);
    expect(await frame.locator(`${WIDGET} .kwk-app__title`).innerText()).toBe('Activities for children in Almere');
    // The pasted sizing script ran under the policy (its hash) and grew the frame to the widget.
    await expect.poll(async () => Number(await municipality.locator('iframe').getAttribute('height'))).toBeGreaterThan(800);
    expect(await cspViolations(municipality)).toEqual([]);

    // A CMS that strips the script (the configurator says it may be left out): the frame keeps its height, and scrolls.
    hostPage('/iframe-only', code.replace(/<script>[\s\S]*<\/script>/, ''), csp);
    const iframeOnly = await openMunicipality('/iframe-only');
    await expect.poll(() => iframeOnly.frameLocator('iframe').locator(`${WIDGET} .kwk-count`).innerText()).toMatch(/in Wijk 01 Almere Haven/);
    expect(await iframeOnly.locator('iframe').getAttribute('height')).toBe('800');
    const inner = iframeOnly.frames()[1];
    expect(await inner.evaluate(() => document.scrollingElement!.scrollHeight > innerHeight)).toBe(true);
  });

  it('gives a module snippet with own colours that works under exactly the policy lines it lists', async () => {
    const page = await openConfigurator();
    await page.getByLabel(nl.configure.themeOwn).check();
    await page.getByLabel(nl.configure.colourPrimary).fill('#1d5e3a');
    await expect.poll(() => token(page, '--kwk-color-primary')).toBe('#1d5e3a');
    await expect.poll(() => shownCode(page)).toContain('#1d5e3a');
    const { code, csp } = await copySnippet(page);
    expect(code).toContain('<script type="module"');
    expect(csp).toMatch(/style-src 'sha256-[\w+/=]+';/);

    hostPage('/module', code, csp);
    const municipality = await openMunicipality('/module');
    await municipality.locator(`${WIDGET} .kwk-item`).first().waitFor();
    expect(await municipality.locator(`${WIDGET} .kwk-app__title`).innerText()).toBe('Kinderwerk in Almere');
    expect(await token(municipality, '--kwk-color-primary')).toBe('#1d5e3a');
    expect(await cspViolations(municipality)).toEqual([]);
  });

  it('gives a classic snippet that works from another origin without CORS', async () => {
    const page = await openConfigurator();
    await page.getByLabel(nl.configure.kindClassic).check();
    await page.getByLabel(nl.configure.tilesNone).check();
    await expect.poll(() => shownCode(page)).toMatch(/iife\.js[\s\S]*tiles="none"/);
    const { code, csp } = await copySnippet(page);
    expect(code).toMatch(/<script src="[^"]+\/widget\/kinderwerk-kaart\.iife\.js" defer><\/script>/);
    expect(csp).not.toContain('service.pdok.nl');

    // The classic file needs no CORS: served here without the header.
    const classic = readFileSync('dist/site/widget/kinderwerk-kaart.iife.js');
    site.route('/plain/kinderwerk-kaart.iife.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(classic);
    });
    hostPage('/classic', code.replace('/widget/kinderwerk-kaart.iife.js', '/plain/kinderwerk-kaart.iife.js'), csp);
    const municipality = await openMunicipality('/classic');
    await municipality.locator(`${WIDGET} .kwk-item`).first().waitFor();
    expect(await municipality.locator(`${WIDGET} .leaflet-tile`).count()).toBe(0);
    expect(await cspViolations(municipality)).toEqual([]);
  });

  it('maps the host page’s NL Design System tokens onto the widget, with the chosen colour where the page has none', async () => {
    const page = await openConfigurator();
    await page.getByLabel(nl.configure.themeNlds).check();
    await page.getByLabel(nl.configure.colourFocus).fill('#7a1f00');
    await expect.poll(() => shownCode(page)).toContain('#7a1f00');
    const { code, csp } = await copySnippet(page);

    // The municipality's theme defines the Utrecht button colour, not the focus colour.
    host.route('/theme.css', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(':root { --utrecht-button-primary-action-background-color: #5b2a86; }');
    });
    hostPage('/nlds', `<link rel="stylesheet" href="/theme.css">\n${code}`, csp);
    const municipality = await openMunicipality('/nlds');
    await municipality.locator(`${WIDGET} .kwk-item`).first().waitFor();
    expect(await token(municipality, '--kwk-color-primary')).toBe('#5b2a86');
    expect(await token(municipality, '--kwk-color-focus')).toBe('#7a1f00');
    expect(await cspViolations(municipality)).toEqual([]);
  });

  it('names colours visitors could not read, and refuses an address that is not one', async () => {
    const page = await openConfigurator();
    await page.getByLabel(nl.configure.themeOwn).check();
    await page.getByLabel(nl.configure.colourPrimary).fill('#ffff66');
    await expect.poll(() => page.locator('.kwk-site-configure__problems').innerText()).toContain(nl.configure.contrastPrimary);
    const feed = page.getByLabel(nl.configure.feed);
    await feed.fill('javascript:alert(1)');
    await feed.press('Enter');
    await expect.poll(() => page.getByText(nl.configure.feedInvalid).count()).toBe(1);
    expect(await feed.getAttribute('aria-invalid')).toBe('true');
  });

  // Offline is a setting of the whole context: the tab is made fresh (online) for the next test.
  it('keeps working offline once loaded: language, start wijk, preview and snippets', async () => {
    const page = await openConfigurator();
    await page.context().setOffline(true);
    await page.getByRole('button', { name: en.layout.languageName }).click();
    await page.getByRole('heading', { level: 1, name: en.configure.title }).waitFor();
    // The feed's wijken and buurten stay: switching the language asks the network nothing.
    expect(await page.getByText(en.configure.feedLoaded('Almere', 72)).count()).toBe(1);
    await page.getByLabel(en.configure.area).selectOption('WK003401');
    await expect.poll(() => page.locator(`${WIDGET} .kwk-count`).innerText()).toMatch(/in Wijk 01 Almere Haven/);
    await page.getByLabel(en.configure.kindIframe).check();
    await expect.poll(() => page.locator('pre').first().innerText()).toContain('neighbourhood=WK003401');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('switches to English by keyboard and keeps the choice in the address', async () => {
    const page = await openConfigurator();
    await page.getByRole('button', { name: en.layout.languageName }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.configure.title }).waitFor();
    // The page's language and title follow the heading in an effect after the render: wait for them.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.title()).toBe(en.layout.pageTitle(en.configure.title));
    expect(await page.getByRole('link', { name: en.layout.home }).getAttribute('href')).toBe('index.html?lang=en');

    // Away to another page and Back (a phone's Back button): the choices are still there.
    await page.getByLabel(en.configure.tilesNone).check();
    await page.getByRole('radio', { name: en.configure.viewMap, exact: true }).check();
    await page.getByRole('link', { name: en.layout.home }).click();
    await page.getByRole('heading', { level: 1, name: en.start.title }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: en.configure.title }).waitFor();
    await expect.poll(() => page.getByLabel(en.configure.tilesNone).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: en.configure.viewMap, exact: true }).isChecked()).toBe(true);
  });
});

describe('the site’s pages', () => {
  it('has no accessibility violations on the start page and the configurator, wide and narrow', async () => {
    const start = await openPage(`${site.url}index.html`);
    await start.getByRole('heading', { level: 1, name: nl.start.title }).waitFor();
    for (const width of [1280, 360]) {
      await start.setViewportSize({ width, height: 900 });
      // Narrow, the pages' links get a line of their own under the name and the language.
      await expect.poll(() => start.locator('.kwk-site__nav').evaluate((nav) => getComputedStyle(nav).order)).toBe(width === 360 ? '3' : '0');
      const scan = await scanExtensionPage(start);
      expect(scan.violations).toEqual([]);
      expect(scan.checkedNodes).toBeGreaterThan(10);
    }
    expect(await cspViolations(start)).toEqual([]);

    // The configurator loads narrow, and is then widened: its preview shows the list and the map side by side.
    await start.goto(`${site.url}configure.html?lang=en`);
    const page = await configuratorReady(start, 'en');
    await page.getByLabel(en.configure.themeNlds).check();
    await page.getByLabel(en.configure.kindIframe).check();
    await page.locator('pre').first().waitFor();
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator(`${WIDGET} .kwk-view-toggle`).waitFor({ state: width === 360 ? 'visible' : 'hidden' });
      const configured = await scanExtensionPage(page);
      expect(configured.violations).toEqual([]);
      expect(configured.checkedNodes).toBeGreaterThan(50);
    }
    expect(await cspViolations(page)).toEqual([]);
  });

  it('links from the start page to both tools in the reader’s language', async () => {
    const page = await openPage(`${site.url}?lang=en`);
    await page.getByRole('link', { name: en.start.go(en.layout.configure) }).click();
    await page.getByRole('heading', { level: 1, name: en.configure.title }).waitFor();
    expect(await page.getByRole('link', { name: en.layout.configure }).getAttribute('aria-current')).toBe('page');
  });
});
