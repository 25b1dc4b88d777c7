/**
 * Places as markers a keyboard can reach: each is a focusable button (Tab, then
 * Enter or Space chooses it). Places that would overlap at the current zoom
 * become one cluster with a count; choosing a cluster zooms into it. Labels and
 * tooltips are plain text. The chosen place is never hidden in a cluster, and the
 * map moves to it when it is out of view. Each marker names the places it holds in
 * `data-kwk-opens` (`location:<id>`, space-separated), so the details panel can give
 * focus back to the marker (or its cluster) after a redraw.
 *
 *   const markers = new PlaceMarkers(map, { onChoose, placeLabel, groupLabel, reducedMotion });
 *   markers.setPlaces(places);
 *   markers.setSelected('loc-1');
 */
import type { LeafletKeyboardEvent } from 'leaflet';
import { clusterBounds, clusterPoints, type Cluster, type ClusterInput } from './cluster';
import { L } from './leaflet';
import type { MapPlace } from './places';

export interface PlaceMarkerOptions {
  onChoose(placeId: string): void;
  placeLabel(place: MapPlace): string;
  groupLabel(places: readonly MapPlace[]): string;
  reducedMotion: boolean;
  /** False draws every place on its own, however close. */
  clustering?: boolean;
}

const PLACE_SIZE = 30;
const GROUP_SIZE = 40;

function markerElement(className: string, count: number): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  const number = document.createElement('span');
  number.setAttribute('aria-hidden', 'true');
  number.textContent = String(count);
  element.append(number);
  return element;
}

