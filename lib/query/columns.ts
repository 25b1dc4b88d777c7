/**
 * The facts the filters test first, laid out as typed arrays: one slot per
 * offer, in name order. A city feed has 20,000 activities; walking small
 * contiguous arrays instead of 20,000 nested objects keeps a filter pass
 * inside a frame. Text, slot times and "this week" are checked on the entry
 * itself, and only for offers that got past these columns.
 *
 *   const columns = yield* buildColumnsSteps(entries); // inside feedIndexSteps
 *   columns.positionsByArea.get('WK036301'); // positions of everything in that wijk
 */
import type { ActivityCategory, AgeRange, JoinMethod } from '../feed/schema';
import type { LatLon } from '../geo/distance';
import type { CompiledSchedule } from './schedule';
import { stepEndsAfter } from '../steps';

/** What the columns are built from: shared by activities and huiskamers. */
export interface OfferFacts {
  ageRange: AgeRange;
  free: boolean;
  /** The join method as one bit of `JOIN_BITS`: bits, not the record's text, so the index keeps no copy of it. */
  joinBit: number;
  /** The category as one bit of `CATEGORY_BITS`; 0 for none (huiskamers: a category filter does not apply to them). */
  categoryBit: number;
  schedule: CompiledSchedule;
  areaCodes: readonly string[];
  places: readonly LatLon[];
}

export interface Columns {
  size: number;
  ageMin: Uint8Array;
  ageMax: Uint8Array;
  /** Every weekday with a slot, as bits (see `dayMask`). */
  days: Uint8Array;
  /** Last day as the number YYYYMMDD; the largest value when it runs with no end. */
  lastDay: Uint32Array;
  free: Uint8Array;
  /** The join method as one bit of `JOIN_BITS`. */
  join: Uint8Array;
  /** The category as one bit of `CATEGORY_BITS`; 0 for none. */
  category: Uint8Array;
  /** For every buurt and wijk code: the positions of its offers, ascending (so in name order). */
  positionsByArea: Map<string, Uint32Array>;
  /** The places of offer i are `placeLat/placeLon[placeStart[i] .. placeStart[i + 1] - 1]`. */
  placeStart: Uint32Array;
  placeLat: Float64Array;
  placeLon: Float64Array;
}

const bitsOf = <T extends string>(values: readonly T[]): Record<T, number> =>
  Object.fromEntries(values.map((value, i) => [value, 1 << i])) as Record<T, number>;

export const CATEGORY_BITS = bitsOf<ActivityCategory>([
  'sport', 'play', 'creative', 'music-dance', 'cooking', 'learning', 'nature', 'other',
]);
export const JOIN_BITS = bitsOf<JoinMethod>(['walk-in', 'sign-up', 'referral']);

const NO_END = 0xffffffff;

/** '2026-11-25' → 20261125, so dates compare as plain numbers. */
export const dayNumber = (isoDay: string): number => Number(isoDay.replaceAll('-', ''));

export function maskOf<T extends string>(bits: Record<T, number>, values: readonly T[] | undefined): number {
  let mask = 0;
  for (const value of values ?? []) mask |= bits[value];
  return mask;
}

/** In steps of a few offers, so a region's index can pause in between (see `feedIndexSteps`). */
export function* buildColumnsSteps(offers: readonly OfferFacts[]): Generator<void, Columns> {
  const size = offers.length;
  const columns: Columns = {
    size,
    ageMin: new Uint8Array(size),
    ageMax: new Uint8Array(size),
    days: new Uint8Array(size),
    lastDay: new Uint32Array(size),
    free: new Uint8Array(size),
    join: new Uint8Array(size),
    category: new Uint8Array(size),
    positionsByArea: new Map(),
    placeStart: new Uint32Array(size + 1),
    placeLat: new Float64Array(offers.reduce((sum, offer) => sum + offer.places.length, 0)),
    placeLon: new Float64Array(offers.reduce((sum, offer) => sum + offer.places.length, 0)),
  };
  let place = 0;
  const positions = new Map<string, number[]>();
  for (let i = 0; i < size; i++) {
    const offer = offers[i];
    columns.ageMin[i] = offer.ageRange.min;
    columns.ageMax[i] = offer.ageRange.max;
    columns.days[i] = offer.schedule.days;
    columns.lastDay[i] = offer.schedule.dateRange ? dayNumber(offer.schedule.dateRange.endDate) : NO_END;
    columns.free[i] = offer.free ? 1 : 0;
    columns.join[i] = offer.joinBit;
    columns.category[i] = offer.categoryBit;
    columns.placeStart[i] = place;
    for (const { lat, lon } of offer.places) {
      columns.placeLat[place] = lat;
      columns.placeLon[place] = lon;
      place += 1;
    }
    for (const code of offer.areaCodes) {
      const list = positions.get(code);
      if (list) list.push(i);
      else positions.set(code, [i]);
    }
    if (stepEndsAfter(i)) yield;
  }
  columns.placeStart[size] = place;
  for (const [code, list] of positions) columns.positionsByArea.set(code, Uint32Array.from(list));
  return columns;
}
