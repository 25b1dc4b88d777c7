/**
 * The signals both faces (widget and extension popup) read. One instance per
 * mounted app, so two widgets on one page don't share filters.
 *
 *   const app = createAppState({ lang: 'nl' });
 *   app.criteria.value = { ...app.criteria.value, age: 8 };
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { FeedState } from './feed/source';
import type { Criteria } from './query/criteria';
import type { Lang } from './i18n';
import {
  createFeedIndex, filterActivities, filterHuiskamers, contactsForArea, neighbourhoodTotals,
  type FeedIndex, type ActivityHit, type HuiskamerHit, type AreaTotals,
} from './query';
import type { Contact } from './feed/schema';

/** What the details panel shows. `area` is a buurt or wijk code. */
export type Selection =
  | { kind: 'activity' | 'huiskamer' | 'contact' | 'location' | 'organization'; id: string }
  | { kind: 'area'; id: string };

export type View = 'map' | 'list';

export interface AppState {
  lang: Signal<Lang>;
  feed: Signal<FeedState>;
  criteria: Signal<Criteria>;
  selection: Signal<Selection | undefined>;
  view: Signal<View>;
  /** "Now", as a signal so tests and "this week" can pin it. */
  now: Signal<Date>;
  index: ReadonlySignal<FeedIndex | undefined>;
  activities: ReadonlySignal<ActivityHit[]>;
  huiskamers: ReadonlySignal<HuiskamerHit[]>;
  contacts: ReadonlySignal<Contact[]>;
  totals: ReadonlySignal<Map<string, AreaTotals>>;
}

export function createAppState(initial: { lang: Lang; criteria?: Criteria; view?: View; selection?: Selection }): AppState {
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
  const index = computed(() => (data.value ? createFeedIndex(data.value) : undefined));
  return {
    lang: signal(initial.lang),
    feed,
    criteria,
    selection: signal(initial.selection),
    view: signal(initial.view ?? 'map'),
    now,
    index,
    activities: computed(() => (index.value ? filterActivities(index.value, criteria.value, now.value) : [])),
    huiskamers: computed(() => (index.value ? filterHuiskamers(index.value, criteria.value, now.value) : [])),
    contacts: computed(() => (index.value ? contactsForArea(index.value, criteria.value.area) : [])),
    totals: computed(() => (index.value ? neighbourhoodTotals(index.value, criteria.value) : new Map())),
  };
}
