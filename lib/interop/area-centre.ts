/**
 * A point inside a buurt, to place a location that has a buurt code but no
 * coordinates. The centroid of the largest part, or (for a crescent-shaped buurt
 * whose centroid falls outside) the middle of the widest stretch inside it on the
 * centroid's latitude.
 *
 *   pointInside(buurt.geometry); // [5.2153, 52.3391] as [longitude, latitude]
 */
import type { AreaGeometry } from '../feed/schema';
import { pointInArea } from '../geo/point-in-polygon';

type Ring = readonly (readonly number[])[];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

function ringCentroid(ring: Ring): [number, number] {
  const area = ringArea(ring);
  if (area === 0) return [ring[0][0], ring[0][1]];
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return [x / (6 * area), y / (6 * area)];
}

/** The middle of the widest inside stretch of a horizontal line through `lat` (even–odd over all rings). */
function widestStretchMiddle(rings: readonly Ring[], lat: number): [number, number] | undefined {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat) crossings.push(xi + ((lat - yi) * (xj - xi)) / (yj - yi));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] | undefined;
  let bestWidth = 0;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const width = crossings[k + 1] - crossings[k];
    if (width > bestWidth) {
      bestWidth = width;
      best = [(crossings[k] + crossings[k + 1]) / 2, lat];
    }
  }
  return best;
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

export function pointInside(geometry: AreaGeometry): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
  const centroid = ringCentroid(largest[0]);
  const point = pointInArea(centroid[0], centroid[1], geometry)
    ? centroid
    : (widestStretchMiddle(largest, centroid[1]) ?? centroid);
  return [round5(point[0]), round5(point[1])];
}
