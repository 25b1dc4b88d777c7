/**
 * What the options page needs from the browser, handed in by the entrypoint so
 * the components stay free of extension APIs (and testable in happy-dom).
 *
 *   render(<OptionsPage services={createOptionsServices(store)} initial={settings} />, root);
 */
import type { AddFeedStart } from '../../lib/extension/add-feed';
import type { AreaChoiceGroup } from '../../lib/extension/area-choices';
import type { FeedOverviewRow } from '../../lib/extension/feed-overview';
import type { FeedSubscription, Settings } from '../../lib/extension/settings';

export interface OptionsServices {
  /** The bundled example feed (chrome-extension://…/feeds/almere.json). */
  exampleFeedUrl: string;
  /** navigator.languages, for "same as your browser". */
  browserLanguages: readonly string[];
  /** Call straight from the click or submit handler: it may ask for a permission. */
  startAddingFeed(text: string, subscribed: readonly FeedSubscription[], convert?: FeedSubscription['convert']): AddFeedStart;
  removeFeed(url: string): Promise<void>;
  loadOverview(feeds: readonly FeedSubscription[]): Promise<FeedOverviewRow[]>;
  loadAreaChoices(feeds: readonly FeedSubscription[]): Promise<AreaChoiceGroup[]>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Settings, cache or refresh health changed elsewhere (the background). Returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
}
