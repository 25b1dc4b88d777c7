/**
 * The running totals for one buurt, wijk or the whole municipality while
 * `computeInsight` walks the feed once. Each offer is added to an area's tally at
 * most once (the caller makes sure), so a wijk counts a play bus that visits three
 * of its buurten as one activity.
 *
 *   const tally = newTally();
 *   addActivity(tally, activity);
 *   const figures = finishTally(tally, children);
 */
import type { Activity, Huiskamer, Reach } from '../feed/schema';
import { AIMS, PARTNER_TYPES, type Aim, type AreaInsight, type PartnerType, type ReachTotals } from './types';

export interface Tally {
  activities: number;
  holidayProgrammes: number;
  hoursPerWeek: number;
  huiskamers: number;
  placesPerDay: number;
  enrolled: number | null;
  waitingList: number | null;
  reach: ReachTotals;
  fte: number | null;
  knownFaces: number;
  /** Offers that say what they cost (every activity; huiskamers with `cost`), and of those the free ones. */
  withCost: number;
  free: number;
  walkIn: number;
  aims: Record<Aim, number>;
  partnerTypes: Record<PartnerType, number>;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const record = {} as Record<K, number>;
  for (const key of keys) record[key] = 0;
  return record;
};

export function newTally(): Tally {
  return {
    activities: 0, holidayProgrammes: 0, hoursPerWeek: 0, huiskamers: 0, placesPerDay: 0,
    enrolled: null, waitingList: null,
    reach: { children: null, visits: null, parents: null, period: null, offersWithReach: 0 },
    fte: null, knownFaces: 0, withCost: 0, free: 0, walkIn: 0,
    aims: zeroes(AIMS), partnerTypes: zeroes(PARTNER_TYPES),
  };
}

/** Adds to a total that stays null (unknown) until something is known. */
const plus = (total: number | null, value: number | undefined): number | null =>
  value === undefined ? total : (total ?? 0) + value;

function addReach(totals: ReachTotals, reach: Reach | undefined): void {
  if (!reach) return;
  totals.children = plus(totals.children, reach.children);
  totals.visits = plus(totals.visits, reach.visits);
  totals.parents = plus(totals.parents, reach.parents);
  const { startDate, endDate } = reach.period;
  totals.period = totals.period
    ? {
        startDate: startDate < totals.period.startDate ? startDate : totals.period.startDate,
        endDate: endDate > totals.period.endDate ? endDate : totals.period.endDate,
      }
    : { startDate, endDate };
  totals.offersWithReach++;
}

/** Aims, partner types and reach: what activities and huiskamers share. Each aim or type counts once per offer. */
function addOutcome(tally: Tally, offer: Activity | Huiskamer): void {
  for (const aim of new Set(offer.aims)) tally.aims[aim]++;
  for (const type of new Set(offer.partners?.map((partner) => partner.type))) tally.partnerTypes[type]++;
  addReach(tally.reach, offer.reach);
}

export function addActivity(tally: Tally, activity: Activity): void {
  tally.activities++;
  if (activity.programme === 'holiday') tally.holidayProgrammes++;
  tally.withCost++;
  if (activity.cost.free) tally.free++;
  if (activity.join.method === 'walk-in') tally.walkIn++;
  addOutcome(tally, activity);
}

export function addHuiskamer(tally: Tally, huiskamer: Huiskamer): void {
  tally.huiskamers++;
  tally.placesPerDay += huiskamer.placesPerDay;
  tally.enrolled = plus(tally.enrolled, huiskamer.enrolled);
  tally.waitingList = plus(tally.waitingList, huiskamer.waitingList?.count);
  if (huiskamer.cost) {
    tally.withCost++;
    if (huiskamer.cost.free) tally.free++;
  }
  addOutcome(tally, huiskamer);
}

export function addFte(tally: Tally, fte: number): void {
  tally.fte = (tally.fte ?? 0) + fte;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The figures of an area once every record is added; `children` decides the per-1,000 figure. */
export function finishTally(
  tally: Tally,
  area: Pick<AreaInsight, 'code' | 'level' | 'name' | 'wijkCode' | 'children' | 'childrenAges' | 'childrenSource'>,
): AreaInsight {
  const { children } = area;
  return {
    ...area,
    activities: tally.activities,
    holidayProgrammes: tally.holidayProgrammes,
    hoursPerWeek: tally.hoursPerWeek,
    huiskamers: tally.huiskamers,
    placesPerDay: tally.placesPerDay,
    placesPerThousandChildren: children ? (tally.placesPerDay / children) * 1000 : null,
    enrolled: tally.enrolled,
    waitingList: tally.waitingList,
    waitingPressure: tally.waitingList !== null && tally.placesPerDay > 0 ? tally.waitingList / tally.placesPerDay : null,
    reach: tally.reach,
    fte: tally.fte,
    knownFaces: tally.knownFaces,
    shareFree: share(tally.free, tally.withCost),
    shareWalkIn: share(tally.walkIn, tally.activities),
    aims: tally.aims,
    partnerTypes: tally.partnerTypes,
  };
}
