/**
 * The buurten and wijken of a feed as the queries need them: names, children,
 * which wijk a buurt belongs to, and a rough centre for distances.
 *
 *   const areas = indexAreas(data);
 *   areas.buurtenOf('WK036301'); // ['BU03630101', 'BU03630102']
 */
import type { AreaGeometry, BuurtFeature, WijkFeature } from '../feed/schema';
import type { KinderwerkData } from '../feed/model';
import type { LatLon } from '../geo/distance';

export type AreaKind = 'buurt' | 'wijk';

export interface Area {
  code: string;
  kind: AreaKind;
  /** Unknown when a record names a buurt the feed's boundaries lack. */
  name?: string;
  /** Children living there; null when unknown. */
  children: number | null;
  /** For a buurt: its wijk. */
  wijkCode?: string;
  /** Middle of the bounding box: good enough to sort a play bus among fixed places. */
  centre?: LatLon;
}

export interface AreaIndex {
  buurten: Map<string, Area>;
  wijken: Map<string, Area>;
  /** Every buurt of a wijk (empty array for an unknown wijk). */
  buurtenOf(wijkCode: string): readonly string[];
  /** The wijk of a buurt, from the boundaries or, failing that, from the CBS code itself. */
  wijkOf(buurtCode: string): string;
  get(code: string): Area | undefined;
}

export const isBuurtCode = (code: string): boolean => code.startsWith('BU');
export const isWijkCode = (code: string): boolean => code.startsWith('WK');

/** CBS codes nest: BU0363AD03 lies in WK0363AD (municipality 0363, wijk AD, buurt 03). */
export const wijkCodeFromBuurtCode = (buurtCode: string): string => `WK${buurtCode.slice(2, 8)}`;

function boundsCentre(geometry: AreaGeometry): LatLon | undefined {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    // The outer ring bounds the polygon; holes lie inside it.
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return minLon === Infinity ? undefined : { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 };
}

const childrenOf = (feature: BuurtFeature | WijkFeature): number | null => feature.properties.children ?? null;

/** The boundaries, and the records that may name buurten without one (left out, only the boundaries count). */
type AreaSources = Pick<KinderwerkData, 'buurten' | 'wijken'> & Partial<Pick<KinderwerkData, 'locations' | 'activities' | 'contacts'>>;

export function indexAreas(data: AreaSources): AreaIndex {
  const buurten = new Map<string, Area>();
  const wijken = new Map<string, Area>();
  const buurtenOfWijk = new Map<string, string[]>();

  for (const feature of data.wijken) {
    const { code, name } = feature.properties;
    wijken.set(code, { code, kind: 'wijk', name, children: childrenOf(feature), centre: boundsCentre(feature.geometry) });
  }
  const addBuurt = (area: Area): void => {
    buurten.set(area.code, area);
    const wijkCode = area.wijkCode ?? wijkCodeFromBuurtCode(area.code);
    if (!wijken.has(wijkCode)) wijken.set(wijkCode, { code: wijkCode, kind: 'wijk', children: null });
    const list = buurtenOfWijk.get(wijkCode) ?? [];
    list.push(area.code);
    buurtenOfWijk.set(wijkCode, list);
  };
  for (const feature of data.buurten) {
    const { code, name, wijkCode } = feature.properties;
    addBuurt({ code, kind: 'buurt', name, wijkCode, children: childrenOf(feature), centre: boundsCentre(feature.geometry) });
  }
  // Records may name buurten the boundaries lack; they still count and filter.
  const referenced = [
    ...(data.locations ?? []).map((location) => location.buurtCode),
    ...(data.activities ?? []).flatMap((activity) => activity.servesBuurten ?? []),
    ...(data.contacts ?? []).flatMap((contact) => contact.buurtCodes ?? []),
  ];
  for (const code of referenced) {
    if (code && !buurten.has(code)) addBuurt({ code, kind: 'buurt', wijkCode: wijkCodeFromBuurtCode(code), children: null });
  }
  fillWijkChildren(wijken, buurtenOfWijk, buurten);

  return {
    buurten,
    wijken,
    buurtenOf: (wijkCode) => buurtenOfWijk.get(wijkCode) ?? [],
    wijkOf: (buurtCode) => buurten.get(buurtCode)?.wijkCode ?? wijkCodeFromBuurtCode(buurtCode),
    get: (code) => buurten.get(code) ?? wijken.get(code),
  };
}

/** A wijk without its own child count gets the sum of its buurten, but only when every buurt has one. */
function fillWijkChildren(wijken: Map<string, Area>, buurtenOfWijk: Map<string, string[]>, buurten: Map<string, Area>): void {
  for (const wijk of wijken.values()) {
    if (wijk.children !== null) continue;
    const counts = (buurtenOfWijk.get(wijk.code) ?? []).map((code) => buurten.get(code)?.children ?? null);
    if (counts.length > 0 && counts.every((n) => n !== null)) {
      wijk.children = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
    }
  }
}
