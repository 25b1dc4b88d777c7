// @vitest-environment happy-dom
/**
 * components/map/leafletOffWindow.ts and components/map/QuietTileLayer.ts patch,
 * override or call private parts of Leaflet, which is pinned to exactly 1.9.4 in
 * package.json for that reason. A Leaflet release that renames one of them would
 * silently turn a fix off (a global on the host page, a CSP report for a `data:`
 * tile); this test fails instead. It reads the real ES module build, unpatched.
 * When it fails: read the new Leaflet's source, move the patch, update the list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';

type Prototype = Record<string, unknown>;
const proto = (constructor: { prototype: unknown }): Prototype => constructor.prototype as Prototype;
const boxZoom = (Leaflet.Map as unknown as { BoxZoom: { prototype: unknown } }).BoxZoom;

/** Each class's own methods that the two files rely on, with what they do with them. */
const PRIVATE_METHODS: readonly { where: string; prototype: Prototype; methods: readonly string[] }[] = [
  // leafletOffWindow.ts: runs code after each of these (they add or remove Leaflet's window listeners).
  { where: 'Draggable', prototype: proto(Leaflet.Draggable), methods: ['_onDown', 'finishDrag'] },
  { where: 'Map.BoxZoom', prototype: proto(boxZoom), methods: ['_onMouseDown', '_finish'] },
  { where: 'Map', prototype: proto(Leaflet.Map), methods: ['_handleDOMEvent'] },
  // QuietTileLayer.ts: overrides these TileLayer methods (the ones that use the `data:` empty image) ...
  { where: 'TileLayer', prototype: proto(Leaflet.TileLayer), methods: ['_tileOnLoad', '_tileOnError', '_abortLoading', '_removeTile', '_tileReady'] },
  // ... and calls GridLayer's own versions of these, skipping TileLayer's.
  { where: 'GridLayer', prototype: proto(Leaflet.GridLayer), methods: ['_removeTile', '_tileReady'] },
];

describe('the Leaflet internals our map code depends on', () => {
  it('is the Leaflet version those files were written against', () => {
    const require = createRequire(import.meta.url);
    expect(Leaflet.version).toBe('1.9.4');
    expect((require('leaflet/package.json') as { version: string }).version).toBe('1.9.4');
  });

  it.each(PRIVATE_METHODS)('$where still has $methods', ({ prototype, methods }) => {
    const missing = methods.filter((name) => !Object.hasOwn(prototype, name) || typeof prototype[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('still keeps the tiles of a tile layer in _tiles and their zoom in _tileZoom, which QuietTileLayer reads', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const map = Leaflet.map(container).setView([52.37, 5.22], 12);
    const layer = Leaflet.tileLayer('https://tiles.example.org/{z}/{x}/{y}.png').addTo(map) as unknown as Prototype;
    expect(layer._tiles).toBeTypeOf('object');
    expect(layer._tileZoom).toBe(12);
    map.remove();
    container.remove();
  });

  it('still keeps its window listeners in the _leaflet_events expando that leafletOffWindow.ts takes over', () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve('leaflet/dist/leaflet-src.esm.js'), 'utf8');
    expect(source).toContain("var eventsKey = '_leaflet_events';");
  });
});
