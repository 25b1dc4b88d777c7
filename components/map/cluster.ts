/**
 * A small grid clusterer: places that would overlap on screen at the current
 * zoom are drawn as one cluster with a count. Works in Web Mercator pixels
 * (what Leaflet draws in), so zooming in splits clusters and panning changes nothing.
 *
 *   const clusters = clusterPoints(places, map.getZoom());
 *   clusters[0].members; // the places in the first cluster
 */

export interface ClusterInput<T> {
  id: string;
  lat: number;
  lng: number;
  item: T;
}

export interface Cluster<T> {
  /** Stable while the members stay the same: the sorted member ids joined. */
  key: string;
  lat: number;
  lng: number;
  members: ClusterInput<T>[];
}

/** Points closer than this many screen pixels join one cluster (a cluster is 40 px wide with a 5 px halo). */
export const CLUSTER_RADIUS_PX = 60;

const TILE_SIZE = 256;

/** Web Mercator (EPSG:3857) pixel position at a zoom level, as Leaflet computes it. */
export function projectToPixels(lat: number, lng: number, zoom: number): { x: number; y: number } {
  const scale = TILE_SIZE * 2 ** zoom;
  const clampedLat = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  return {
    x: scale * (0.5 + lng / 360),
    y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

interface Bucket<T> {
  x: number;
  y: number;
  members: ClusterInput<T>[];
}

/**
 * Each point joins the nearest cluster within `radius` pixels whose grid cell
 * touches its own (the 3×3 cells around it), else starts a new one. Points are
 * taken in id order, so the same data gives the same clusters every time.
 */
export function clusterPoints<T>(points: readonly ClusterInput<T>[], zoom: number, radius = CLUSTER_RADIUS_PX): Cluster<T>[] {
  const grid = new Map<string, Bucket<T>[]>();
  const buckets: Bucket<T>[] = [];
  const sorted = [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const point of sorted) {
    const { x, y } = projectToPixels(point.lat, point.lng, zoom);
    const column = Math.floor(x / radius);
    const row = Math.floor(y / radius);
    let nearest: Bucket<T> | undefined;
    let nearestDistance = radius;
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const bucket of grid.get(`${column + dc}:${row + dr}`) ?? []) {
          const distance = Math.hypot(bucket.x - x, bucket.y - y);
          if (distance < nearestDistance) {
            nearest = bucket;
            nearestDistance = distance;
          }
        }
      }
    }
    if (nearest) {
      nearest.members.push(point);
      continue;
    }
    // A cluster stays where its first point is: moving it to the centroid could
    // make it drift into a neighbour's reach and give order-dependent results.
    const bucket: Bucket<T> = { x, y, members: [point] };
    buckets.push(bucket);
    const cell = `${column}:${row}`;
    grid.set(cell, [...(grid.get(cell) ?? []), bucket]);
  }

  return buckets.map((bucket) => toCluster(bucket.members));
}

function toCluster<T>(members: ClusterInput<T>[]): Cluster<T> {
  const lat = members.reduce((sum, m) => sum + m.lat, 0) / members.length;
  const lng = members.reduce((sum, m) => sum + m.lng, 0) / members.length;
  return { key: members.map((m) => m.id).sort().join('|'), lat, lng, members };
}

/** The south-west and north-east corners around a cluster's members, for zooming into it. */
export function clusterBounds<T>(cluster: Cluster<T>): [[number, number], [number, number]] {
  const lats = cluster.members.map((m) => m.lat);
  const lngs = cluster.members.map((m) => m.lng);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}
