/**
 * Checks a location's coordinates the way a publisher gets them wrong: missing,
 * out of range, 0,0 from an empty geocoder answer, and (through the feed's own
 * check) swapped or not in the Netherlands.
 *
 *   checkCoordinates(5.21, 52.37);   // { ok: false, reason: 'latitude 5.21 and longitude 52.37 look swapped: ...' }
 *   checkCoordinates(52.37, 5.21);   // { ok: true, lat: 52.37, lon: 5.21 }
 */
import { coordinateProblem } from '../feed/netherlands';

export type CoordinateCheck = { ok: true; lat: number; lon: number } | { ok: false; reason: string };

export function checkCoordinates(lat: number | undefined, lon: number | undefined): CoordinateCheck {
  if (lat === undefined || lon === undefined) {
    return { ok: false, reason: 'no coordinates; give latitude and longitude (e.g. 52.37, 5.21)' };
  }
  if (lat === 0 && lon === 0) {
    return { ok: false, reason: 'coordinates are 0, 0 (a point in the ocean, usually a failed geocoding); give the real latitude and longitude' };
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return { ok: false, reason: `coordinates ${lat}, ${lon} are impossible (latitude must lie between -90 and 90, longitude between -180 and 180)` };
  }
  const outside = coordinateProblem(lat, lon);
  return outside ? { ok: false, reason: outside.reason } : { ok: true, lat, lon };
}