function tooltipText(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

const offersAt = (places: readonly MapPlace[]): number =>
  places.reduce((sum, place) => sum + place.activities + place.huiskamers, 0);

/** A marker on the map and what it showed when made, to tell whether it can stay. */
interface DrawnMarker {
  marker: L.Marker;
  look: string;
}

export class PlaceMarkers {
  private readonly group = L.layerGroup();
  private places: readonly MapPlace[] = [];
  private selectedId?: string;
  /** The markers on the map by cluster key (a lone place's key is its id). */
  private drawn = new Map<string, DrawnMarker>();
  /** The markers on the map by the id of each place they hold, to give focus back after a redraw. */
  private readonly markersByPlace = new Map<string, L.Marker>();

  constructor(private readonly map: L.Map, private readonly options: PlaceMarkerOptions) {
    this.group.addTo(map);
    map.on('zoomend', this.redraw, this);
  }

  setPlaces(places: readonly MapPlace[]): void {
    this.places = places;
    this.redraw();
  }

  setSelected(placeId: string | undefined): void {
    if (placeId === this.selectedId) return;
    this.selectedId = placeId;
    this.redraw();
    this.reveal(placeId);
  }

  /** Moves the map to a place that is out of view (not when the map is hidden, as behind a phone's list). */
  private reveal(placeId: string | undefined): void {
    const place = placeId === undefined ? undefined : this.places.find((candidate) => candidate.id === placeId);
    const container = this.map.getContainer();
    if (!place || container.clientWidth === 0 || container.clientHeight === 0) return;
    const at = L.latLng(place.lat, place.lng);
    if (this.map.getBounds().pad(-0.15).contains(at)) return;
    this.map.panTo(at, { animate: !this.options.reducedMotion });
  }

  remove(): void {
    this.map.off('zoomend', this.redraw, this);
    this.group.remove();
  }

  /**
   * Keeps every marker that would look the same and replaces only the others:
   * clearing and re-adding a city's markers took about 20 ms per filter change.
   */
  private redraw(): void {
    const focusedPlace = this.focusedPlaceId();
    const inputs: ClusterInput<MapPlace>[] = this.places.map((place) => ({ id: place.id, lat: place.lat, lng: place.lng, item: place }));
    const cluster = this.options.clustering !== false && this.map.getZoom() < this.map.getMaxZoom();
    const alone = (input: ClusterInput<MapPlace>): Cluster<MapPlace> => ({ key: input.id, lat: input.lat, lng: input.lng, members: [input] });
    // The chosen place stays a marker of its own, so it can be seen beside its details.
    const chosen = inputs.filter((input) => input.id === this.selectedId);
    const clusters = cluster
      ? [...clusterPoints(inputs.filter((input) => input.id !== this.selectedId), this.map.getZoom()), ...chosen.map(alone)]
      : inputs.map(alone);
    const previous = this.drawn;
    const next = new Map<string, DrawnMarker>();
    this.markersByPlace.clear();
    for (const group of clusters) {
      const lone = group.members.length === 1 ? group.members[0].item : undefined;
      const look = lone ? this.placeLook(lone) : this.groupLook(group);
      let drawn = previous.get(group.key);
      if (drawn?.look === look) previous.delete(group.key);
      else drawn = { marker: lone ? this.placeMarker(lone) : this.groupMarker(group), look };
      next.set(group.key, drawn);
      for (const member of group.members) this.markersByPlace.set(member.id, drawn.marker);
    }
    // What is left in `previous` is gone or changed.
    for (const { marker } of previous.values()) this.group.removeLayer(marker);
    for (const { marker } of next.values()) if (!this.group.hasLayer(marker)) marker.addTo(this.group);
    this.drawn = next;
    // Keep the keyboard where it was: on the marker that now holds the place that had focus.
    if (focusedPlace) this.markersByPlace.get(focusedPlace)?.getElement()?.focus({ preventScroll: true });
  }

  /** Everything a place's marker shows; a marker whose look is unchanged is kept. */
  private placeLook(place: MapPlace): string {
    const selected = place.id === this.selectedId;
    return [place.name, place.lat, place.lng, place.activities, place.huiskamers, selected, this.options.placeLabel(place)].join('\u0000');
  }

  private groupLook(group: Cluster<MapPlace>): string {
    const places = group.members.map((member) => member.item);
    return [group.lat, group.lng, offersAt(places), this.options.groupLabel(places)].join('\u0000');
  }

  private focusedPlaceId(): string | undefined {
    const root = this.map.getContainer().getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement;
    if (!focused) return undefined;
    for (const [placeId, marker] of this.markersByPlace) {
      if (marker.getElement() === focused) return placeId;
    }
    return undefined;
  }

  private placeMarker(place: MapPlace): L.Marker {
    const selected = place.id === this.selectedId;
    const className = ['kwk-marker', place.huiskamers > 0 ? 'kwk-marker--huiskamer' : '', selected ? 'kwk-marker--selected' : '']
      .filter(Boolean)
      .join(' ');
    const marker = this.focusableMarker(
      [place.lat, place.lng],
      markerElement(className, place.activities + place.huiskamers),
      PLACE_SIZE,
      this.options.placeLabel(place),
      [place.id],
      () => this.options.onChoose(place.id),
    );
    if (selected) marker.setZIndexOffset(1000);
    marker.bindTooltip(tooltipText(place.name), { direction: 'top', offset: [0, -PLACE_SIZE / 2], className: 'kwk-map-tooltip' });
    marker.on('add', () => marker.getElement()?.setAttribute('aria-current', selected ? 'true' : 'false'));
    return marker;
  }

  private groupMarker(group: Cluster<MapPlace>): L.Marker {
    const places = group.members.map((member) => member.item);
    return this.focusableMarker(
      [group.lat, group.lng],
      markerElement('kwk-marker kwk-marker--group', offersAt(places)),
      GROUP_SIZE,
      this.options.groupLabel(places),
      places.map((place) => place.id),
      () => this.zoomInto(group),
    );
  }

  private focusableMarker(
    latLng: [number, number],
    content: HTMLElement,
    size: number,
    label: string,
    placeIds: readonly string[],
    choose: () => void,
  ): L.Marker {
    const icon = L.divIcon({ html: content, className: 'kwk-marker-icon', iconSize: [size, size] });
    // keyboard: true gives the icon tabindex="0" and role="button".
    const marker = L.marker(latLng, { icon, keyboard: true, riseOnHover: true, autoPanOnFocus: true });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', label);
      element?.setAttribute('data-kwk-opens', placeIds.map((id) => `location:${id}`).join(' '));
    });
    marker.on('click', choose);
    marker.on('keydown', (event) => {
      const key = (event as LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      choose();
    });
    return marker;
  }

  private zoomInto(group: Cluster<MapPlace>): void {
    const [southWest, northEast] = clusterBounds(group);
    const bounds = L.latLngBounds(southWest, northEast);
    const animate = !this.options.reducedMotion;
    const targetZoom = this.map.getBoundsZoom(bounds.pad(0.5));
    if (targetZoom > this.map.getZoom()) this.map.fitBounds(bounds.pad(0.5), { animate });
    else this.map.setView(bounds.getCenter(), Math.min(this.map.getZoom() + 2, this.map.getMaxZoom()), { animate });
  }
}
