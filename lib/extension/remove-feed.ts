/**
 * Removing a feed on the options page: unsubscribe, forget its cached copy and
 * its refresh health, and give back the website permission nobody needs any more.
 *
 *   await removeFeed(url, { store });
 */
import type { FeedStore } from '../store/cache';
import { saveFeedHealth } from './feed-health';
import { releaseHostPermission } from './host-permission';
import { loadSettings, saveSettings, type FeedSubscription } from './settings';

/** Every website a subscription reads: the feed, and for an HSDS source its boundaries. */
function addressesOf(feed: FeedSubscription): string[] {
  return [feed.url, feed.convert?.buurtenUrl, feed.convert?.wijkenUrl].filter((url): url is string => Boolean(url));
}

export async function removeFeed(url: string, options: { store: FeedStore }): Promise<void> {
  const settings = await loadSettings();
  const removed = settings.feeds.find((feed) => feed.url === url);
  const feeds = settings.feeds.filter((feed) => feed.url !== url);
  await saveSettings({ ...settings, feeds });
  const remaining = feeds.map((feed) => feed.url);
  await saveFeedHealth([], remaining);
  // The cache is the shared IndexedDB; a failed delete leaves an orphan the popup never reads.
  await options.store.delete(url).catch(() => undefined);
  const stillRead = feeds.flatMap(addressesOf);
  for (const address of removed ? addressesOf(removed) : [url]) await releaseHostPermission(address, stillRead);
}
