/**
 * What the parents' map marks, counted straight from the data while a big feed's
 * index is still being built (a city's takes a few hundred milliseconds): every offer
 * that is not over, where it is and which buurten it counts in. The map can then be
 * drawn as soon as the data is there, and the index, when ready, gives the very same
 * places and totals, so the markers stay as they are.
 *
 * Only criteria that need no index can be counted this way: none, or an area (which
 * narrows the places, not the totals), or a point (which only orders the list).
 *
 *   if (countsWithoutIndex(criteria)) {
 *     const hits = placedOffers(data, areas, criteria, now);
 *     placesFromHits(hits.activities, hits.huiskamers);
 *   }
 *
 * A return visit need not even wait for the data: the cache keeps the whole town's
 * first map (`firstMapOf`, no criteria) beside the feed, and it is drawn from that and
 * the boundaries alone while the rest of the feed is read (lib/store/cache.ts).
 *
 *   const first = firstMapOf(data, now);   // saved with the feed
 *   if (firstMapHolds(first, later)) draw(first.places, first.totals);
 */
import type { KinderwerkData } from '../feed/model';
import type { Activity, Huiskamer, Location } from '../feed/schema';
import { totalsOfHits, type AreaTotals } from './aggregate';
import { indexAreas, type AreaIndex } from './areas';
import { placesFromHits, type MapPlace } from './places';
import { dayNumber } from './columns';
import type { Criteria } from './criteria';
import { queryWords } from './normalize';
import { isoDay, type Scheduled } from './schedule';
import { runSteps, stepEndsAfter } from '../steps';

/** An offer as the map needs it: its place and the buurten it is in or visits. */
export interface PlacedHit {
  readonly location?: Location;
  readonly buurtCodes: readonly string[];
}

export interface PlacedOffers {
  /** The offers that fit the criteria (an area narrows them). */
  activities: readonly PlacedHit[];
  huiskamers: readonly PlacedHit[];
  /** Every offer that is not over, whatever the area: what the totals count. */
  all: { activities: readonly PlacedHit[]; huiskamers: readonly PlacedHit[] };
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === false || (Array.isArray(value) && value.length === 0);

/** True when `criteria` leave every offer that is not over, apart from an area or a point. */
export function countsWithoutIndex(criteria: Criteria): boolean {
  return Object.entries(criteria).every(([key, value]) => {
    if (key === 'area' || key === 'near') return true;
    if (key === 'text') return value === undefined || queryWords(String(value)).length === 0;
    return isEmpty(value);
  });
}

/** The offers of `data` that are not over on `now`, with their places, as the index would give them. */
export function placedOffers(data: KinderwerkData, areas: AreaIndex, criteria: Criteria, now: Date): PlacedOffers {
  return runSteps(placedOffersSteps(data, areas, criteria, now));
}

/** `placedOffers` in steps of a few records, so a region (100,000 offers) can pause in between; also the first day an offer in it ends. */
function* placedOffersSteps(data: KinderwerkData, areas: AreaIndex, criteria: Criteria, now: Date): Generator<void, PlacedOffers & { firstEnd: number }> {
  const today = dayNumber(isoDay(now));
  const locations = new Map(data.locations.map((location) => [location.id, location]));
  // Offers at one location (and visiting no other buurten) share one hit shape, as in the index.
  const atLocation = new Map<string, PlacedHit>();
  const place = (record: Activity | Huiskamer): PlacedHit => {
    const location = record.locationId ? locations.get(record.locationId) : undefined;
    const visits = (record as { servesBuurten?: readonly string[] }).servesBuurten;
    if (visits === undefined) {
      const key = record.locationId ?? '';
      let shared = atLocation.get(key);
      if (!shared) atLocation.set(key, (shared = { location, buurtCodes: location?.buurtCode ? [location.buurtCode] : [] }));
      return shared;
    }
    return { location, buurtCodes: [...new Set([...(location?.buurtCode ? [location.buurtCode] : []), ...visits])] };
  };
  let firstEnd = NO_END;
  function* current(records: readonly (Activity | Huiskamer)[]): Generator<void, PlacedHit[]> {
    const placed: PlacedHit[] = [];
    for (let i = 0; i < records.length; i++) {
      const end = (records[i] as Scheduled).dateRange?.endDate;
      const last = end === undefined ? NO_END : dayNumber(end);
      if (last >= today) {
        placed.push(place(records[i]));
        if (last < firstEnd) firstEnd = last;
      }
      if (stepEndsAfter(i)) yield;
    }
    return placed;
  }
  const all = { activities: yield* current(data.activities), huiskamers: yield* current(data.huiskamers) };
  const { area } = criteria;
  if (area === undefined) return { ...all, all, firstEnd };
  const inArea = (hit: PlacedHit) => hit.buurtCodes.includes(area) || hit.buurtCodes.some((code) => areas.wijkOf(code) === area);
  return { activities: all.activities.filter(inArea), huiskamers: all.huiskamers.filter(inArea), all, firstEnd };
}

/** The whole town's map without criteria, as counted on one day: what a return visit draws first. */
export interface FirstMap {
  /** The day it was counted, as YYYYMMDD. */
  countedOn: number;
  /** The last day its counts hold, as YYYYMMDD: after it the first of its offers is over. */
  holdsThrough: number;
  places: MapPlace[];
  /** Per buurt and wijk. */
  totals: AreaTotals[];
}

const NO_END = 99_999_999;

export function firstMapOf(data: KinderwerkData, now: Date): FirstMap {
  return runSteps(firstMapSteps(data, now));
}

/** `firstMapOf` in steps (see lib/steps.ts): a region's takes over 150 ms. */
export function* firstMapSteps(data: KinderwerkData, now: Date): Generator<void, FirstMap> {
  const areas = indexAreas(data);
  yield;
  const offers = yield* placedOffersSteps(data, areas, {}, now);
  const places = placesFromHits(offers.activities, offers.huiskamers);
  yield;
  const totals = [...totalsOfHits(areas, offers.all).values()];
  return { countedOn: dayNumber(isoDay(now)), holdsThrough: offers.firstEnd, places, totals };
}

/** True when `first` still counts what the index would on `now`: no offer in it has ended since. */
export function firstMapHolds(first: FirstMap, now: Date): boolean {
  const today = dayNumber(isoDay(now));
  return first.countedOn <= today && today <= first.holdsThrough;
}
