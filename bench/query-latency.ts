/**
 * What one keystroke or filter click costs in queries: everything the app's signals
 * recompute when the criteria change (lib/state.ts: activities, huiskamers,
 * contacts, totals per buurt), and what the map then derives (places, clusters).
 * Pure, so it runs the same in Node and in the browser page.
 *
 *   const timings = typingLatency(index, new Date());   // one entry per keystroke
 */
import { clusterPoints } from '../components/map/cluster';
import { placesFromHits } from '../components/map/places';
import {
  contactsForArea, filterActivities, filterHuiskamers, neighbourhoodTotals, type Criteria, type FeedIndex,
} from '../lib/query';

export interface StepTiming {
  /** filterActivities + filterHuiskamers + contactsForArea + neighbourhoodTotals. */
  queries: number;
  /** placesFromHits + clusterPoints at city zoom: what the map adds. */
  map: number;
  results: number;
}

/** Words typed letter by letter and then deleted again: common, long, a place name, none found. */
export const TYPED_WORDS = ['voetbal', 'knutselclub', 'rozenbuurt', 'huiswerk', 'zqx'];

/** Criteria after each keystroke: "v", "vo", … "voetbal", "voetba", … "". */
export function typingSteps(words: readonly string[] = TYPED_WORDS): Criteria[] {
  return words.flatMap((word) => {
    const forward = Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));
    const back = forward.slice(0, -1).reverse().concat('');
    return [...forward, ...back].map((text) => ({ text }));
  });
}

/** Criteria after each click in the filters: ages, free only, categories, a few areas. */
export function clickSteps(index: FeedIndex): Criteria[] {
  const wijken = [...index.areas.wijken.keys()].slice(0, 4);
  const buurten = [...index.areas.buurten.keys()].filter((_, i) => i % 97 === 0).slice(0, 4);
  return [
    ...[4, 6, 8, 10, 12].map((age) => ({ age })),
    { age: 8, freeOnly: true },
    ...(['sport', 'creative', 'learning'] as const).map((category) => ({ age: 8, freeOnly: true, categories: [category] })),
    { days: ['WE'] },
    { days: ['WE'], timeOfDay: 'afternoon' },
    { join: ['walk-in'] },
    { comingWeek: true },
    ...[...wijken, ...buurten].map((area) => ({ area })),
    {},
  ];
}

const CITY_ZOOM = 12;

export function measureSteps(index: FeedIndex, steps: readonly Criteria[], now: Date): StepTiming[] {
  return steps.map((criteria) => {
    const started = performance.now();
    const activities = filterActivities(index, criteria, now);
    const huiskamers = filterHuiskamers(index, criteria, now);
    contactsForArea(index, criteria.area);
    neighbourhoodTotals(index, criteria, now);
    const queried = performance.now();
    const places = placesFromHits(activities, huiskamers);
    clusterPoints(places.map((place) => ({ id: place.id, lat: place.lat, lng: place.lng, item: place })), CITY_ZOOM);
    return { queries: queried - started, map: performance.now() - queried, results: activities.length + huiskamers.length };
  });
}
