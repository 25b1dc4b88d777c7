/**
 * The signals both faces (widget and extension popup) read. One instance per
 * mounted app, so two widgets on one page don't share filters.
 *
 *   const app = createAppState({ lang: 'nl' });
 *   app.criteria.value = { ...app.criteria.value, age: 8 };
 */
import { computed, effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import { deferredSignal } from './deferred-signal';
import type { FeedState } from './feed/source';
import type { Criteria } from './query/criteria';
import type { Lang } from './i18n';
import type { KinderwerkData } from './feed/model';
import {
  createFeedIndex, createFeedIndexInChunks, indexedRecordCount, INDEX_AT_ONCE_MAX_RECORDS, filterActivities, filterHuiskamers, contactsForArea, neighbourhoodTotals,
  type FeedIndex, type ActivityHit, type HuiskamerHit, type AreaTotals,
} from './query';
import { placesFromHits } from './query/places';
import { shareFeedStringsSteps } from './feed/string-pool';
import { runStepsInSlices } from './steps';
import { followMap, type MapFacts } from './map-facts';
import type { Contact } from './feed/schema';
import type { PhotoRule } from './feed/photo-source';
import type { AppNotice } from './app-notice';

/** What the details panel shows. `area` is a buurt or wijk code. */
export type Selection =
  | { kind: 'activity' | 'huiskamer' | 'contact' | 'location' | 'organization'; id: string }
  | { kind: 'area'; id: string };

/** `map` and `list` choose what a narrow screen shows of the parents' view; `cijfers` is the municipality's view. */
export type View = 'map' | 'list' | 'cijfers';

export interface AppState {
  lang: Signal<Lang>;
  feed: Signal<FeedState>;
  criteria: Signal<Criteria>;
  selection: Signal<Selection | undefined>;
  view: Signal<View>;
  /** "Now", as a signal so tests and "this week" can pin it. */
  now: Signal<Date>;
  /** Where the feed came from and which photo hosts the embedding page allows. */
  photoRule: Signal<PhotoRule>;
  /** Storage and background-map problems the reader is told about (lib/app-notice.ts). */
  notices: Signal<readonly AppNotice[]>;
  /**
   * The index of the feed's data. Undefined until the first data is indexed: a big feed
   * (a region) is indexed in slices, the page answering in between, and the UI shows
   * "loading" until then. New data keeps the previous index shown until its own is ready.
   */
  index: ReadonlySignal<FeedIndex | undefined>;
  /** What the list shows: follows every keystroke. */
  activities: ReadonlySignal<ActivityHit[]>;
  huiskamers: ReadonlySignal<HuiskamerHit[]>;
  contacts: ReadonlySignal<Contact[]>;
  /**
   * The criteria once typing in the text filter pauses; any other change follows at once.
   * The map and the URL hash read these, so a keystroke redraws only the list.
   */
  settledCriteria: ReadonlySignal<Criteria>;
  /** Makes `settledCriteria` follow now: the reader left the text field or pressed Enter. */
  settle(): void;
  /** The hits for `settledCriteria`: what the map marks. The list's own hits once settled. */
  settledActivities: ReadonlySignal<ActivityHit[]>;
  settledHuiskamers: ReadonlySignal<HuiskamerHit[]>;
  /** Per buurt and wijk, for `settledCriteria`. */
  totals: ReadonlySignal<Map<string, AreaTotals>>;
  /**
   * What the map draws: from the index, or before it when the criteria allow, from the
   * first map saved with the cached feed or counted from the data (lib/map-facts.ts).
   */
  map: ReadonlySignal<MapFacts | undefined>;
}

/** How long the map and the URL wait for the next keystroke before they follow the text filter. */
export const TYPING_PAUSE_MS = 180;

/** True when the two differ in the free text and nothing else: someone is typing. */
function onlyTextChanged(next: Criteria, settled: Criteria): boolean {
  if (next.text === settled.text) return false;
  const keys = new Set([...Object.keys(next), ...Object.keys(settled)] as (keyof Criteria)[]);
  keys.delete('text');
  return [...keys].every((key) => next[key] === settled[key] || JSON.stringify(next[key]) === JSON.stringify(settled[key]));
}

/**
 * The index of the latest data. A small feed is indexed at once (the index is there when
 * the feed state is set); a big one in slices, and a build for data that has since been
 * replaced is cancelled, so an older index never replaces a newer one.
 */
function followWithIndex(data: ReadonlySignal<KinderwerkData | undefined>): ReadonlySignal<FeedIndex | undefined> {
  const index = signal<FeedIndex | undefined>(undefined);
  let building: AbortController | undefined;
  let sharing: AbortController | undefined;
  effect(() => {
    const current = data.value;
    building?.abort();
    building = undefined;
    if (current && untracked(() => index.value)?.data === current) return;
    // Other data or none: the pool's steps for the data before are of no use now.
    sharing?.abort();
    sharing = undefined;
    if (!current) {
      index.value = undefined;
      return;
    }
    if (indexedRecordCount(current) <= INDEX_AT_ONCE_MAX_RECORDS) {
      index.value = createFeedIndex(current);
      return;
    }
    const controller = new AbortController();
    building = controller;
    createFeedIndexInChunks(current, { signal: controller.signal }).then(
      (built) => {
        if (building !== controller) return;
        building = undefined;
        index.value = built;
        // Then, when the page has nothing more urgent to do: one copy of each repeated text.
        sharing = new AbortController();
        runStepsInSlices(shareFeedStringsSteps(current), { signal: sharing.signal, priority: 'background' }).catch(() => undefined);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) throw error;
      },
    );
  });
  return computed(() => index.value);
}

