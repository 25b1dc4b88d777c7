// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { L } from '../../../components/map/leaflet';
import { PlaceMarkers } from '../../../components/map/PlaceMarkers';
import type { MapPlace } from '../../../components/map/places';

const place = (id: string, lng: number, activities = 1): MapPlace => ({ id, name: `Plek ${id}`, lat: 52.375, lng, activities, huiskamers: 0 });

let map: L.Map | undefined;

function drawnMarkers(): { markers: PlaceMarkers; icons: () => HTMLElement[] } {
  const container = document.createElement('div');
  document.body.append(container);
  map = L.map(container, { zoomControl: false, attributionControl: false }).setView([52.375, 5.2], 17);
  const markers = new PlaceMarkers(map, {
    onChoose: () => undefined,
    placeLabel: (p) => `${p.name}: ${p.activities}`,
    groupLabel: (places) => `${places.length} plekken`,
    reducedMotion: true,
    clustering: false,
  });
  return { markers, icons: () => [...container.querySelectorAll<HTMLElement>('.kwk-marker-icon')] };
}

afterEach(() => {
  map?.getContainer().remove();
  map?.remove();
  map = undefined;
});

describe('place markers', () => {
  it('keeps the marker a keyboard is on when a filter removes other places', () => {
    const { markers, icons } = drawnMarkers();
    markers.setPlaces([place('a', 5.19), place('b', 5.2), place('c', 5.21)]);
    const onA = icons().find((icon) => icon.getAttribute('aria-label') === 'Plek a: 1')!;
    onA.focus();

    markers.setPlaces([place('a', 5.19), place('c', 5.21)]);
    expect(icons().map((icon) => icon.getAttribute('aria-label')).sort()).toEqual(['Plek a: 1', 'Plek c: 1']);
    expect(onA.isConnected).toBe(true);
    expect(document.activeElement).toBe(onA);
  });

  it('redraws a place whose number of offers changed, and the one chosen', () => {
    const { markers, icons } = drawnMarkers();
    markers.setPlaces([place('a', 5.19), place('b', 5.2)]);
    markers.setPlaces([place('a', 5.19, 3), place('b', 5.2)]);
    expect(icons().map((icon) => icon.getAttribute('aria-label')).sort()).toEqual(['Plek a: 3', 'Plek b: 1']);

    markers.setSelected('b');
    const chosen = icons().filter((icon) => icon.getAttribute('aria-current') === 'true');
    expect(chosen.map((icon) => icon.getAttribute('aria-label'))).toEqual(['Plek b: 1']);
    expect(icons()).toHaveLength(2);
  });
});
