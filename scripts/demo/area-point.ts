/**
 * Points that lie inside a buurt, for placing demo locations. The first point is the
 * centroid of the buurt's largest ring; later points circle around it (100–170 m
 * apart) so two locations in one buurt do not share a marker. Every point is checked
 * with point-in-polygon and rounded to 5 decimals (about 1 m) before it is used.
 *
 *   pointInsideArea(buurt.geometry, 0) // [5.23712, 52.36642]
 */
import type { AreaGeometry } from '../../lib/feed/schema';
import { pointInArea } from '../../lib/geo/point-in-polygon';

type Position = [number, number];
type Ring = Position[];

const STEP_DEGREES = 0.0015;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The `slot`-th point inside the area (slot 0, 1, 2, ... for successive locations). */
export function pointInsideArea(geometry: AreaGeometry, slot: number): Position {
  const centre = insideCentre(geometry);
  for (let shrink = 1; shrink <= 64; shrink *= 2) {
    const radius = (STEP_DEGREES * Math.sqrt(slot)) / shrink;
    const angle = slot * GOLDEN_ANGLE;
    const candidate = round([centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)]);
    if (isInArea(candidate, geometry)) return candidate;
  }
  return centre;
}

function isInArea([lon, lat]: Position, geometry: AreaGeometry): boolean {
  return pointInArea(lon, lat, geometry);
}

function polygonsOf(geometry: AreaGeometry): Ring[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]): Position => [lon, lat])));
}

/** Centroid of the largest outer ring, or, when that falls outside (a crescent), the inside grid point nearest to it. */
function insideCentre(geometry: AreaGeometry): Position {
  const largest = polygonsOf(geometry)
    .map((polygon) => polygon[0])
    .reduce((best, ring) => (Math.abs(ringArea(ring)) > Math.abs(ringArea(best)) ? ring : best));
  const centroid = round(ringCentroid(largest));
  if (isInArea(centroid, geometry)) return centroid;
  return nearestInsideGridPoint(largest, centroid, geometry);
}

function ringArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 0; i < ring.length - 1; i++) twiceArea += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return twiceArea / 2;
}

function ringCentroid(ring: Ring): Position {
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    cx += (ring[i][0] + ring[i + 1][0]) * cross;
    cy += (ring[i][1] + ring[i + 1][1]) * cross;
  }
  const area = ringArea(ring);
  return [cx / (6 * area), cy / (6 * area)];
}

function nearestInsideGridPoint(ring: Ring, target: Position, geometry: AreaGeometry): Position {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const steps = 40;
  let best: Position | undefined;
  let bestDistance = Infinity;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p = round([minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps]);
      const distance = (p[0] - target[0]) ** 2 + (p[1] - target[1]) ** 2;
      if (distance < bestDistance && isInArea(p, geometry)) [best, bestDistance] = [p, distance];
    }
  }
  if (!best) throw new Error('no point found inside the area; is the geometry valid?');
  return best;
}

function round([lon, lat]: Position): Position {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
