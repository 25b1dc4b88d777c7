/**
 * How the last refresh of each feed went, kept in storage.local so the popup
 * and the options page can say "the last update failed" without a network call,
 * and the toolbar badge can warn.
 */
import { browser } from 'wxt/browser';
import type { FeedFailure } from '../feed/model';

export interface FeedHealth {
  url: string;
  /** When we last tried (ISO). */
  checkedAt: string;
  ok: boolean;
  failure?: FeedFailure;
}

const KEY = 'feedHealth';

export async function loadFeedHealth(): Promise<Record<string, FeedHealth>> {
  const stored = await browser.storage.local.get(KEY);
  const value = stored[KEY];
  return typeof value === 'object' && value !== null ? (value as Record<string, FeedHealth>) : {};
}

export async function saveFeedHealth(entries: FeedHealth[], keepOnly?: string[]): Promise<Record<string, FeedHealth>> {
  const health = await loadFeedHealth();
  for (const entry of entries) health[entry.url] = entry;
  if (keepOnly) for (const url of Object.keys(health)) if (!keepOnly.includes(url)) delete health[url];
  await browser.storage.local.set({ [KEY]: health });
  return health;
}

/** A "!" on the toolbar icon while any feed failed its last refresh; the title says which. */
export async function showHealthOnBadge(health: Record<string, FeedHealth>, failedTitle: (count: number) => string): Promise<void> {
  const failed = Object.values(health).filter((entry) => !entry.ok);
  await browser.action.setBadgeText({ text: failed.length ? '!' : '' });
  if (failed.length) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setTitle({ title: failed.length ? failedTitle(failed.length) : '' });
}
