// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createAreaFitter } from '../../../components/map/areaFit';
import { L } from '../../../components/map/leaflet';

/** A map whose container has a size, recording whether each fit animates; `fire` plays its zoom events. */
function fakeMap() {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  const fitBounds = vi.fn<(bounds: L.LatLngBounds, options: { animate?: boolean }) => void>();
  const listeners = new Map<string, Set<() => void>>();
  const on = (type: string, listener: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
  const off = (type: string, listener: () => void) => listeners.get(type)?.delete(listener);
  const map = { getContainer: () => container, fitBounds, invalidateSize: vi.fn(), on, off } as unknown as L.Map;
  const fire = (type: 'zoomanim' | 'zoomend') => listeners.get(type)?.forEach((listener) => listener());
  return { map, container, fire, fitted: () => fitBounds.mock.calls.map(([bounds]) => bounds), animated: () => fitBounds.mock.calls.map(([, options]) => options.animate) };
}

const town = L.latLngBounds([52.3, 5.1], [52.45, 5.3]);
const buurt = L.latLngBounds([52.36, 5.2], [52.37, 5.21]);

describe('createAreaFitter', () => {
  it('opens on the first area at once, and animates later moves to another area', () => {
    const { map, animated } = fakeMap();
    const fitter = createAreaFitter(map, { reducedMotion: false, leftInset: () => 0 });
    fitter.fit(town);
    fitter.fit(buurt);
    fitter.fit(town);
    expect(animated()).toEqual([false, true, true]);
    fitter.stop();
  });

  it('moves to an area chosen while a zoom still runs once that zoom ends (Leaflet would drop it)', () => {
    const { map, fire, fitted } = fakeMap();
    const fitter = createAreaFitter(map, { reducedMotion: false, leftInset: () => 0 });
    fitter.fit(town);
    fitter.fit(buurt);
    fire('zoomanim');
    // "Whole municipality" right away, while the map still zooms into the buurt.
    fitter.fit(town);
    expect(fitted()).toEqual([town, buurt]);
    fire('zoomend');
    expect(fitted()).toEqual([town, buurt, town]);
    fitter.stop();
  });

  it('never animates for people who ask for reduced motion', () => {
    const { map, animated } = fakeMap();
    const fitter = createAreaFitter(map, { reducedMotion: true, leftInset: () => 0 });
    fitter.fit(town);
    fitter.fit(buurt);
    expect(animated()).toEqual([false, false]);
    fitter.stop();
  });
});
