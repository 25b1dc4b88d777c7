import { describe, expect, it } from 'vitest';
import { distancesFrom, type LatLon } from '../../../lib/geo/distance';

const dam = { lat: 52.3731, lon: 4.8926 };
const utrechtDom = { lat: 52.0907, lon: 5.1214 };

/** The great-circle distance (haversine), the reference the fast distances are held to. */
function haversineMetres(a: LatLon, b: LatLon): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h = Math.sin(radians(b.lat - a.lat) / 2) ** 2
    + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

describe('distancesFrom', () => {
  it('measures Amsterdam Dam to the Utrecht Dom as about 35 km', () => {
    const metres = distancesFrom(dam)(utrechtDom.lat, utrechtDom.lon);
    expect(metres).toBeGreaterThan(34_500);
    expect(metres).toBeLessThan(35_500);
  });

  it('is zero at the point it measures from', () => {
    expect(distancesFrom(dam)(dam.lat, dam.lon)).toBe(0);
  });

  it('agrees with the great-circle distance to within 0.01% across a city and beyond', () => {
    const fromDam = distancesFrom(dam);
    for (const place of [{ lat: 52.38, lon: 4.9 }, { lat: 52.3, lon: 4.95 }, utrechtDom]) {
      expect(Math.abs(fromDam(place.lat, place.lon) - haversineMetres(dam, place)) / haversineMetres(dam, place)).toBeLessThan(0.0001);
    }
  });

  it('stays within 0.01% in every direction up to 150 km, from the south and the north of the country', () => {
    for (const origin of [{ lat: 50.85, lon: 5.69 }, dam, { lat: 53.22, lon: 6.57 }]) {
      const fromOrigin = distancesFrom(origin);
      for (const km of [5, 50, 150]) {
        for (let bearing = 0; bearing < 360; bearing += 15) {
          const radians = (bearing * Math.PI) / 180;
          const place = {
            lat: origin.lat + (km / 111) * Math.cos(radians),
            lon: origin.lon + (km / 111 / Math.cos((origin.lat * Math.PI) / 180)) * Math.sin(radians),
          };
          const exact = haversineMetres(origin, place);
          expect(Math.abs(fromOrigin(place.lat, place.lon) - exact) / exact).toBeLessThan(0.0001);
        }
      }
    }
  });
});
