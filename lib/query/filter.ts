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
 */
import type { Activity, AgeRange, Huiskamer, Location, Organization } from '../feed/schema';
import { distanceMetres, type LatLon } from '../geo/distance';
import type { Criteria } from './criteria';
import type { ActivityEntry, FeedIndex, HuiskamerEntry } from './feedIndex';
import { matchesAllWords, queryWords } from './normalize';
import { hasSlotMatching, isoDay, runsInWeek, weekOf, type Scheduled, type WeekDay } from './schedule';

interface HitBase {
  location?: Location;
  organization?: Organization;
  buurtCodes: readonly string[];
  /** Metres from `criteria.near` to the nearest of its places; absent without `near` or without a place. */
  distance?: number;
}

export interface ActivityHit extends HitBase {
  kind: 'activity';
  activity: Activity;
}

export interface HuiskamerHit extends HitBase {
  kind: 'huiskamer';
  huiskamer: Huiskamer;
}

/** The criteria turned into cheap checks, once per filter pass. */
interface Pass {
  criteria: Criteria;
  words: string[];
  today: string;
  week?: readonly WeekDay[];
}

function preparePass(criteria: Criteria, now: Date): Pass {
  return {
    criteria,
    words: queryWords(criteria.text ?? ''),
    today: isoDay(now),
    week: criteria.thisWeek ? weekOf(now) : undefined,
  };
}

const isSet = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** The checks activities and huiskamers share: area, age, day and time, text, date range, this week. */
function matchesCommon(
  entry: ActivityEntry | HuiskamerEntry,
  record: Scheduled & { ageRange: AgeRange },
  pass: Pass,
): boolean {
  const { criteria } = pass;
  if (record.dateRange && record.dateRange.endDate < pass.today) return false;
  if (criteria.area && !entry.areaCodes.includes(criteria.area)) return false;
  if (criteria.age !== undefined && (criteria.age < record.ageRange.min || criteria.age > record.ageRange.max)) {
    return false;
  }
  if ((isSet(criteria.days) || criteria.timeOfDay) && !hasSlotMatching(record, criteria.days, criteria.timeOfDay)) {
    return false;
  }
  if (pass.week && !runsInWeek(record, pass.week)) return false;
  return matchesAllWords(entry.searchText, pass.words);
}

function matchesActivity(entry: ActivityEntry, pass: Pass): boolean {
  const { criteria } = pass;
  const { activity } = entry;
  if (isSet(criteria.categories) && !criteria.categories.includes(activity.category)) return false;
  if (criteria.freeOnly && !activity.cost.free) return false;
  if (isSet(criteria.join) && !criteria.join.includes(activity.join.method)) return false;
  return matchesCommon(entry, activity, pass);
}

/**
 * Huiskamers have no category, so a category choice leaves them in. Joining is
 * always by referral. A huiskamer without a stated cost is taken to be free:
 * they are paid for by the municipality, and hiding them would hide the help.
 */
function matchesHuiskamer(entry: HuiskamerEntry, pass: Pass): boolean {
  const { criteria } = pass;
  const { huiskamer } = entry;
  if (criteria.freeOnly && huiskamer.cost && !huiskamer.cost.free) return false;
  if (isSet(criteria.join) && !criteria.join.includes('referral')) return false;
  return matchesCommon(entry, huiskamer, pass);
}

/** The criteria as a test on one index entry (the aggregates count with it). */
export function activityMatcher(criteria: Criteria, now: Date): (entry: ActivityEntry) => boolean {
  const pass = preparePass(criteria, now);
  return (entry) => matchesActivity(entry, pass);
}

export function huiskamerMatcher(criteria: Criteria, now: Date): (entry: HuiskamerEntry) => boolean {
  const pass = preparePass(criteria, now);
  return (entry) => matchesHuiskamer(entry, pass);
}

const nearest = (from: LatLon, places: readonly LatLon[]): number | undefined =>
  places.length === 0 ? undefined : Math.min(...places.map((place) => distanceMetres(from, place)));

/** Nearest first; things without a place last, in name order (the sort is stable). */
function byDistance(a: HitBase, b: HitBase): number {
  if (a.distance === undefined) return b.distance === undefined ? 0 : 1;
  if (b.distance === undefined) return -1;
  return a.distance - b.distance;
}

function collect<E extends ActivityEntry | HuiskamerEntry, H extends HitBase>(
  entries: readonly E[],
  matches: (entry: E) => boolean,
  toHit: (entry: E) => H,
  near: LatLon | undefined,
): H[] {
  const hits: H[] = [];
  // Entries are kept in name order, so without `near` the hits are already sorted.
  for (const entry of entries) {
    if (!matches(entry)) continue;
    const hit = toHit(entry);
    if (near) hit.distance = nearest(near, entry.places);
    hits.push(hit);
  }
  return near ? hits.sort(byDistance) : hits;
}

export function filterActivities(index: FeedIndex, criteria: Criteria, now: Date): ActivityHit[] {
  return collect(
    index.activities,
    activityMatcher(criteria, now),
    (entry): ActivityHit => ({
      kind: 'activity',
      activity: entry.activity,
      location: entry.location,
      organization: entry.organization,
      buurtCodes: entry.buurtCodes,
    }),
    criteria.near,
  );
}

export function filterHuiskamers(index: FeedIndex, criteria: Criteria, now: Date): HuiskamerHit[] {
  return collect(
    index.huiskamers,
    huiskamerMatcher(criteria, now),
    (entry): HuiskamerHit => ({
      kind: 'huiskamer',
      huiskamer: entry.huiskamer,
      location: entry.location,
      organization: entry.organization,
      buurtCodes: entry.buurtCodes,
    }),
    criteria.near,
  );
}
