/**
 * Adding a feed on the options page: check the address, fetch and validate it,
 * keep it in the shared cache (the popup reads it from there, also offline) and
 * subscribe to it under the municipality's name from the feed.
 *
 *   form.onsubmit = () => {
 *     const started = startAddingFeed(input.value, settings.feeds, { store }); // inside the click
 *     if (started.ok) show(await started.outcome);
 *   };
 */
import type { FeedFailure } from '../feed/model';
import { refreshFeed, type FetchFeed } from '../feed/source';
import type { CachedFeed, FeedStore, FeedStoreErrorReason } from '../store/cache';
import { saveFeedHealth } from './feed-health';
import { requestHostPermission, type PermissionOutcome } from './host-permission';
import { FeedSubscription, loadSettings, saveSettings } from './settings';

export type CheckedAddress =
  | { ok: true; url: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'already-added' };

/** Synchronous, so the permission request after it still counts as part of the click. */
export function checkFeedAddress(text: string, subscribed: readonly FeedSubscription[]): CheckedAddress {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  let url: string;
  try {
    url = new URL(trimmed).href;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!FeedSubscription.safeParse({ url }).success) return { ok: false, reason: 'invalid' };
  if (subscribed.some((feed) => feed.url === url)) return { ok: false, reason: 'already-added' };
  return { ok: true, url };
}

export type AddFeedStart = Extract<CheckedAddress, { ok: false }> | { ok: true; outcome: Promise<AddFeedOutcome> };

/**
 * Checks the address and asks for its host permission, synchronously, so it must be
 * called straight from the click or submit handler; then adds the feed.
 */
export function startAddingFeed(
  text: string,
  subscribed: readonly FeedSubscription[],
  options: Omit<AddFeedOptions, 'permission'>,
): AddFeedStart {
  const checked = checkFeedAddress(text, subscribed);
  if (!checked.ok) return checked;
  // The boundaries of an HSDS or OpenActive source may live on another website.
  const boundaries = [options.convert?.buurtenUrl, options.convert?.wijkenUrl].filter((url): url is string => Boolean(url));
  const permission = requestHostPermission(checked.url, boundaries);
  return { ok: true, outcome: addFeed(checked.url, { ...options, permission }) };
}

export type AddFeedOutcome =
  | {
    status: 'added';
    feed: CachedFeed;
    /** The permission as far as it is known; 'pending' while the browser still asks. */
    permission: PermissionOutcome | 'pending';
    /** Added, but not kept for offline use (storage full or unavailable). */
    saveFailure?: FeedStoreErrorReason;
  }
  | { status: 'failed'; failure: FeedFailure; permission: PermissionOutcome | 'pending' }
  /** Fetched and valid, but the subscription could not be stored (browser storage failed). */
  | { status: 'not-saved'; permission: PermissionOutcome | 'pending' };

export interface AddFeedOptions {
  store: FeedStore;
  /** From requestHostPermission, started in the click handler. */
  permission: Promise<PermissionOutcome>;
  fetchFeed?: FetchFeed;
  now?: () => Date;
  /** How long a failed fetch waits for the user to answer the permission prompt. */
  permissionWaitMs?: number;
  /** For an HSDS or OpenActive address: the municipality and its boundaries. */
  convert?: FeedSubscription['convert'];
}

/** Never throws: every outcome is something the page can show. */
export async function addFeed(url: string, options: AddFeedOptions): Promise<AddFeedOutcome> {
  let permission: PermissionOutcome | 'pending' = 'pending';
  const answered = options.permission.then((outcome) => (permission = outcome));
  const convert = options.convert && Object.keys(options.convert).length ? options.convert : undefined;
  const refresh = () =>
    refreshFeed(url, { store: options.store, fetchFeed: options.fetchFeed, now: options.now, ...(convert && { limits: { convert } }) });

  // Try at once: feeds that send CORS headers load without the permission, and a
  // prompt nobody answers (headless browsers, a user who walked away) must not block.
  let outcome = await refresh();
  if (outcome.status === 'failed' && outcome.failure.code === 'unreachable') {
    // Unreachable may mean "not allowed yet" (no CORS headers): once the user allows it, try again.
    const answer = await withinMs(answered, options.permissionWaitMs ?? 120_000);
    if (answer === 'granted') outcome = await refresh();
  }
  if (outcome.status === 'failed') return { status: 'failed', failure: outcome.failure, permission };

  const name = outcome.feed.data.meta.municipality.name;
  try {
    const settings = await loadSettings();
    const feeds = settings.feeds.filter((feed) => feed.url !== url);
    await saveSettings({ ...settings, feeds: [...feeds, { url, name, ...(convert && { convert }) }] });
    const checkedAt = (options.now?.() ?? new Date()).toISOString();
    await saveFeedHealth([{ url, checkedAt, ok: true }]);
  } catch {
    return { status: 'not-saved', permission };
  }
  return {
    status: 'added',
    feed: outcome.feed,
    permission,
    ...(outcome.status === 'updated' && outcome.saveFailure ? { saveFailure: outcome.saveFailure } : {}),
  };
}

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
