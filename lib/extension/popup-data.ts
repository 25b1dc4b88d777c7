/**
 * What the popup reads when it opens (settings, feed health, the cached feeds:
 * no network) and the browser-bound actions it is given.
 */
import { browser } from 'wxt/browser';
import type { FeedFailure } from '../feed/model';
import { lookupPostcode, lookupPostcodeArea } from '../lookup/postcode';
import { openFeedStore } from '../store/cache';
import type { CachedFeed } from '../store/feed-store';
import { languageOf } from './background';
import { loadFeedHealth } from './feed-health';
import { askBackgroundToRefresh } from './messages';
import { loadSettings, saveSettings, type Settings } from './settings';

/** The example feed shipped inside the extension (public/feeds/). */
export const EXAMPLE_FEED_PATH = '/feeds/almere.json';

export async function loadPopupData() {
  const [settings, health, store] = await Promise.all([loadSettings(), loadFeedHealth(), openFeedStore()]);
  const cached = await Promise.all(settings.feeds.map(({ url }) => store.get(url)));
  const feeds = cached
    .filter((entry): entry is CachedFeed => entry !== undefined)
    .map((entry) => ({
      cached: entry,
      failure: health[entry.url]?.ok === false ? (health[entry.url].failure as FeedFailure) : undefined,
      widgetPage: settings.feeds.find((feed) => feed.url === entry.url)?.widgetPage,
    }));
  return {
    settings,
    lang: languageOf(settings),
    feeds,
    defaultArea: settings.defaultArea,
    pinnedAreas: settings.pinnedAreas,
    tiles: settings.tiles,
    tileAttribution: settings.tileAttribution,
  };
}

export function popupActions(settings: Settings, redraw: () => Promise<void>) {
  return {
    lookupPostcode: (text: string) => lookupPostcode(text, { endpoint: settings.lookupEndpoint }),
    lookupPostcodeArea: (text: string) => lookupPostcodeArea(text, { endpoint: settings.lookupEndpoint }),
    copyText: (text: string) => navigator.clipboard.writeText(text),
    // Desktop Chromium on Linux has no share sheet; there the button stays away.
    shareText: typeof navigator.share === 'function' ? (text: string) => navigator.share({ text }) : undefined,
    // Read again first: the options page may have saved other settings since the popup opened.
    savePinnedAreas: async (pinnedAreas: readonly string[]) => {
      await saveSettings({ ...(await loadSettings()), pinnedAreas: [...pinnedAreas] });
    },
    onRefresh: async () => {
      await askBackgroundToRefresh();
      await redraw();
    },
    onUseExample: async () => {
      const url = browser.runtime.getURL(EXAMPLE_FEED_PATH);
      const current = await loadSettings();
      if (!current.feeds.some((feed) => feed.url === url)) {
        await saveSettings({ ...current, feeds: [...current.feeds, { url, name: 'Voorbeeld (Almere)' }] });
      }
      await askBackgroundToRefresh();
      await redraw();
    },
  };
}
