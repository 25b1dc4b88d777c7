/**
 * Where there is something when a buurt has nothing: the nearest other buurten
 * with activities in the coming week, measured between the buurten's centres
 * (rough, but enough to say "about 1.2 km").
 *
 *   nearestBuurtenWithActivities(index, 'BU00340212', new Date(), 3);
 *   // [{ code: 'BU00340204', name: 'Parkwijk', metres: 1180 }, …]
 */
import { distancesFrom } from '../geo/distance';
import type { Criteria } from './criteria';
import type { FeedIndex } from './feedIndex';
import { neighbourhoodTotals } from './aggregate';
import { buurtenIn } from './visits';

export interface NearbyArea {
  code: string;
  name: string;
  metres: number;
}

/** `criteria` narrow what counts (a child's age, a day); their area is ignored. */
export function nearestBuurtenWithActivities(index: FeedIndex, code: string, now: Date, limit = 3, criteria: Criteria = {}): NearbyArea[] {
  const centre = index.areas.get(code)?.centre;
  if (!centre) return [];
  const own = buurtenIn(index.areas, code);
  const distanceTo = distancesFrom(centre);
  const totals = neighbourhoodTotals(index, { ...criteria, area: undefined, near: undefined, comingWeek: true }, now);
  const nearby: NearbyArea[] = [];
  for (const area of index.areas.buurten.values()) {
    if (own.has(area.code) || !area.centre || !area.name || !totals.get(area.code)?.activities) continue;
    nearby.push({ code: area.code, name: area.name, metres: distanceTo(area.centre.lat, area.centre.lon) });
  }
  return nearby.sort((a, b) => a.metres - b.metres).slice(0, limit);
}
