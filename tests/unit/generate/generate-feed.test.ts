import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuurten, readWijken } from '../../../lib/interop/neighbourhood-source';
import { validateFeed } from '../../../lib/feed/validate';
import { BuurtCode, WijkCode } from '../../../lib/feed/schema';
import { findBuurtCode } from '../../../lib/geo/buurt-of-point';
import { pointInArea } from '../../../lib/geo/point-in-polygon';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { generateFeed } from '../../../scripts/generate/generate-feed';
import { gridNeighbourhoods } from '../../../scripts/generate/grid-neighbourhoods';
import { createRandom } from '../../../scripts/generate/random';

const SMALL = { buurten: 30, locations: 90, activities: 400, huiskamers: 6, contacts: 40, seed: 'test' };

const small = (seed = SMALL.seed) => generateFeed(feedPlan({ ...SMALL, seed }));

describe('the feed generator', () => {
  it('writes a feed that validates without a single problem', () => {
    const result = validateFeed(small());
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.problems).toEqual([]);
    expect(result.counts.activities).toEqual({ kept: 400, dropped: 0 });
    expect(result.counts.locations).toEqual({ kept: 90, dropped: 0 });
  });

  it('gives exactly the counts that were asked for', () => {
    const feed = small();
    const neighbourhoods = feed.neighbourhoods as { buurten: { features: unknown[] }; wijken: { features: unknown[] } };
    expect(neighbourhoods.buurten.features).toHaveLength(30);
    expect(neighbourhoods.wijken.features).toHaveLength(4); // 3 × 3 buurten a wijk
    expect(feed.locations).toHaveLength(90);
    expect(feed.activities).toHaveLength(400);
    expect(feed.huiskamers).toHaveLength(6);
    expect(feed.contacts).toHaveLength(40);
  });

  it('gives the same feed for the same seed, and another for another seed', () => {
    expect(JSON.stringify(small('a'))).toBe(JSON.stringify(small('a')));
    expect(JSON.stringify(small('a'))).not.toBe(JSON.stringify(small('b')));
  });

  it('keeps the locations as they were when only more activities are asked for', () => {
    const more = generateFeed(feedPlan({ ...SMALL, activities: 800 }));
    expect(more.locations).toEqual(small().locations);
  });

  it('puts every location inside the buurt it names, and in no other', () => {
    const result = validateFeed(small());
    if (!result.ok) throw new Error(result.failure.message);
    for (const location of result.data.locations) {
      const containing = result.data.buurten.filter((buurt) => pointInArea(location.longitude, location.latitude, buurt.geometry));
      expect(containing.map((buurt) => buurt.properties.code)).toEqual([location.buurtCode]);
    }
  });

  it('draws buurten that tile the town: every point in a wijk lies in exactly one of its buurten', () => {
    const { buurten, wijken } = gridNeighbourhoods({ count: 40, gemeente: '9999', centre: { lat: 52.09, lon: 5.12 }, random: createRandom('tiles'), year: 2026 });
    const random = createRandom('probe');
    for (const wijk of wijken) {
      const ring = (wijk.geometry.coordinates as number[][][])[0];
      const lons = ring.map(([lon]) => lon);
      const lats = ring.map(([, lat]) => lat);
      for (let probe = 0; probe < 200; probe++) {
        const lon = Math.min(...lons) + random.next() * (Math.max(...lons) - Math.min(...lons));
        const lat = Math.min(...lats) + random.next() * (Math.max(...lats) - Math.min(...lats));
        const inBuurten = buurten.filter((buurt) => pointInArea(lon, lat, buurt.geometry));
        if (pointInArea(lon, lat, wijk.geometry)) {
          expect(inBuurten).toHaveLength(1);
          expect(inBuurten[0].properties.wijkCode).toBe(wijk.properties.code);
        } else {
          expect(inBuurten.every((buurt) => buurt.properties.wijkCode !== wijk.properties.code)).toBe(true);
        }
      }
    }
  });

  it('gives a region with more than 100 wijken valid, unique CBS codes with letters', () => {
    const { buurten, wijken } = gridNeighbourhoods({ count: 1200, gemeente: '9999', centre: { lat: 52.09, lon: 5.12 }, random: createRandom('region'), year: 2026 });
    const buurtCodes = buurten.map((buurt) => buurt.properties.code);
    const wijkCodes = wijken.map((wijk) => wijk.properties.code);
    expect(new Set(buurtCodes).size).toBe(1200);
    expect(new Set(wijkCodes).size).toBe(wijken.length);
    expect(buurtCodes.every((code) => BuurtCode.safeParse(code).success)).toBe(true);
    expect(wijkCodes.every((code) => WijkCode.safeParse(code).success)).toBe(true);
    expect(wijkCodes.some((code) => /[A-Z]/.test(code.slice(6)))).toBe(true);
  });

  it('reads like a Dutch town: named buurten, addresses with postcodes, free walk-in activities most of all', () => {
    const result = validateFeed(small());
    if (!result.ok) throw new Error(result.failure.message);
    const { buurten, locations, activities } = result.data;
    expect(buurten[0].properties.name).toBe('Rozenbuurt');
    expect(locations.filter((l) => l.address).every((l) => /^[1-9]\d{3} [A-Z]{2}$/.test(l.address!.postcode))).toBe(true);
    const free = activities.filter((a) => a.cost.free).length / activities.length;
    const walkIn = activities.filter((a) => a.join.method === 'walk-in').length / activities.length;
    expect(free).toBeGreaterThan(0.6);
    expect(walkIn).toBeGreaterThan(0.4);
    expect(findBuurtCode(locations[0].latitude, locations[0].longitude, buurten)).toBe(locations[0].buurtCode);
  });

  it('places everything in real CBS buurten when boundaries are given, without a problem', () => {
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const buurten = readBuurten(read('data/boundaries/almere-buurten.geojson'), 'buurten').features;
    const wijken = readWijken(read('data/boundaries/almere-wijken.geojson'), 'wijken').features;
    const feed = generateFeed(feedPlan({ seed: 'almere', locations: 80, activities: 200, municipality: { code: 'GM0034', name: 'Almere' }, boundaries: { buurten, wijken } }));
    const result = validateFeed(feed);
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.problems).toEqual([]);
    expect(result.data.buurten).toHaveLength(buurten.length);
    expect(result.data.meta.boundaryAttribution).toContain('Centraal Bureau voor de Statistiek');
    for (const location of result.data.locations) {
      expect(findBuurtCode(location.latitude, location.longitude, result.data.buurten)).toBe(location.buurtCode);
    }
  });

  it('makes every activity mobile work when every location is a huiskamer', () => {
    const feed = generateFeed(feedPlan({ ...SMALL, locations: 6, huiskamers: 6, activities: 10 }));
    const result = validateFeed(feed);
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.problems).toEqual([]);
    expect(result.data.activities.every((a) => a.locationId === undefined && (a.servesBuurten?.length ?? 0) > 0)).toBe(true);
  });

  it('refuses more huiskamers than locations, saying why', () => {
    expect(() => feedPlan({ ...SMALL, locations: 3, huiskamers: 5 })).toThrow(/cannot exceed --locations/);
  });
});
