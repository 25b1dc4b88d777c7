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

/**
 * A Chromium to open pages in. Each test worker keeps one Chromium for every file it
 * runs (starting Chromium costs more than most tests): the end-to-end project runs its
 * files in one module graph per worker, so this module, and the browser, outlive a file.
 * Closing what this returns closes the file's contexts and leaves the browser running
 * for the next file; Playwright stops it when the worker exits. Earlier the run shared
 * one browser through a Playwright server in Vitest's main process, which then spent a
 * whole core relaying every protocol message.
 */
export function launchBrowser(): Promise<Browser> {
  workerBrowser ??= chromium
    .launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS })
    .then(keepOpenAfterFile);
  return workerBrowser;
}

let workerBrowser: Promise<Browser> | undefined;

function keepOpenAfterFile(browser: Browser): Browser {
  browser.on('disconnected', () => (workerBrowser = undefined));
  browser.close = async () => {
    await Promise.all(browser.contexts().map((context) => context.close()));
  };
  return browser;
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
