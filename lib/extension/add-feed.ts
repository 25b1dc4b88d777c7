/**
 * Adding a feed on the options page: check the address, fetch and validate it,
 * keep it in the shared cache (the popup reads it from there, also offline) and
 * subscribe to it under the municipality's name from the feed. An address counts
 * as added already when it differs only in what does not change the file (`#part`,
 * a trailing `/`, http or https).
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
import { releaseHostPermission, requestHostPermission, type PermissionOutcome } from './host-permission';
import { FeedSubscription, loadSettings, saveSettings } from './settings';

export type CheckedAddress =
  | { ok: true; url: string }
  | { ok: false; reason: 'empty' | 'invalid' }
  /** `name`: the subscription it is, as the feed list shows it. */
  | { ok: false; reason: 'already-added'; name: string };

/** The parts of an address that pick the file: no `#part`, no trailing `/`, http and https alike. */
function fileKey(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${parsed.host}${path}${parsed.search === '?' ? '' : parsed.search}`;
  } catch {
    return url;
  }
}

/** The subscription for the same file, if there is one. */
export function subscriptionFor(url: string, subscribed: readonly FeedSubscription[]): FeedSubscription | undefined {
  const key = fileKey(url);
  return subscribed.find((feed) => fileKey(feed.url) === key);
}

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
  const existing = subscriptionFor(url, subscribed);
  if (existing) return { ok: false, reason: 'already-added', name: existing.name ?? existing.url };
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
  | {
    status: 'failed';
    failure: FeedFailure;
    permission: PermissionOutcome | 'pending';
    /**
     * While the browser still asks for the permission: the outcome of trying again
     * once the user allows it (undefined when refused). Never settles when nobody
     * answers, so nothing may wait for it before telling the user.
     */
    whenAllowed?: Promise<AddFeedOutcome | undefined>;
  }
  /** Meanwhile the same file was added (another tab, the popup's example button). */
  | { status: 'already-added'; name: string; permission: PermissionOutcome | 'pending' }
  /** Fetched and valid, but the subscription could not be stored (browser storage failed). */
  | { status: 'not-saved'; permission: PermissionOutcome | 'pending' };

export interface AddFeedOptions {
  store: FeedStore;
  /** From requestHostPermission, started in the click handler. */
  permission: Promise<PermissionOutcome>;
  fetchFeed?: FetchFeed;
  now?: () => Date;
  /** For an HSDS or OpenActive address: the municipality and its boundaries. */
  convert?: FeedSubscription['convert'];
}

/** Never throws: every outcome is something the page can show. */
export async function addFeed(url: string, options: AddFeedOptions): Promise<AddFeedOutcome> {
  // An object, not a variable: the answer comes in while this function awaits.
  const asked: { permission: PermissionOutcome | 'pending' } = { permission: 'pending' };
  const answered = options.permission.then((outcome) => (asked.permission = outcome));
  const convert = options.convert && Object.keys(options.convert).length ? options.convert : undefined;
  const refresh = () =>
    refreshFeed(url, { store: options.store, fetchFeed: options.fetchFeed, now: options.now, ...(convert && { limits: { convert } }) });
  // The list the page checked may be old (another tab, the popup's example button).
  const alreadyAdded = async (): Promise<AddFeedOutcome | undefined> => {
    const existing = subscriptionFor(url, (await loadSettings()).feeds);
    return existing ? { status: 'already-added', name: existing.name ?? existing.url, permission: asked.permission } : undefined;
  };

  try {
    const before = await alreadyAdded();
    if (before) return before;
  } catch {
    // Storage could not be read: the check after fetching says whether saving works.
  }
  // Try at once: feeds that send CORS headers load without the permission, and a
  // prompt nobody answers (headless browsers, a user who walked away) must not block.
  let outcome = await refresh();
  // Allowed while the first try was under way: that try may have gone out without it.
  if (outcome.status === 'failed' && outcome.failure.code === 'unreachable' && asked.permission === 'granted') outcome = await refresh();
  if (outcome.status === 'failed') {
    const failed = { status: 'failed' as const, failure: outcome.failure, permission: asked.permission };
    // Unreachable may mean "not allowed yet" (no CORS headers): say so now, and try
    // again as soon as the user allows it, however long the prompt stays open.
    if (outcome.failure.code !== 'unreachable' || asked.permission !== 'pending') {
      await giveBackWhenGranted(asked.permission, answered, url, convert);
      return failed;
    }
    const whenAllowed = answered.then((answer) => (answer === 'granted' ? addFeed(url, { ...options, permission: answered }) : undefined));
    return { ...failed, whenAllowed };
  }

  const name = outcome.feed.data.meta.municipality.name;
  try {
    const meanwhile = await alreadyAdded();
    if (meanwhile) return meanwhile;
    const settings = await loadSettings();
    const feeds = settings.feeds.filter((feed) => feed.url !== url);
    await saveSettings({ ...settings, feeds: [...feeds, { url, name, ...(convert && { convert }) }] });
    const checkedAt = (options.now?.() ?? new Date()).toISOString();
    await saveFeedHealth([{ url, checkedAt, ok: true }]);
  } catch {
    await giveBackWhenGranted(asked.permission, answered, url, convert);
    return { status: 'not-saved', permission: asked.permission };
  }
  return {
    status: 'added',
    feed: outcome.feed,
    permission: asked.permission,
    ...(outcome.status === 'updated' && outcome.saveFailure ? { saveFailure: outcome.saveFailure } : {}),
  };
}

/**
 * A feed that did not get added needs no website permission: once the user granted
 * it (now or later, while the prompt stays open), it is given back, except for
 * websites another subscribed feed still reads.
 */
async function giveBackWhenGranted(
  known: PermissionOutcome | 'pending',
  answered: Promise<PermissionOutcome>,
  url: string,
  convert: AddFeedOptions['convert'],
): Promise<void> {
  const giveBack = async () => {
    try {
      const inUse = (await loadSettings()).feeds.flatMap((feed) => [feed.url, feed.convert?.buurtenUrl, feed.convert?.wijkenUrl]);
      const used = inUse.filter((each): each is string => Boolean(each));
      for (const each of [url, convert?.buurtenUrl, convert?.wijkenUrl]) if (each) await releaseHostPermission(each, used);
    } catch {
      // Settings unreadable: keep the permission rather than take one a feed may need.
    }
  };
  if (known === 'granted') await giveBack();
  else if (known === 'pending') void answered.then((answer) => (answer === 'granted' ? giveBack() : undefined));
}
