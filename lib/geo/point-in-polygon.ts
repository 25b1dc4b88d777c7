/**
 * Is a point inside a GeoJSON Polygon or MultiPolygon? Ray casting (even–odd rule),
 * so holes work without special cases: a point in a hole crosses one ring more.
 * Coordinates are GeoJSON order, `[longitude, latitude]`; at neighbourhood scale
 * treating degrees as a flat plane is exact enough.
 *
 *   pointInArea(5.22, 52.37, buurt.geometry); // true when the point lies in the buurt
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

export function pointInArea(lon: number, lat: number, geometry: AreaGeometry): boolean {
  const polygons: readonly Polygon[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((polygon) => pointInPolygon(lon, lat, polygon));
}

/** Even–odd over every ring: the outer ring counts once, each hole the point is in cancels it. */
function pointInPolygon(lon: number, lat: number, rings: Polygon): boolean {
  let inside = false;
  for (const ring of rings) {
    if (crossesRing(lon, lat, ring)) inside = !inside;
  }
  return inside;
}

function crossesRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    // A horizontal ray to the east crosses edge (j, i) when the edge straddles the
    // point's latitude and the crossing lies east of the point.
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function boundingBoxOf(geometry: AreaGeometry): BoundingBox {
  const box: BoundingBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const polygons: readonly Polygon[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    // Holes lie inside the outer ring, so the outer ring alone bounds the polygon.
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < box.west) box.west = lon;
      if (lon > box.east) box.east = lon;
      if (lat < box.south) box.south = lat;
      if (lat > box.north) box.north = lat;
    }
  }
  return box;
}

export function boxContains(box: BoundingBox, lon: number, lat: number): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}
