/**
 * When mobile work is in an area: a play bus that serves five buurten is in
 * Parkwijk on Tuesdays only (the feed's `visits`). A fixed place, or mobile work
 * without visits, is there on every day of its schedule.
 *
 *   visitDaysIn(speelbus, index.areas, 'BU00340204'); // ['TU']
 *   visitDaysIn(voetbal, index.areas, 'BU00340202');  // undefined: every day of its schedule
 */
import type { Activity, Location, Weekday } from '../feed/schema';
import { isWijkCode, type AreaIndex } from './areas';

/** The buurten an area stands for: a buurt itself, or every buurt of a wijk. */
export function buurtenIn(areas: AreaIndex, code: string): ReadonlySet<string> {
  return new Set(isWijkCode(code) ? areas.buurtenOf(code) : [code]);
}

/**
 * The days the activity is in the area, or undefined when that is every day of its
 * schedule. A day counts when a visit to any buurt of the area falls on it.
 */
export function visitDaysIn(activity: Activity, areas: AreaIndex, code: string, location?: Location): Weekday[] | undefined {
  if (!activity.visits?.length) return undefined;
  const buurten = buurtenIn(areas, code);
  if (location?.buurtCode && buurten.has(location.buurtCode)) return undefined;
  const visited = new Set(activity.visits.map((visit) => visit.buurtCode));
  // A served buurt without a visit of its own has no days given: every day counts there.
  if ((activity.servesBuurten ?? []).some((buurt) => buurten.has(buurt) && !visited.has(buurt))) return undefined;
  const days = new Set(activity.visits.filter((visit) => buurten.has(visit.buurtCode)).flatMap((visit) => visit.byDay));
  return [...days];
}
