import { describe, expect, it } from 'vitest';
import { distanceMetres, distancesFrom } from '../../../lib/geo/distance';

const dam = { lat: 52.3731, lon: 4.8926 };
const utrechtDom = { lat: 52.0907, lon: 5.1214 };

describe('distanceMetres', () => {
  it('measures Amsterdam Dam to the Utrecht Dom as about 35 km', () => {
    expect(distanceMetres(dam, utrechtDom)).toBeGreaterThan(34_500);
    expect(distanceMetres(dam, utrechtDom)).toBeLessThan(35_500);
  });

  it('is zero for the same point and the same both ways', () => {
    expect(distanceMetres(dam, dam)).toBe(0);
    expect(distanceMetres(dam, utrechtDom)).toBeCloseTo(distanceMetres(utrechtDom, dam), 6);
  });
});

describe('distancesFrom', () => {
  it('agrees with distanceMetres to within 0.01% across a city and beyond', () => {
    const fromDam = distancesFrom(dam);
    for (const place of [{ lat: 52.38, lon: 4.9 }, { lat: 52.3, lon: 4.95 }, utrechtDom]) {
      expect(Math.abs(fromDam(place.lat, place.lon) - distanceMetres(dam, place)) / distanceMetres(dam, place)).toBeLessThan(0.0001);
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
          const exact = distanceMetres(origin, place);
          expect(Math.abs(fromOrigin(place.lat, place.lon) - exact) / exact).toBeLessThan(0.0001);
        }
      }
    }
  });
});
