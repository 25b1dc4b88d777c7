/**
 * Points that lie inside a buurt, for placing demo locations. The first point is the
 * buurt's inside centre (lib/interop/area-centre); later points circle around it
 * (100–170 m apart) so two locations in one buurt do not share a marker. Every point
 * is rounded to 5 decimals (about 1 m) and checked with point-in-polygon.
 *
 *   pointInsideArea(buurt.geometry, 1) // [5.23712, 52.36642]
 */
import type { AreaGeometry } from '../../lib/feed/schema';
import { pointInArea } from '../../lib/geo/point-in-polygon';
import { pointInside } from '../../lib/interop/area-centre';

type Position = [number, number];

const STEP_DEGREES = 0.0015;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The `slot`-th point inside the area (slot 0, 1, 2, ... for successive locations). */
export function pointInsideArea(geometry: AreaGeometry, slot: number): Position {
  const centre = pointInside(geometry);
  const angle = slot * GOLDEN_ANGLE;
  // Walk the offset back towards the centre until it lands inside (narrow buurten).
  for (let shrink = 1; shrink <= 64; shrink *= 2) {
    const radius = (STEP_DEGREES * Math.sqrt(slot)) / shrink;
    const [lon, lat] = round([centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)]);
    if (pointInArea(lon, lat, geometry)) return [lon, lat];
  }
  return centre;
}

function round([lon, lat]: Position): Position {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
