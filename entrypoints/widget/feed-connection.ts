/**
 * Connects an app to its feed: the cached copy at once, then the network behind it
 * (lib/feed/source.ts). One feed store per page, shared by every widget on it.
 *
 *   const stop = connectFeed(app, 'https://example.org/kinderwerk.json');
 *   const stop = connectFeed(app, 'https://example.org/api/services', { buurtenUrl: 'https://example.org/buurten.geojson' });
 */
import type { ConvertSettings } from '../../lib/feed/fetch-feed';
import { fetchAtOnce, readyState, watchFeed, type FeedWatch } from '../../lib/feed/source';
import { openFeedStore, type FeedStore } from '../../lib/store/cache';
import { localFirstScreen } from '../../lib/store/first-screen';
import type { AppState } from '../../lib/state';
import { withNotice } from '../../lib/app-notice';

let store: Promise<FeedStore> | undefined;

/** `convert` tells an Open Referral HSDS or OpenActive feed which municipality it is for. */
export function connectFeed(app: AppState, url: string | undefined, convert: ConvertSettings = {}): () => void {
  if (!url) {
    // A missing or unusable `feed` attribute: say so instead of spinning forever.
    app.feed.value = {
      phase: 'failed',
      failure: { code: 'not-found', message: 'The widget has no valid feed attribute (an http or https URL).' },
    };
    return () => undefined;
  }
  let stopped = false;
  let watch: FeedWatch | undefined;
  // A small feed's last copy, read at once: a return visit shows its list in the first frame.
  const firstScreen = localFirstScreen();
  const shown = firstScreen.read(url);
  app.feed.value = shown ? readyState(shown) : { phase: 'loading' };
  // Nothing shown here before: most likely nothing is cached, so the request need not wait for IndexedDB.
  // (A copy read above was shown before; its key need not be read again.)
  const early = shown || firstScreen.wasKept(url) ? undefined : fetchAtOnce(url, { limits: { convert } });
  void (store ??= openFeedStore()).then((feedStore) => {
    if (stopped) return;
    // A private window, or storage that never answered: say the data is not kept for next time.
    app.notices.value = withNotice(app.notices.value, 'not-saved', !feedStore.persistent);
    watch = watchFeed(url, {
      store: feedStore,
      limits: { convert },
      shown,
      early,
      // Where IndexedDB keeps nothing, the notice says the data is not kept: neither is this copy.
      onCopy: feedStore.persistent ? (entry) => firstScreen.save(entry) : undefined,
      onState: (state) => (app.feed.value = state),
      onSaved: (failure) => (app.notices.value = withNotice(app.notices.value, 'save-failed', failure !== undefined)),
    });
  });
  // Back online after showing cached data: fetch again without a reload.
  const onOnline = () => void watch?.refresh();
  window.addEventListener('online', onOnline);
  return () => {
    stopped = true;
    watch?.stop();
    window.removeEventListener('online', onOnline);
  };
}
