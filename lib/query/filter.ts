/**
 * The list a user sees: activities and huiskamers that fit the criteria,
 * nearest first when a point is given, otherwise by name.
 *
 *   filterActivities(index, { area: 'BU03630101', age: 8, join: ['walk-in'] }, new Date());
 *   filterHuiskamers(index, { near: { lat: 52.37, lon: 4.9 } }, new Date());
 *
 * Offers whose date range ended before today are over and are never returned,
 * whatever the criteria: nobody can join them any more, and old holiday
 * programmes would otherwise crowd the list until the publisher removes them.
 *
 * Huiskamers go through the same checks. They have no category, so a category
 * choice leaves them in; they are joined by referral only; and one without a
 * stated cost counts as free (see `createFeedIndex`).
 */
import { distancesFrom, type LatLon } from '../geo/distance';
import { CATEGORY_BITS, JOIN_BITS, dayNumber, maskOf, type Columns } from './columns';
import type { Criteria } from './criteria';
import type { ActivityEntry, FeedIndex, HuiskamerEntry } from './feedIndex';
import type { ActivityHit, Hit, HuiskamerHit } from './hits';
import { matchesAllWords, queryWords } from './normalize';
import { comingWeek, dayMask, hasCompiledSlot, isoDay, runsInCompiledWeek } from './schedule';

type Entry = ActivityEntry | HuiskamerEntry;

/**
 * Positions (in name order) of the offers that fit. The typed-array columns
 * reject most offers; the entry itself is read only for slot times, "the coming week" and text.
 */
export function matchingPositions(columns: Columns, entries: readonly Entry[], criteria: Criteria, now: Date): number[] {
  const today = dayNumber(isoDay(now));
  const { age, freeOnly, timeOfDay } = criteria;
  const days = dayMask(criteria.days);
  const joins = maskOf(JOIN_BITS, criteria.join);
  const categories = maskOf(CATEGORY_BITS, criteria.categories);
  const week = criteria.comingWeek ? comingWeek(now) : undefined;
  const words = queryWords(criteria.text ?? '');
  const candidates = criteria.area ? columns.positionsByArea.get(criteria.area) ?? [] : undefined;
  const count = candidates ? candidates.length : columns.size;

  const positions: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = candidates ? candidates[k] : k;
    if (columns.lastDay[i] < today) continue;
    if (age !== undefined && (age < columns.ageMin[i] || age > columns.ageMax[i])) continue;
    if (freeOnly && !columns.free[i]) continue;
    if (joins && !(columns.join[i] & joins)) continue;
    if (categories && columns.category[i] && !(columns.category[i] & categories)) continue;
    if (days && !(columns.days[i] & days)) continue;
    const entry = entries[i];
    if ((days || timeOfDay) && !hasCompiledSlot(entry.schedule, days, timeOfDay)) continue;
    if (week && !runsInCompiledWeek(entry.schedule, week)) continue;
    if (words.length > 0 && !matchesAllWords(entry.searchTexts, words)) continue;
    positions.push(i);
  }
  return positions;
}

/** Metres from `near` to the nearest place of each position; Infinity for an offer without a place. */
function measure(columns: Columns, positions: readonly number[], near: LatLon): Float64Array {
  const distanceTo = distancesFrom(near);
  const { placeStart, placeLat, placeLon } = columns;
  const metres = new Float64Array(positions.length);
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k];
    let best = Infinity;
    for (let p = placeStart[i]; p < placeStart[i + 1]; p++) {
      const d = distanceTo(placeLat[p], placeLon[p]);
      if (d < best) best = d;
    }
    metres[k] = best;
  }
  return metres;
}

const SLOTS = 2 ** 16;
/** 2^53 / 2^16 leaves 2^37 decimetres (13,000,000 km) for a distance; this one sorts last. */
const FAR_AWAY = 2 ** 36;

/**
 * Indexes into `metres` in nearest-first order; no place (Infinity) last; ties
 * keep their (name) order. Sorting 20,000 objects with a comparator takes longer
 * than a frame, so each distance (in decimetres) and its index are packed into
 * one number and sorted natively as a Float64Array.
 */
function nearestFirst(metres: Float64Array): Uint32Array {
  const order = new Uint32Array(metres.length);
  if (metres.length >= SLOTS) {
    order.forEach((_, k) => (order[k] = k));
    return order.sort((a, b) => (metres[a] === metres[b] ? a - b : metres[a] < metres[b] ? -1 : 1));
  }
  const keys = new Float64Array(metres.length);
  for (let k = 0; k < metres.length; k++) {
    keys[k] = (metres[k] === Infinity ? FAR_AWAY : Math.round(metres[k] * 10)) * SLOTS + k;
  }
  keys.sort();
  for (let k = 0; k < keys.length; k++) order[k] = keys[k] % SLOTS;
  return order;
}

function toHits<H extends Hit>(
  entries: readonly { hit: H }[],
  columns: Columns,
  positions: number[],
  near: LatLon | undefined,
  withDistance: (hit: H, distance: number) => H,
): H[] {
  // Positions are in name order, so without `near` the hits are already sorted.
  if (!near) return positions.map((i) => entries[i].hit);
  const metres = measure(columns, positions, near);
  // Made in name order and only then put in distance order: reading 20,000 entries in
  // memory order is much faster than jumping between them.
  const made = positions.map((i, k) => (metres[k] === Infinity ? entries[i].hit : withDistance(entries[i].hit, metres[k])));
  return Array.from(nearestFirst(metres), (k) => made[k]);
}

// Written out rather than `{ ...hit, distance }`: V8 spreads are many times slower, and a city list makes 20,000.
const activityWithDistance = (hit: ActivityHit, distance: number): ActivityHit => ({
  kind: 'activity', activity: hit.activity, location: hit.location, organization: hit.organization,
  buurtCodes: hit.buurtCodes, distance,
});

const huiskamerWithDistance = (hit: HuiskamerHit, distance: number): HuiskamerHit => ({
  kind: 'huiskamer', huiskamer: hit.huiskamer, location: hit.location, organization: hit.organization,
  buurtCodes: hit.buurtCodes, distance,
});

export function filterActivities(index: FeedIndex, criteria: Criteria, now: Date): ActivityHit[] {
  const positions = matchingPositions(index.activityColumns, index.activities, criteria, now);
  return toHits(index.activities, index.activityColumns, positions, criteria.near, activityWithDistance);
}

export function filterHuiskamers(index: FeedIndex, criteria: Criteria, now: Date): HuiskamerHit[] {
  const positions = matchingPositions(index.huiskamerColumns, index.huiskamers, criteria, now);
  return toHits(index.huiskamers, index.huiskamerColumns, positions, criteria.near, huiskamerWithDistance);
}
