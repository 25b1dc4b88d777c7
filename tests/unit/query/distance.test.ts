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
  it('agrees with distanceMetres to within 0.1% across a city and beyond', () => {
    const fromDam = distancesFrom(dam);
    for (const place of [{ lat: 52.38, lon: 4.9 }, { lat: 52.3, lon: 4.95 }, utrechtDom]) {
      expect(Math.abs(fromDam(place.lat, place.lon) - distanceMetres(dam, place)) / distanceMetres(dam, place)).toBeLessThan(0.001);
    }
  });
});
