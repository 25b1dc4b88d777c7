/**
 * Removing a feed on the options page: unsubscribe, forget its cached copy and
 * its refresh health, and give back the website permission nobody needs any more.
 *
 *   await removeFeed(url, { store });
 */
import type { FeedStore } from '../store/cache';
import { saveFeedHealth } from './feed-health';
import { releaseHostPermission } from './host-permission';
import { loadSettings, saveSettings } from './settings';

export async function removeFeed(url: string, options: { store: FeedStore }): Promise<void> {
  const settings = await loadSettings();
  const feeds = settings.feeds.filter((feed) => feed.url !== url);
  await saveSettings({ ...settings, feeds });
  const remaining = feeds.map((feed) => feed.url);
  await saveFeedHealth([], remaining);
  // The cache is the shared IndexedDB; a failed delete leaves an orphan the popup never reads.
  await options.store.delete(url).catch(() => undefined);
  await releaseHostPermission(url, remaining);
}
