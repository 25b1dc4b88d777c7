import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { AREA_LIMITS, BuurtFeature } from '../../../lib/feed/schema';
import { readBuurten } from '../../../lib/interop/neighbourhood-source';
import { goodFeed, type RawFeed } from '../../fixtures/feeds/good-feed';

type Position = [number, number];

/** A closed ring of `count` positions along the edge of the square with its south-west corner at (west, south). */
function squareRing(west: number, south: number, size: number, count: number): Position[] {
  const open = count - 1;
  const ring = Array.from({ length: open }, (_, i): Position => {
    const t = (4 * i) / open;
    const side = Math.floor(t);
    const f = t - side;
    if (side === 0) return [west + f * size, south];
    if (side === 1) return [west + size, south + f * size];
    if (side === 2) return [west + size - f * size, south + size];
    return [west, south + size - f * size];
  });
  return [...ring, ring[0]];
}

/** The good feed with the geometry of its western buurt (BU00340202) replaced. */
function feedWithWestGeometry(geometry: unknown): RawFeed {
  const feed = goodFeed();
  feed.neighbourhoods.buurten.features[0].geometry = geometry as RawFeed['neighbourhoods']['buurten']['features'][0]['geometry'];
  return feed;
}

function usable(raw: unknown) {
  const result = validateFeed(raw);
  if (!result.ok) throw new Error(result.failure.message);
  return result;
}

describe('what one buurt may cost', () => {
  it('keeps a buurt whose ring has exactly the most positions a ring may have', () => {
    const { data, problems } = usable(feedWithWestGeometry({ type: 'Polygon', coordinates: [squareRing(5.2, 52.37, 0.01, AREA_LIMITS.ringPositions)] }));
    expect(problems).toEqual([]);
    expect(data.buurten.map((b) => b.properties.code)).toEqual(['BU00340202', 'BU00340203']);
  });

  it('leaves out a buurt with a ring of a million positions, says which and why, and keeps the rest', () => {
    const { data, problems } = usable(feedWithWestGeometry({ type: 'Polygon', coordinates: [squareRing(5.2, 52.37, 0.01, 1_000_000)] }));
    expect(problems[0]).toEqual({
      path: 'neighbourhoods.buurten.features[0].geometry.coordinates[0]',
      id: 'BU00340202',
      kind: 'neighbourhoods',
      severity: 'error',
      reason: 'this ring has 1,000,000 positions, more than the 50,000 one ring may have; simplify the boundary (to about 1 m, e.g. with mapshaper or QGIS "Simplify") and publish it again',
    });
    expect(data.buurten.map((b) => b.properties.code)).toEqual(['BU00340203']);
    // Everything else is still there: the location in the dropped buurt loses only its buurt.
    expect(data.locations.map((l) => [l.id, l.buurtCode])).toEqual([['loc-buurthuis', undefined], ['loc-school', 'BU00340203']]);
    expect(data.activities).toHaveLength(3);
  });

  it('leaves out a buurt whose rings together hold too many positions', () => {
    const half = AREA_LIMITS.positions / 2;
    const { data, problems } = usable(feedWithWestGeometry({
      type: 'MultiPolygon',
      coordinates: [[squareRing(5.2, 52.37, 0.004, half)], [squareRing(5.205, 52.375, 0.004, half)], [squareRing(5.201, 52.371, 0.001, 4)]],
    }));
    expect(problems.filter((p) => p.kind === 'neighbourhoods').map((p) => [p.path, p.id, p.reason])).toEqual([[
      'neighbourhoods.buurten.features[0].geometry.coordinates[2][0]', 'BU00340202',
      'this boundary has more than 100,000 positions in all, the most one buurt or wijk may have; simplify the boundary (to about 1 m, e.g. with mapshaper or QGIS "Simplify") and publish it again',
    ]]);
    expect(data.buurten.map((b) => b.properties.code)).toEqual(['BU00340203']);
  });

  it('leaves out a buurt of more parts than a buurt may have', () => {
    const islands = Array.from({ length: AREA_LIMITS.rings + 1 }, (_, i) => [squareRing(5.2 + (i % 30) * 0.0003, 52.37 + Math.floor(i / 30) * 0.0002, 0.0001, 4)]);
    const { data, problems } = usable(feedWithWestGeometry({ type: 'MultiPolygon', coordinates: islands }));
    expect(problems.filter((p) => p.kind === 'neighbourhoods').map((p) => [p.path, p.reason])).toEqual([[
      'neighbourhoods.buurten.features[0].geometry.coordinates[1000][0]',
      'this boundary has more than 1,000 rings (parts and holes), the most one buurt or wijk may have; merge or leave out the smallest parts',
    ]]);
    expect(data.buurten).toHaveLength(1);
  });

  it('is part of the schema itself, so every reader of a buurt applies the same limits', () => {
    const feature = goodFeed().neighbourhoods.buurten.features[0];
    feature.geometry = { type: 'Polygon', coordinates: [squareRing(5.2, 52.37, 0.01, AREA_LIMITS.ringPositions + 1)] };
    const result = BuurtFeature.safeParse(feature);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['geometry', 'coordinates', 0]]);
  });

  it('is applied by the feed tools to a boundary file too', () => {
    const read = readBuurten({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { buurtcode: 'BU00340202', buurtnaam: 'Groot' }, geometry: { type: 'Polygon', coordinates: [squareRing(5.2, 52.37, 0.01, 60_000)] } },
        { type: 'Feature', properties: { buurtcode: 'BU00340203', buurtnaam: 'Gewoon' }, geometry: { type: 'Polygon', coordinates: [squareRing(5.21, 52.37, 0.01, 5)] } },
      ],
    }, 'buurten.geojson');
    expect(read.features.map((f) => f.properties.code)).toEqual(['BU00340203']);
    expect(read.problems).toEqual([{
      severity: 'error', file: 'buurten.geojson', path: 'features[0].geometry.coordinates[0]', id: 'BU00340202',
      reason: 'this ring has 60,000 positions, more than the 50,000 one ring may have; simplify the boundary (to about 1 m, e.g. with mapshaper or QGIS "Simplify") and publish it again; feature left out',
    }]);
  });
});
