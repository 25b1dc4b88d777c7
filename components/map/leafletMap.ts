/**
 * A Leaflet map set up for embedding: no built-in English controls (we add our
 * own texts), no animation for people who ask for less motion, and the scroll
 * wheel only zooms once the map has focus, so the page around it scrolls normally.
 *
 *   const map = createLeafletMap(container, { reducedMotion: prefersReducedMotion() });
 *   const stop = zoomWheelOnlyWhenFocused(map);
 */
import type { PanOptions, PointExpression } from 'leaflet';
import { L } from './leaflet';

/** Where the map starts before the buurten are known: the middle of the Netherlands. */
const NETHERLANDS: [number, number] = [52.2, 5.3];

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createLeafletMap(container: HTMLElement, options: { reducedMotion: boolean }): L.Map {
  const animate = !options.reducedMotion;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    scrollWheelZoom: false,
    // Leaflet's resize tracking listens on window (a global expando on the host page); our ResizeObserver covers it.
    trackResize: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
    // Half steps let a city fill the frame; whole steps often leave it small in the middle.
    zoomSnap: 0.5,
    minZoom: 7,
    maxZoom: 18,
  });
  if (options.reducedMotion) {
    // Keyboard panning and focusing a marker near the edge call panBy with animation on; turn it off at the source.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset: PointExpression, panOptions?: PanOptions) => panBy(offset, { ...panOptions, animate: false });
  }
  map.setView(NETHERLANDS, 8, { animate: false });
  return map;
}

/** Enables wheel zoom while focus is in the map (the map itself or a marker); returns a function that undoes this. */
export function zoomWheelOnlyWhenFocused(map: L.Map): () => void {
  const container = map.getContainer();
  const onFocusIn = () => map.scrollWheelZoom.enable();
  const onFocusOut = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && container.contains(event.relatedTarget))) map.scrollWheelZoom.disable();
  };
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return () => {
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
  };
}
