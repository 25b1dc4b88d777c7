/**
 * Debian's Chromium, driven by playwright-core. Never downloads a browser.
 *
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The unpacked Chrome build; KWK_EXTENSION_DIR points at a copy when other work may rebuild .output meanwhile. */
export const EXTENSION_DIR = resolve(process.env.KWK_EXTENSION_DIR ?? '.output/chrome-mv3');

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Set by the end-to-end global setup: one Chromium for every test file of a run. */
export const SHARED_BROWSER_ENV = 'KWK_BROWSER_WS';

/**
 * A Chromium to open pages in. In the end-to-end tests every file connects to the one
 * browser the global setup started (starting Chromium costs more than most tests);
 * closing it then only disconnects, and each test's pages live in their own context.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** Starts the Chromium that launchBrowser() connects to; returns how to stop it. */
export async function startSharedBrowser(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  return () => server.close();
}

/** A persistent profile with the unpacked extension loaded. */
export async function launchWithExtension(
  extensionDir: string,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; extensionId: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'kwk-profile-'));
  const lang = options.locale ? [`--lang=${options.locale}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(options.locale && { locale: options.locale }),
    args: [...CHROMIUM_FLAGS, ...lang, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
