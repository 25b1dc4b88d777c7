/**
 * Keeps the chosen area in view. The map may start hidden (behind the list on a
 * phone) or change size while the page lays out, so a fit waits for a size and is
 * redone on resize until the person moves or zooms the map themselves. The first
 * fit jumps: the map opens on the municipality (or the chosen area) at once, with
 * no flight in from the whole country; later fits animate unless motion is reduced.
 *
 *   const fitter = createAreaFitter(map, { reducedMotion, leftInset: () => legendWidth });
 *   fitter.fit(bounds);
 *   fitter.stop();
 */
import { L } from './leaflet';

export interface AreaFitter {
  fit(bounds: L.LatLngBounds | undefined): void;
  stop(): void;
}

const PADDING = 24;
const MAX_ZOOM = 15;
/** Interactions inside these parts of the map (the legend) do not move it. */
const PASSIVE_PARTS = '.kwk-map-legend-slot';

export function createAreaFitter(
  map: L.Map,
  options: { reducedMotion: boolean; /** Room the legend takes on the left, in pixels. */ leftInset: () => number },
): AreaFitter {
  const container = map.getContainer();
  let target: L.LatLngBounds | undefined;
  let userMoved = false;
  let hasFitted = false;
  const hasSize = () => container.clientWidth > 0 && container.clientHeight > 0;
  // Leaflet ignores a new view while a zoom animates (a buurt chosen, then "whole municipality"
  // at once): the map stayed on the buurt. A fit asked for meanwhile waits for the zoom's end.
  let zooming = false;
  let fitAfterZoom = false;
  const onZoomStart = () => (zooming = true);
  const onZoomEnd = () => {
    zooming = false;
    if (fitAfterZoom) {
      fitAfterZoom = false;
      fitNow();
    }
  };
  map.on('zoomanim', onZoomStart);
  map.on('zoomend', onZoomEnd);

  const fitNow = () => {
    if (!target || !hasSize()) return;
    if (zooming) {
      fitAfterZoom = true;
      return;
    }
    // A phone-wide map cannot spare 24 px on each side.
    const padding = Math.min(PADDING, Math.round(container.clientWidth * 0.04));
    const left = Math.max(padding, options.leftInset());
    map.fitBounds(target, {
      paddingTopLeft: [left, padding],
      paddingBottomRight: [padding, padding],
      maxZoom: MAX_ZOOM,
      // The first view is where the map opens, not a move: animating it from the country redraws everything twice.
      animate: hasFitted && !options.reducedMotion,
    });
    hasFitted = true;
  };

  const onUserAction = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(PASSIVE_PARTS)) return;
    userMoved = true;
  };
  const userEvents = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
  for (const type of userEvents) container.addEventListener(type, onUserAction, { passive: true });

  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => {
        map.invalidateSize({ pan: false });
        if (!userMoved) fitNow();
      })
    : undefined;
  observer?.observe(container);

  return {
    fit(bounds) {
      if (!bounds) return;
      target = bounds;
      userMoved = false;
      fitNow();
    },
    stop() {
      observer?.disconnect();
      map.off('zoomanim', onZoomStart);
      map.off('zoomend', onZoomEnd);
      for (const type of userEvents) container.removeEventListener(type, onUserAction);
    },
  };
}
