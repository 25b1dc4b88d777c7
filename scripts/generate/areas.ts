/**
 * The buurten as places to put things: how busy each is (some buurten have a lot of
 * kinderwerk, some none), the words its streets are named after, its postcode
 * area, and random points inside its boundary for locations.
 *
 *   const areas = describeAreas(buurten, random);
 *   const [lon, lat] = randomPointIn(areas[0], random);
 */
import type { BuurtFeature } from '../../lib/feed/schema';
import { pointInside } from '../../lib/interop/area-centre';
import { boundingBoxOf, pointInArea, type BoundingBox } from '../../lib/geo/point-in-polygon';
import { GENERAL_STREET_WORDS } from './place-names';
import type { Random } from './random';

export interface Area {
  buurt: BuurtFeature;
  code: string;
  wijkCode: string;
  /** First word of the buurt name, e.g. `Rozen` for Rozenbuurt: streets are named after it. */
  streetWords: readonly string[];
  /** The four digits of the buurt's postcodes. */
  postcode: string;
  /** How much kinderwerk the buurt draws, relative to the others. */
  weight: number;
  box: BoundingBox;
}

/** The theme word in a generated buurt name ("Rozenbuurt Noord" → "Rozen"), else nothing. */
function themeWord(name: string): string | undefined {
  const match = /^(.+?)(buurt|hof|park|kwartier|veld|dreef)\b/.exec(name);
  return match?.[1];
}

export function describeAreas(buurten: readonly BuurtFeature[], random: Random): Area[] {
  const wijkOrder = new Map<string, number>();
  return buurten.map((buurt) => {
    const { code, wijkCode, name } = buurt.properties;
    if (!wijkOrder.has(wijkCode)) wijkOrder.set(wijkCode, wijkOrder.size);
    const word = themeWord(name);
    return {
      buurt,
      code,
      wijkCode,
      streetWords: word ? [word, ...random.sample(GENERAL_STREET_WORDS, 2)] : random.sample(GENERAL_STREET_WORDS, 3),
      // One postcode area per wijk, from 1000 up in steps that leave room, like real ones.
      postcode: String(1000 + ((wijkOrder.get(wijkCode)! * 7) % 9000)),
      // A few quiet buurten (business parks, new estates), most with some, a few with a lot.
      weight: random.chance(0.08) ? 0.05 : 0.3 + 3 * random.next() ** 2,
      box: boundingBoxOf(buurt.geometry),
    };
  });
}

const round5 = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** A random point inside the buurt, `[longitude, latitude]`, rounded to about a metre. */
export function randomPointIn(area: Area, random: Random): [number, number] {
  const { west, south, east, north } = area.box;
  for (let attempt = 0; attempt < 50; attempt++) {
    const lon = round5(west + (east - west) * (0.05 + 0.9 * random.next()));
    const lat = round5(south + (north - south) * (0.05 + 0.9 * random.next()));
    if (pointInArea(lon, lat, area.buurt.geometry)) return [lon, lat];
  }
  // A sliver of a buurt that random points keep missing: its inside point always lies in it.
  const [lon, lat] = pointInside(area.buurt.geometry);
  return [lon, lat];
}
