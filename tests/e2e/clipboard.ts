/**
 * Headless Chromium grants no clipboard reading to an extension page: note what is
 * written, and read it back with the function this returns.
 *
 *   const copied = await noteCopies(popup); …click copy…; expect(await copied()).toContain('…');
 */
import type { Page } from 'playwright-core';

export async function noteCopies(popup: Page): Promise<() => Promise<string>> {
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      document.documentElement.dataset.copied = text;
      return write(text);
    };
  });
  return async () => (await popup.evaluate(() => document.documentElement.dataset.copied)) ?? '';
}
