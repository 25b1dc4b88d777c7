import { readFileSync } from 'node:fs';
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

/** The plain method, as a reference: every edge of every ring of every buurt, in feed order. */
function bruteForceBuurt(lat: number, lon: number, buurten: readonly BuurtFeature[]): string | undefined {
  for (const feature of buurten) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const inside = polygons.some((rings) => {
      let odd = false;
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
        }
      }
      return odd;
    });
    if (inside) return feature.properties.code;
  }
  return undefined;
}

/** A repeatable stream of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A closed ring of `count` positions around (lon, lat), its radius wobbling so that it has many bays and capes. */
function wobblyRing(lon: number, lat: number, radius: number, count: number): [number, number][] {
  const ring = Array.from({ length: count - 1 }, (_, i): [number, number] => {
    const angle = (2 * Math.PI * i) / (count - 1);
    const r = radius * (0.6 + 0.4 * Math.sin(37 * angle) * Math.cos(5 * angle));
    return [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
  });
  return [...ring, ring[0]];
}

describe('the bounding-box index gives the answers of testing every edge', () => {
  const real = ['almere', 'tilburg'].flatMap((city) => {
    const collection = JSON.parse(readFileSync(`data/boundaries/${city}-buurten.geojson`, 'utf8')) as { features: BuurtFeature[] };
    return collection.features;
  });
  // A buurt of 8,000 positions (many strips of edges) with a hole, over real Almere buurten, and one over everything.
  const large = buurt('BU0034ZZ01', { type: 'Polygon', coordinates: [wobblyRing(5.2, 52.37, 0.03, 8_000), wobblyRing(5.2, 52.37, 0.01, 1_000)] });
  const everywhere = buurt('BU0034ZZ02', { type: 'Polygon', coordinates: [square(3, 50, 7, 54)] });

  it.each([
    ['real CBS buurten of Almere and Tilburg', real],
    ['those, behind a buurt of 8,000 positions', [large, ...real]],
    ['those, with a buurt over the whole map halfway and last', [...real.slice(0, 60), everywhere, ...real.slice(60), large, everywhere]],
    ['those, after 40 buurten that all overlap', [
      ...Array.from({ length: 40 }, (_, i) => buurt(`BU00349${String(i).padStart(3, '0')}`, { type: 'Polygon', coordinates: [wobblyRing(5 + i * 0.01, 51.9, 0.5, 300)] })),
      ...real,
    ]],
  ])('%s', (_, buurten) => {
    const random = seeded(13);
    const points: [number, number][] = [];
    for (let i = 0; i < 1_200; i++) points.push([51.4 + random() * 1.1, 4.9 + random() * 0.6]);
    // Points exactly on corners and halfway along edges, where rounding would show first.
    for (const feature of buurten.slice(0, 40)) {
      const ring = (feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates[0])[0];
      // Every 7th corner, but about 150 per ring at most: the brute-force reference walks every edge for each point.
      const step = Math.max(7, Math.floor(ring.length / 150));
      for (let i = 1; i < ring.length; i += step) {
        points.push([ring[i][1], ring[i][0]], [(ring[i][1] + ring[i - 1][1]) / 2, (ring[i][0] + ring[i - 1][0]) / 2]);
      }
    }
    const found = points.map(([lat, lon]) => findBuurtCode(lat, lon, buurten));
    expect(found).toEqual(points.map(([lat, lon]) => bruteForceBuurt(lat, lon, buurten)));
    expect(new Set(found).size).toBeGreaterThan(20);
    // The reference walks millions of edges: about a second alone, several on a busy machine.
  }, 30_000);
});