export function createAppState(initial: { lang: Lang; criteria?: Criteria; view?: View; selection?: Selection; photoRule?: PhotoRule }): AppState {
  const feed = signal<FeedState>({ phase: 'loading' });
  const criteria = signal<Criteria>(initial.criteria ?? {});
  const now = signal(new Date());
  // The index follows the data, not the feed state: a refresh answered "304 Not Modified",
  // or a change of `refreshing`, gives a new state with the same data, and indexing a
  // city feed again would block the page for a few hundred milliseconds.
  const data = computed(() => {
    const state = feed.value;
    return state.phase === 'ready' || state.phase === 'stale' ? state.data : undefined;
  });
  const index = followWithIndex(data);
  const activities = computed(() => (index.value ? filterActivities(index.value, criteria.value, now.value) : []));
  const huiskamers = computed(() => (index.value ? filterHuiskamers(index.value, criteria.value, now.value) : []));
  const settled = deferredSignal(criteria, (next, last) => (onlyTextChanged(next, last) ? TYPING_PAUSE_MS : 0));
  const settledCriteria = settled.value;
  // Once settled, the criteria are the very object the list filtered by, so its hits are reused.
  const settledHits = <H>(listHits: ReadonlySignal<H[]>, filter: (index: FeedIndex, criteria: Criteria, now: Date) => H[]) =>
    computed(() => {
      const wanted = settledCriteria.value;
      const feedIndex = index.value;
      const at = now.value;
      if (!feedIndex) return [];
      return untracked(() => (criteria.value === wanted ? listHits.value : filter(feedIndex, wanted, at)));
    });
  const settledActivities = settledHits(activities, filterActivities);
  const settledHuiskamers = settledHits(huiskamers, filterHuiskamers);
  // Counted from the map's hits, not by a second query over the feed (ignored when an area narrows them).
  const totals = computed(() => {
    const feedIndex = index.value;
    if (!feedIndex) return new Map<string, AreaTotals>();
    const found = { activities: settledActivities.value, huiskamers: settledHuiskamers.value };
    return neighbourhoodTotals(feedIndex, settledCriteria.value, now.value, found);
  });
  const settledPlaces = computed(() => placesFromHits(settledActivities.value, settledHuiskamers.value));
  return {
    lang: signal(initial.lang),
    feed,
    criteria,
    selection: signal(initial.selection),
    view: signal(initial.view ?? 'map'),
    now,
    photoRule: signal(initial.photoRule ?? { allow: 'feed' }),
    notices: signal<readonly AppNotice[]>([]),
    index,
    activities,
    huiskamers,
    contacts: computed(() => (index.value ? contactsForArea(index.value, criteria.value.area) : [])),
    settledCriteria,
    settle: settled.flush,
    settledActivities,
    settledHuiskamers,
    totals,
    map: followMap({ feed, data, index, criteria: settledCriteria, now, places: settledPlaces, totals }),
  };
}
