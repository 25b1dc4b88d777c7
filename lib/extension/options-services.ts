/**
 * The browser-bound side of the options page: the shared feed cache, extension
 * storage and permissions, wrapped as the `OptionsServices` the page components
 * take (components/options/services.ts).
 *
 *   render(<OptionsPage services={createOptionsServices(await openFeedStore())} initial={await loadSettings()} />, root);
 */
import { browser } from 'wxt/browser';
import type { OptionsServices } from '../../components/options/services';
import type { FeedStore } from '../store/cache';
import { startAddingFeed } from './add-feed';
import { loadAreaChoices } from './area-choices';
import { loadFeedOverview } from './feed-overview';
import { EXAMPLE_FEED_PATH } from './popup-data';
import { removeFeed } from './remove-feed';
import { loadSettings, saveSettings } from './settings';

export function createOptionsServices(store: FeedStore): OptionsServices {
  return {
    exampleFeedUrl: browser.runtime.getURL(EXAMPLE_FEED_PATH),
    browserLanguages: navigator.languages,
    startAddingFeed: (text, subscribed, convert) => startAddingFeed(text, subscribed, { store, convert }),
    removeFeed: (url) => removeFeed(url, { store }),
    loadOverview: (feeds) => loadFeedOverview(feeds, { store }),
    loadAreaChoices: (feeds) => loadAreaChoices(feeds, { store }),
    loadSettings,
    saveSettings,
    onChanged(listener) {
      // Settings and refresh health live in storage.local; the background writes both.
      const handler = (_changes: unknown, area: string) => {
        if (area === 'local') listener();
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}
