/**
 * Screenshots of the extension popup's states at its toolbar size (400 × 600), on
 * the example data inside the extension, for looking at a change before it lands
 * (not a test).
 *
 *   npm run build:extension && npx tsx scripts/popup-screenshots.ts [outDir] [extensionDir]
 *   # default /tmp/kwk-popup-shots and .output/chrome-mv3
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { FeedInput } from '../lib/feed/schema';
import { t } from '../lib/i18n';
import { launchWithExtension } from '../tests/helpers/browser';
import { startTestServer } from '../tests/helpers/server';

const outDir = process.argv[2] ?? '/tmp/kwk-popup-shots';
const extensionDir = resolve(process.argv[3] ?? '.output/chrome-mv3');
const nl = t('nl');
mkdirSync(outDir, { recursive: true });

// A stand-in for the PDOK Locatieserver: any postcode lies in Filmwijk, the area 1325 also in Muziekwijk Noord.
const almere = JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')) as FeedInput;
const pointIn = (buurtCode: string) => {
  const location = almere.locations!.find((l) => l.buurtCode === buurtCode)!;
  return { centroide_ll: `POINT(${location.longitude} ${location.latitude})` };
};
const pdok = await startTestServer();
pdok.route('/free', (req, res) => {
  const area = new URL(req.url ?? '', pdok.origin).searchParams.getAll('fq').some((fq) => fq.endsWith('*'));
  const docs = area ? [pointIn('BU00340202'), pointIn('BU00340212')] : [pointIn('BU00340202')];
  res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  res.end(JSON.stringify({ response: { docs } }));
});

const { context, extensionId } = await launchWithExtension(extensionDir, { locale: 'nl-NL' });

async function popup(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return page;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage });
}

async function search(page: Page, text: string, submit = false): Promise<void> {
  await page.getByLabel(nl.extension.searchLabel).fill(text);
  if (submit) await page.getByLabel(nl.extension.searchLabel).press('Enter');
}

try {
  const first = await popup();
  await first.getByRole('button', { name: nl.extension.tryExample }).click();
  await first.getByLabel(nl.extension.searchLabel).waitFor();
  await first.evaluate(async (endpoint) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, object>>; set(items: object): Promise<void> } } } }).chrome.storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...settings, lookupEndpoint: endpoint } });
  }, `${pdok.origin}/free`);
  await first.reload();
  await first.getByLabel(nl.extension.searchLabel).waitFor();
  await shot(first, 'start');
  await search(first, 'Filmwijk');
  await first.getByRole('button', { name: /^Filmwijk/ }).first().click();
  await first.locator('.kwk-popup-area h2').waitFor();
  await shot(first, 'filmwijk');
  await shot(first, 'filmwijk-whole', true);
  await first.getByRole('button', { name: nl.extension.copySummary }).click();
  await first.getByText(nl.extension.copied).waitFor();
  await shot(first, 'filmwijk-copied');
  await first.getByLabel(nl.extension.summaryLanguage).selectOption('en');
  await first.getByRole('button', { name: nl.extension.copySummary }).click();
  await first.getByText(nl.extension.copied).waitFor();
  await shot(first, 'filmwijk-copied-english');
  await first.getByLabel(nl.extension.summaryLanguage).selectOption('nl');
  // "Delen" as on a phone: desktop Chromium on Linux has no navigator.share, so give it one.
  const sharing = await context.newPage();
  await sharing.setViewportSize({ width: 400, height: 600 });
  await sharing.addInitScript(() => {
    navigator.share = async () => undefined;
  });
  await sharing.goto(`chrome-extension://${extensionId}/popup.html?q=Filmwijk`);
  await sharing.getByRole('button', { name: nl.extension.share, exact: true }).click();
  await sharing.locator('.kwk-copy').scrollIntoViewIfNeeded();
  await shot(sharing, 'filmwijk-share');
  await sharing.close();
  await first.locator('.kwk-popup-child summary').click();
  await first.getByLabel(nl.filters.age).selectOption('7');
  await first.getByLabel(nl.filters.walkInOnlyLong).check();
  await first.locator('.kwk-popup-child').scrollIntoViewIfNeeded();
  await shot(first, 'one-child');
  await shot(first, 'one-child-whole', true);
  await first.getByRole('button', { name: nl.extension.forOneChildReset }).click();
  // Pinned buurten: the toggle on the buurt, and the next popup that opens on it.
  const pin = first.getByRole('button', { name: nl.extension.pinArea, exact: true });
  await first.evaluate(() => scrollTo(0, 0));
  await pin.click();
  await first.locator('nav.kwk-pinned').waitFor();
  await shot(first, 'pinned');
  const pinnedNext = await popup();
  await pinnedNext.locator('.kwk-popup-area h2').waitFor();
  await shot(pinnedNext, 'pinned-opens');
  await pinnedNext.close();
  await pin.click();

  for (const [name, text] of [['typo', 'Filmwijck'], ['typo-lowercase', 'muziekwyk'], ['postcode-area', '1325'], ['nonsense', 'qqqzzz']] as const) {
    await search(first, text, true);
    await first.waitForTimeout(800);
    await shot(first, `search-${name}`);
  }
  await first.close();

  for (const [name, query] of [['address', 'Greta Garbostraat 3, 1325 RB Almere'], ['sentence', 'Er is veel te doen in de Filmwijk voor kinderen'], ['nothing', 'Lorem ipsum dolor']] as const) {
    const page = await popup(`?q=${encodeURIComponent(query)}&tab=1`);
    await page.waitForTimeout(1200);
    await shot(page, `context-${name}`);
    await page.close();
  }

  // The options page: a prompt nobody answers, the same feed twice; then a refresh that fails.
  const feeds = await startTestServer();
  feeds.route('/tilburg.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(readFileSync('public/feeds/tilburg.json', 'utf8'));
  });
  const options = await context.newPage();
  await options.setViewportSize({ width: 800, height: 700 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { permissions: { request(request: object): Promise<boolean> } } }).chrome;
    api.permissions.request = () => new Promise<boolean>(() => undefined);
  });
  const addFeed = async (url: string) => {
    await options.getByLabel(nl.options.feedUrl).fill(url);
    await options.getByRole('button', { name: nl.extension.addFeed, exact: true }).click();
    await options.locator('.kwk-options-report').waitFor();
    await options.waitForTimeout(500);
  };
  await options.getByLabel(nl.options.widgetPage).first().fill('http://www.almere.example/kinderwerk');
  await options.getByRole('button', { name: nl.options.widgetPageSave }).first().click();
  await options.locator('.kwk-options-feed').first().screenshot({ path: join(outDir, 'options-widget-page.png') });
  await addFeed(`${feeds.origin}/geen-toegang.json`);
  await options.locator('.kwk-options-report').screenshot({ path: join(outDir, 'options-prompt-open.png') });
  await addFeed(`${feeds.origin}/tilburg.json`);
  await addFeed(`${feeds.origin}/tilburg.json#kaart`);
  await options.locator('.kwk-options-report').screenshot({ path: join(outDir, 'options-already-added.png') });
  await feeds.close();
  const stale = await popup();
  await stale.getByRole('button', { name: nl.extension.refreshNow }).click();
  await stale.locator('.kwk-popup__status', { hasText: 'Tilburg' }).waitFor();
  await search(stale, 'Filmwijk');
  await stale.getByRole('button', { name: /^Filmwijk/ }).first().click();
  await stale.locator('.kwk-popup-area h2').waitFor();
  await shot(stale, 'status-other-failed');
  await search(stale, 'Korvel');
  await stale.getByRole('button', { name: /^Korvel/ }).first().click();
  await stale.locator('.kwk-popup-area h2').waitFor();
  await shot(stale, 'status-failed');
} finally {
  await context.close();
  await pdok.close();
}
console.log(`screenshots in ${outDir}`);
