/**
 * Is a point inside a GeoJSON Polygon or MultiPolygon? Ray casting (even–odd rule),
 * so holes work without special cases: a point in a hole crosses one ring more.
 * Coordinates are GeoJSON order, `[longitude, latitude]`; at neighbourhood scale
 * treating degrees as a flat plane is exact enough.
 *
 *   pointInArea(5.22, 52.37, buurt.geometry); // true when the point lies in the buurt
 *
 * The first test of a geometry prepares it once (kept per geometry object, which is
 * never changed afterwards): flat coordinates, a bounding box per part and per ring,
 * and the latitude range of every strip of 32 edges. A test then skips every part,
 * ring and strip its point cannot cross, so a ring of 50,000 positions costs about as
 * much as one of a few hundred, and the answers stay those of testing every edge.
 */
import type { AreaGeometry } from '../feed/schema';

type Ring = readonly (readonly number[])[];
type Polygon = readonly Ring[];

/** West, south, east, north, in degrees. */
export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Edges per strip. */
const STRIP = 32;

interface PreparedRing {
  box: BoundingBox;
  /** Longitude, latitude, longitude, latitude, … */
  xy: Float64Array;
  /** Per strip of edges: its lowest and its highest latitude. */
  strips: Float64Array;
}

interface PreparedPolygon {
  box: BoundingBox;
  rings: PreparedRing[];
}

interface PreparedArea {
  box: BoundingBox;
  polygons: PreparedPolygon[];
}

const prepared = new WeakMap<AreaGeometry, PreparedArea>();

const polygonsOf = (geometry: AreaGeometry): readonly Polygon[] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

const emptyBox = (): BoundingBox => ({ west: Infinity, south: Infinity, east: -Infinity, north: -Infinity });

function extend(box: BoundingBox, other: BoundingBox): void {
  box.west = Math.min(box.west, other.west);
  box.south = Math.min(box.south, other.south);
  box.east = Math.max(box.east, other.east);
  box.north = Math.max(box.north, other.north);
}

function prepareRing(ring: Ring): PreparedRing {
  const n = ring.length;
  const xy = new Float64Array(2 * n);
  const box = emptyBox();
  for (let i = 0; i < n; i++) {
    const lon = ring[i][0];
    const lat = ring[i][1];
    xy[2 * i] = lon;
    xy[2 * i + 1] = lat;
    if (lon < box.west) box.west = lon;
    if (lon > box.east) box.east = lon;
    if (lat < box.south) box.south = lat;
    if (lat > box.north) box.north = lat;
  }
  // Strip s holds the edges (i - 1, i) for i in [s * STRIP, (s + 1) * STRIP); edge 0 closes the ring from its last position.
  const count = Math.ceil(n / STRIP);
  const strips = new Float64Array(2 * count);
  for (let s = 0; s < count; s++) {
    const first = s * STRIP;
    let low = first === 0 ? xy[2 * n - 1] : xy[2 * first - 1];
    let high = low;
    for (let i = first; i < Math.min(n, first + STRIP); i++) {
      const lat = xy[2 * i + 1];
      if (lat < low) low = lat;
      if (lat > high) high = lat;
    }
    strips[2 * s] = low;
    strips[2 * s + 1] = high;
  }
  return { box, xy, strips };
}

function preparedArea(geometry: AreaGeometry): PreparedArea {
  let area = prepared.get(geometry);
  if (area) return area;
  area = { box: emptyBox(), polygons: [] };
  for (const polygon of polygonsOf(geometry)) {
    const rings = polygon.map(prepareRing);
    const box = emptyBox();
    for (const ring of rings) extend(box, ring.box);
    extend(area.box, box);
    area.polygons.push({ box, rings });
  }
  prepared.set(geometry, area);
  return area;
}

export function pointInArea(lon: number, lat: number, geometry: AreaGeometry): boolean {
  const area = preparedArea(geometry);
  if (!boxContains(area.box, lon, lat)) return false;
  return area.polygons.some((polygon) => boxContains(polygon.box, lon, lat) && pointInPolygon(lon, lat, polygon.rings));
}

/** Even–odd over every ring: the outer ring counts once, each hole the point is in cancels it. */
function pointInPolygon(lon: number, lat: number, rings: readonly PreparedRing[]): boolean {
  let inside = false;
  for (const ring of rings) {
    // A ring whose box does not hold the point is crossed an even number of times: it cannot change the answer.
    if (boxContains(ring.box, lon, lat) && crossesRing(lon, lat, ring)) inside = !inside;
  }
  return inside;
}

function crossesRing(lon: number, lat: number, { xy, strips }: PreparedRing): boolean {
  const n = xy.length / 2;
  let inside = false;
  for (let s = 0; s < strips.length / 2; s++) {
    // An edge can only cross when one end lies above the point's latitude and the other not.
    if (strips[2 * s + 1] <= lat || strips[2 * s] > lat) continue;
    const end = Math.min(n, (s + 1) * STRIP);
    for (let i = s * STRIP; i < end; i++) {
      const j = i === 0 ? n - 1 : i - 1;
      const xi = xy[2 * i];
      const yi = xy[2 * i + 1];
      const xj = xy[2 * j];
      const yj = xy[2 * j + 1];
      // A horizontal ray to the east crosses edge (j, i) when the edge straddles the
      // point's latitude and the crossing lies east of the point.
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The box around every ring of the geometry. */
export function boundingBoxOf(geometry: AreaGeometry): BoundingBox {
  return { ...preparedArea(geometry).box };
}

export function boxContains(box: BoundingBox, lon: number, lat: number): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}
