/**
 * Keeps Leaflet from leaving a global on the host page. Leaflet remembers the listeners
 * it puts on `window` (no text selection or image drag while dragging the map, the
 * focus outline back on the next key) in an expando, `window._leaflet_events`, which
 * stays behind as an empty object after the drag. Right after Leaflet adds such a
 * listener we move its bookkeeping into a store of our own, and we remove the listener
 * where Leaflet would have. Leaflet 1.9 calls these helpers directly, not through
 * `L.DomUtil`, so the hooks sit on the handlers that call them. These are private
 * methods: Leaflet is pinned to 1.9.4, and tests/unit/map/leaflet-internals.test.ts
 * fails when one of them is gone.
 *
 *   keepLeafletOffWindow(Leaflet); // once, before the first map
 */
import type * as Leaflet from 'leaflet';

type Listener = (event: Event) => void;

interface LeafletExpando {
  _leaflet_events?: Record<string, Listener | null>;
}

/** Listeners Leaflet added to window, by Leaflet's own id (type + function id). */
const held = new Map<string, { type: string; listener: Listener }>();

/** Takes over the window listeners Leaflet has just added and removes its expando. */
function adoptWindowListeners(): void {
  const host = window as unknown as LeafletExpando;
  const store = host._leaflet_events;
  if (!store) return;
  delete host._leaflet_events;
  for (const [id, listener] of Object.entries(store)) {
    const type = /^[a-z]+/.exec(id)?.[0];
    if (!listener || !type) continue;
    // Leaflet adds one listener per id; with its store gone it would add a second, so drop the first.
    const earlier = held.get(id);
    if (earlier) window.removeEventListener(earlier.type, earlier.listener);
    held.set(id, { type, listener });
    if (type === 'keydown') window.addEventListener('keydown', releaseOutlineListener, { once: true });
  }
}

function releaseWindowListeners(types: readonly string[]): void {
  for (const [id, { type, listener }] of held) {
    if (!types.includes(type)) continue;
    window.removeEventListener(type, listener);
    held.delete(id);
  }
}

/** Leaflet's keydown listener puts the focus outline back once, then removes itself. */
function releaseOutlineListener(): void {
  releaseWindowListeners(['keydown']);
}

const DRAG_GUARDS = ['dragstart', 'selectstart'] as const;

type Method = (this: unknown, ...args: unknown[]) => unknown;

function runAfter(prototype: object, name: string, after: () => void): void {
  const methods = prototype as Record<string, Method | undefined>;
  const original = methods[name];
  if (typeof original !== 'function') throw new Error(`Leaflet has no ${name} to guard; check the Leaflet version`);
  methods[name] = function (this: unknown, ...args: unknown[]) {
    try {
      return original.apply(this, args);
    } finally {
      after();
    }
  };
}

let patched = false;

export function keepLeafletOffWindow(leaflet: typeof Leaflet): void {
  if (patched) return;
  patched = true;
  const boxZoom = (leaflet.Map as unknown as { BoxZoom: { prototype: object } }).BoxZoom.prototype;
  runAfter(leaflet.Draggable.prototype, '_onDown', adoptWindowListeners);
  runAfter(leaflet.Draggable.prototype, 'finishDrag', () => releaseWindowListeners(DRAG_GUARDS));
  runAfter(boxZoom, '_onMouseDown', adoptWindowListeners);
  runAfter(boxZoom, '_finish', () => releaseWindowListeners(DRAG_GUARDS));
  // A mouse press on a focusable part of the map (a marker) hides its outline until the next key.
  runAfter(leaflet.Map.prototype, '_handleDOMEvent', adoptWindowListeners);
}
