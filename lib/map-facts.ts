/**
 * What the parents' map draws (`AppState.map`): the boundaries, the places of the
 * settled hits and the totals per buurt and wijk. From the index once there is one.
 * Before that, when no filter needs the index (lib/query/first-map.ts), so the map
 * does not wait for the list:
 *   1. on a return visit, from the first map saved with the cached feed, before the
 *      feed itself is read (`FeedState.first`);
 *   2. once the data is there and the index is still being built, counted from the
 *      data, unless it is the very feed that first map was saved with.
 * Each step gives the same places and totals as the next, and a step that gives what
 * is drawn already keeps its arrays, so the markers are drawn once.
 *
 *   const map = followMap({ feed, data, index, criteria: settledCriteria, now, places, totals });
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import type { KinderwerkData } from './feed/model';
import type { BuurtFeature, WijkFeature } from './feed/schema';
import type { FeedState } from './feed/source';
import { indexAreas, type AreaIndex, type AreaTotals, type Criteria, type FeedIndex } from './query';
import { totalsOfHits } from './query/aggregate';
import { countsWithoutIndex, firstMapHolds, placedOffers } from './query/first-map';
import { placesFromHits, type MapPlace } from './query/places';
import type { FirstView } from './store/feed-store';

export interface MapFacts {
  buurten: readonly BuurtFeature[];
  wijken: readonly WijkFeature[];
  /** The feed's credit for its boundaries (`meta.boundaryAttribution`). */
  boundaryAttribution?: string;
  areas: AreaIndex;
  places: readonly MapPlace[];
  totals: Map<string, AreaTotals>;
}

export interface MapSources {
  feed: ReadonlySignal<FeedState>;
  data: ReadonlySignal<KinderwerkData | undefined>;
  index: ReadonlySignal<FeedIndex | undefined>;
  /** The settled criteria: the map follows typing once it pauses. */
  criteria: ReadonlySignal<Criteria>;
  now: ReadonlySignal<Date>;
  /** The places and totals of the settled hits, from the index. */
  places: ReadonlySignal<readonly MapPlace[]>;
  totals: ReadonlySignal<Map<string, AreaTotals>>;
}

function factsOfFirstView(first: FirstView): MapFacts {
  const { buurten, wijken } = first;
  return {
    buurten, wijken, boundaryAttribution: first.about.boundaryAttribution, areas: indexAreas({ buurten, wijken }),
    places: first.map.places, totals: new Map(first.map.totals.map((area) => [area.code, area])),
  };
}

function factsOfData(data: KinderwerkData, criteria: Criteria, now: Date): MapFacts {
  const areas = indexAreas(data);
  const offers = placedOffers(data, areas, criteria, now);
  return {
    buurten: data.buurten, wijken: data.wijken, boundaryAttribution: data.meta.boundaryAttribution, areas,
    places: placesFromHits(offers.activities, offers.huiskamers), totals: totalsOfHits(areas, offers.all),
  };
}

/** True when both hold the same places with the same counts, in any order. */
export function samePlaces(a: readonly MapPlace[], b: readonly MapPlace[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((place) => [place.id, place]));
  return b.every((place) => {
    const other = byId.get(place.id);
    return other !== undefined && other.name === place.name && other.lat === place.lat && other.lng === place.lng
      && other.activities === place.activities && other.huiskamers === place.huiskamers;
  });
}

export function followMap(sources: MapSources): ReadonlySignal<MapFacts | undefined> {
  // The first view drawn, and the facts made of it (the same object while it is shown).
  let shown: { first: FirstView; facts: MapFacts } | undefined;
  const holds = (first: FirstView, criteria: Criteria) =>
    countsWithoutIndex(criteria) && criteria.area === undefined && firstMapHolds(first.map, sources.now.value);

  // Only for the first index: a refreshed feed keeps the map on the index shown, like the list.
  const beforeIndex = computed((): MapFacts | undefined => {
    const state = sources.feed.value;
    const criteria = sources.criteria.value;
    if (sources.index.value || !countsWithoutIndex(criteria)) return undefined;
    if (state.phase === 'loading') {
      const first = state.first;
      // The saved first map is the whole town's: an area would narrow it.
      if (!first || !holds(first, criteria)) return undefined;
      if (shown?.first !== first) shown = { first, facts: factsOfFirstView(first) };
      return shown.facts;
    }
    const data = sources.data.value;
    if (!data) return undefined;
    // The cache hands back the boundaries of the first view when the copy is the one it was saved with.
    if (shown && shown.first.buurten === data.buurten && holds(shown.first, criteria)) return shown.facts;
    return factsOfData(data, criteria, sources.now.value);
  });

  let last: MapFacts | undefined;
  return computed(() => {
    const index = sources.index.value;
    let next = beforeIndex.value;
    if (index) {
      const { buurten, wijken, meta } = index.data;
      const places = sources.places.value;
      next = {
        buurten, wijken, boundaryAttribution: meta.boundaryAttribution, areas: index.areas,
        // The index's first places are those drawn before it: keep the array, and the markers are not redrawn.
        places: last && last.buurten === buurten && samePlaces(last.places, places) ? last.places : places,
        totals: sources.totals.value,
      };
    }
    last = next;
    return next;
  });
}
