/**
 * Host permission per feed: the manifest lists all websites only as optional, and
 * the options page asks for one origin at the moment a feed is added.
 *
 *   form.onsubmit = () => {
 *     const permission = requestHostPermission(url); // first thing: needs the click
 *     void addFeed(url, { store, permission });
 *   };
 *
 * Browsers accept the request only during a user action (Firefox: before the
 * handler awaits anything), so it is not preceded by `permissions.contains`; a
 * request for an origin already granted answers `true` without a prompt.
 * A prompt may stay open as long as the user walks away (and headless browsers
 * show none): callers must not wait for the answer before they try the feed (a
 * feed with CORS headers needs none), nor before they tell the user the outcome.
 */
import { browser } from 'wxt/browser';
import { originPattern } from './settings';

export type PermissionOutcome =
  /** The extension's own files (the example feed). */
  | 'not-needed'
  | 'granted'
  | 'refused'
  /** The browser could not ask (no user action, API missing, unknown origin). */
  | 'failed';

export function isOwnUrl(url: string): boolean {
  return url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Call synchronously from the click or submit handler. Never rejects. `alsoUrls`:
 * files the feed needs from other websites (an HSDS source's buurten), asked in the same prompt.
 */
export function requestHostPermission(url: string, alsoUrls: readonly string[] = []): Promise<PermissionOutcome> {
  const origins = [...new Set([url, ...alsoUrls].filter((each) => !isOwnUrl(each)).map(originPattern))];
  if (origins.length === 0) return Promise.resolve('not-needed');
  try {
    return browser.permissions
      .request({ origins })
      .then((granted): PermissionOutcome => (granted ? 'granted' : 'refused'), (): PermissionOutcome => 'failed');
  } catch {
    return Promise.resolve('failed');
  }
}

/** Gives the origin back once no remaining feed uses it (fewest permissions held). */
export async function releaseHostPermission(url: string, remainingFeedUrls: readonly string[]): Promise<void> {
  if (isOwnUrl(url)) return;
  const pattern = originPattern(url);
  if (remainingFeedUrls.some((other) => !isOwnUrl(other) && originPattern(other) === pattern)) return;
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // Not granted, or the browser refuses to drop it: nothing the user needs to know.
  }
}
