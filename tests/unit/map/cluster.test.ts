import { describe, expect, it } from 'vitest';
import { CLUSTER_RADIUS_PX, clusterBounds, clusterPoints, projectToPixels, type ClusterInput } from '../../../components/map/cluster';

const place = (id: string, lat: number, lng: number): ClusterInput<string> => ({ id, lat, lng, item: id });

// Three places in Almere Haven a few hundred metres apart, and one in Almere Buiten ~12 km away.
const haven = [place('a', 52.3337, 5.2200), place('b', 52.3350, 5.2230), place('c', 52.3320, 5.2180)];
const buiten = place('d', 52.3900, 5.2800);

describe('clusterPoints', () => {
  it('merges places that would overlap on screen into one cluster with all of them', () => {
    const clusters = clusterPoints([...haven, buiten], 11);
    expect(clusters).toHaveLength(2);
    const big = clusters.find((c) => c.members.length === 3);
    expect(big?.members.map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
    expect(clusters.find((c) => c.members.length === 1)?.members[0].id).toBe('d');
  });

  it('splits a cluster into single places when zoomed in far enough', () => {
    const zoomedIn = clusterPoints([...haven, buiten], 17);
    expect(zoomedIn).toHaveLength(4);
    expect(zoomedIn.every((c) => c.members.length === 1)).toBe(true);
  });

  it('puts everything together when zoomed out over the whole country', () => {
    expect(clusterPoints([...haven, buiten], 5)).toHaveLength(1);
  });

  it('gives the same clusters whatever order the places come in', () => {
    const keys = (points: ClusterInput<string>[]) => clusterPoints(points, 13).map((c) => c.key).sort();
    expect(keys([buiten, ...haven].reverse())).toEqual(keys([...haven, buiten]));
  });

  it('never puts two places far apart on screen into one cluster', () => {
    const zoom = 13;
    for (const cluster of clusterPoints([...haven, buiten], zoom)) {
      const pixels = cluster.members.map((m) => projectToPixels(m.lat, m.lng, zoom));
      for (const p of pixels) for (const q of pixels) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeLessThan(2 * CLUSTER_RADIUS_PX);
    }
  });

  it('knows the area to zoom to for a cluster', () => {
    const [cluster] = clusterPoints(haven, 10);
    expect(clusterBounds(cluster)).toEqual([[52.332, 5.218], [52.335, 5.223]]);
  });

  it('projects like Leaflet: zoom 0 is one 256-pixel tile', () => {
    expect(projectToPixels(0, 0, 0)).toEqual({ x: 128, y: 128 });
    expect(projectToPixels(0, 180, 1).x).toBe(512);
  });
});
