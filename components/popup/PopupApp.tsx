/**
 * The extension popup: find a buurt, see its provision, call or mail its known
 * faces, copy a summary for a parent. Everything comes from the local cache, so
 * it opens at once and works offline; the browser-specific parts (storage,
 * clipboard, opening the options) come in as props.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { FeedFailure } from '../../lib/feed/model';
import type { PostcodeAreaLookup, PostcodeLookup } from '../../lib/lookup/postcode';
import { createFeedIndex } from '../../lib/query';
import { createAppState } from '../../lib/state';
import type { CachedFeed } from '../../lib/store/feed-store';
import type { Lang } from '../../lib/i18n';
import { togglePinnedArea } from '../../lib/extension/pinned-areas';
import { AppContext, useApp, useText } from '../AppContext';
import { DetailsPanel } from '../details/DetailsPanel';
import { ExampleNotice } from '../status/ExampleNotice';
import { AreaOverview } from './AreaOverview';
import { DataStatus } from './DataStatus';
import { PinnedAreas } from './PinnedAreas';
import { AreaSearch } from './AreaSearch';
import { childCriteria } from './child-choices';
import { areaByCode, type FeedAreaMatch, type PopupFeed } from './search-feeds';
import { HeadingBase } from '../ui/Heading';

export interface PopupFeedEntry {
  cached: CachedFeed;
  /** Set when the last background refresh of this feed failed. */
  failure?: FeedFailure;
  /** The municipality's page with the widget, from the options. */
  widgetPage?: string;
}

export interface PopupAppProps {
  lang: Lang;
  feeds: readonly PopupFeedEntry[];
  /** Text handed over by the context menu. */
  initialQuery?: string;
  defaultArea?: string;
  /** The buurten the worker pinned; the first opens when no start buurt or query is given. */
  pinnedAreas?: readonly string[];
  savePinnedAreas(codes: readonly string[]): Promise<void>;
  tiles: string;
  tileAttribution: string;
  lookupPostcode(text: string): Promise<PostcodeLookup>;
  lookupPostcodeArea(text: string): Promise<PostcodeAreaLookup>;
  copyText(text: string): Promise<void>;
  /** Given only where the browser has a share sheet (navigator.share). */
  shareText?(text: string): Promise<void>;
  onOpenOptions(): void;
  onRefresh(): Promise<void>;
  onUseExample(): Promise<void>;
  now?: Date;
}

export function PopupApp(props: PopupAppProps) {
  // Made once; a later language comes in through app.lang below.
  const [app] = useState(() => createAppState({ lang: props.lang, view: 'list' }));
  app.lang.value = props.lang;
  if (props.now) app.now.value = props.now;
  return (
    <AppContext.Provider value={app}>
      {/* The popup's own title is its h1; the shared parts' headings go below it. */}
      <HeadingBase.Provider value={1}>
        <PopupScreen {...props} />
      </HeadingBase.Provider>
    </AppContext.Provider>
  );
}

function PopupScreen(props: PopupAppProps) {
  const app = useApp();
  const messages = useText();
  const text = messages.extension;
  const [busy, setBusy] = useState(false);
  const feeds: PopupFeed[] = useMemo(
    () => props.feeds.map(({ cached }) => ({ url: cached.url, index: createFeedIndex(cached.data) })),
    [props.feeds],
  );
  const [chosenUrl, setChosenUrl] = useState<string>();
  const [pinned, setPinned] = useState<readonly string[]>(props.pinnedAreas ?? []);

  // Remade only with the feeds, so the default buurt below is chosen again only when they change.
  const choose = useCallback(
    (match: FeedAreaMatch) => {
      const entry = props.feeds.find(({ cached }) => cached.url === match.feedUrl);
      if (!entry) return;
      const { data, problems, counts, fetchedAt } = entry.cached;
      app.feed.value = entry.failure
        ? { phase: 'stale', data, problems, counts, fetchedAt, failure: entry.failure }
        : { phase: 'ready', data, problems, counts, fetchedAt };
      app.selection.value = undefined;
      app.photoRule.value = { feedUrl: match.feedUrl, allow: 'feed' };
      // The choices for one child stay: a worker may compare buurten for the same child.
      app.criteria.value = { ...childCriteria(app.criteria.peek()), area: match.code, comingWeek: true };
      setChosenUrl(match.feedUrl);
    },
    [props.feeds, app],
  );

  const clear = useCallback(() => {
    app.selection.value = undefined;
    app.criteria.value = {};
  }, [app]);

  // When no query was handed over: the start buurt from the options, which the worker
  // chose for this, else the first pinned buurt a feed knows. Chosen while rendering
  // (not in an effect), so the popup never shows "choose a buurt" first. Pinning in
  // this popup changes only `pinned`, so the buurt shown does not jump.
  useMemo(() => {
    if (props.initialQuery) return;
    const candidates = [props.defaultArea, ...(props.pinnedAreas ?? [])];
    for (const code of candidates) {
      const match = code ? areaByCode(feeds, code) : undefined;
      if (match) return choose(match);
    }
  }, [feeds, props.initialQuery, props.defaultArea, props.pinnedAreas, choose]);

  function togglePin(code: string) {
    const next = togglePinnedArea(pinned, code);
    setPinned(next);
    void props.savePinnedAreas(next);
  }

  const shown = props.feeds.find(({ cached }) => cached.url === chosenUrl) ?? props.feeds[0];
  const othersFailed = props.feeds
    .filter((entry) => entry !== shown && entry.failure)
    .map(({ cached }) => cached.data.meta.municipality.name);

  async function refresh() {
    setBusy(true);
    try {
      await props.onRefresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="kwk-root kwk-popup" lang={app.lang.value}>
      <header class="kwk-popup__header">
        <h1 class="kwk-popup__title">Kinderwerkkaart</h1>
        <button type="button" class="kwk-button kwk-button--quiet kwk-popup__options" onClick={props.onOpenOptions}>
          {text.openOptions}
        </button>
      </header>
      {props.feeds.length === 0 ? (
        <div class="kwk-popup__empty">
          <p>{text.noFeeds}</p>
          <p class="kwk-popup__actions">
            <button type="button" class="kwk-button" onClick={props.onOpenOptions}>{text.addFeed}</button>
            <button type="button" class="kwk-button kwk-button--secondary" onClick={() => void props.onUseExample()}>{text.tryExample}</button>
          </p>
        </div>
      ) : (
        <>
          <PinnedAreas feeds={feeds} pinned={pinned} current={app.criteria.value.area} onChoose={choose} />
          <AreaSearch
            feeds={feeds}
            initialQuery={props.initialQuery}
            lookupPostcode={props.lookupPostcode}
            lookupPostcodeArea={props.lookupPostcodeArea}
            onChoose={choose}
            onClear={clear}
          />
          <DataStatus
            fetchedAt={shown.cached.fetchedAt}
            failure={shown.failure}
            othersFailed={othersFailed}
            busy={busy}
            onRefresh={() => void refresh()}
          />
          {shown.cached.data.meta.example && <ExampleNotice />}
          {app.criteria.value.area ? (
            <AreaOverview
              tiles={props.tiles}
              tileAttribution={props.tileAttribution}
              copyText={props.copyText}
              share={props.shareText}
              widgetPage={shown.widgetPage}
              pinned={pinned.includes(app.criteria.value.area)}
              onTogglePin={togglePin}
            />
          ) : (
            <p class="kwk-popup__choose">{text.chooseArea}</p>
          )}
        </>
      )}
      <DetailsPanel />
    </div>
  );
}
