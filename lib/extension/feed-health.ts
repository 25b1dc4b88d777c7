/**
 * How the last refresh of each feed went, kept in storage.local so the popup
 * and the options page can say "the last update failed" without a network call,
 * and the toolbar badge can warn.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FEED_FAILURE_CODES } from '../feed/model';

export const FeedHealth = z.object({
  url: z.string().max(2000),
  /** When we last tried (ISO). */
  checkedAt: z.iso.datetime(),
  ok: z.boolean(),
  failure: z.object({ code: z.enum(FEED_FAILURE_CODES), message: z.string().max(4000) }).optional(),
});
export type FeedHealth = z.infer<typeof FeedHealth>;

const KEY = 'feedHealth';

/**
 * Whatever storage holds, as health per feed URL; never throws. A damaged entry
 * (or one an older version wrote differently) is left out: that feed then shows
 * no health until its next refresh.
 */
export function readFeedHealth(stored: unknown): Record<string, FeedHealth> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const entries = Object.entries(stored).flatMap(([url, value]) => {
    const parsed = FeedHealth.safeParse(value);
    return parsed.success && parsed.data.url === url ? [[url, parsed.data] as const] : [];
  });
  return Object.fromEntries(entries);
}

export async function loadFeedHealth(): Promise<Record<string, FeedHealth>> {
  const stored = await browser.storage.local.get(KEY);
  return readFeedHealth(stored[KEY]);
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
