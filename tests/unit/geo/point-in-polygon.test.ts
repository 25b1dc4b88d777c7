import { describe, expect, it } from 'vitest';
import { findBuurtCode } from '../../../lib/geo/buurt-of-point';
import { pointInArea } from '../../../lib/geo/point-in-polygon';
import type { AreaGeometry, BuurtFeature } from '../../../lib/feed/schema';

type Ring = [number, number][];
const square = (west: number, south: number, east: number, north: number): Ring => [
  [west, south], [east, south], [east, north], [west, north], [west, south],
];

// A square buurt of 0.01° with a square hole (a lake) in the middle.
const withLake: AreaGeometry = {
  type: 'Polygon',
  coordinates: [square(5.2, 52.37, 5.21, 52.38), square(5.204, 52.374, 5.206, 52.376)],
};

// Two separate islands, the second with a hole.
const islands: AreaGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [square(5.3, 52.3, 5.31, 52.31)],
    [square(5.4, 52.4, 5.41, 52.41), square(5.404, 52.404, 5.406, 52.406)],
  ],
};

const buurt = (code: string, geometry: AreaGeometry): BuurtFeature => ({
  type: 'Feature',
  geometry,
  properties: { code, wijkCode: 'WK003402', name: code },
});

describe('pointInArea', () => {
  it('finds a point inside a polygon and not one outside it', () => {
    expect(pointInArea(5.201, 52.371, withLake)).toBe(true);
    expect(pointInArea(5.22, 52.375, withLake)).toBe(false);
    expect(pointInArea(5.205, 52.36, withLake)).toBe(false);
  });

  it('treats a point in a hole as outside', () => {
    expect(pointInArea(5.205, 52.375, withLake)).toBe(false);
  });

  it('handles each part of a MultiPolygon, holes included', () => {
    expect(pointInArea(5.305, 52.305, islands)).toBe(true);
    expect(pointInArea(5.401, 52.401, islands)).toBe(true);
    expect(pointInArea(5.405, 52.405, islands)).toBe(false);
    expect(pointInArea(5.35, 52.35, islands)).toBe(false);
  });

  it('works for a concave shape (an L)', () => {
    const ell: AreaGeometry = {
      type: 'Polygon',
      coordinates: [[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]],
    };
    expect(pointInArea(0.5, 1.5, ell)).toBe(true);
    expect(pointInArea(1.5, 1.5, ell)).toBe(false);
  });
});

describe('findBuurtCode', () => {
  const buurten = [
    buurt('BU00340202', { type: 'Polygon', coordinates: [square(5.2, 52.37, 5.21, 52.38)] }),
    buurt('BU00340203', { type: 'Polygon', coordinates: [square(5.21, 52.37, 5.22, 52.38)] }),
    buurt('BU0034AB01', islands),
  ];

  it('names the buurt a point lies in (latitude first)', () => {
    expect(findBuurtCode(52.375, 5.205, buurten)).toBe('BU00340202');
    expect(findBuurtCode(52.375, 5.215, buurten)).toBe('BU00340203');
    expect(findBuurtCode(52.401, 5.401, buurten)).toBe('BU0034AB01');
  });

  it('returns undefined for a point in no buurt', () => {
    expect(findBuurtCode(52.5, 5.5, buurten)).toBeUndefined();
    expect(findBuurtCode(52.405, 5.405, buurten)).toBeUndefined();
    expect(findBuurtCode(52.375, 5.205, [])).toBeUndefined();
  });
});
