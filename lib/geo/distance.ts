/**
 * Distance between two points on the earth, in metres (haversine formula).
 * Good to a few metres at city scale, which is all a "how far is it" list needs.
 *
 *   distanceMetres({ lat: 52.37, lon: 4.89 }, { lat: 52.09, lon: 5.12 }); // ≈ 35_000
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean earth radius (IUGG), in metres. */
const EARTH_RADIUS_METRES = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
