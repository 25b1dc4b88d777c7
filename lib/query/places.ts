/**
 * The places the map marks: every location that has at least one activity or
 * huiskamer after the filters, with how many of each. Mobile work (a play bus
 * with `servesBuurten` and no location) has no place; it shows in the shading.
 *
 *   placesFromHits(app.activities.value, app.huiskamers.value);
 */
import type { PlacedHit } from './first-map';

export interface MapPlace {
  /** The location id. */
  id: string;
  name: string;
  lat: number;
  lng: number;
  activities: number;
  huiskamers: number;
}

export function placesFromHits(activities: readonly PlacedHit[], huiskamers: readonly PlacedHit[]): MapPlace[] {
  const places = new Map<string, MapPlace>();
  const placeOf = (hit: PlacedHit): MapPlace | undefined => {
    const location = hit.location;
    if (!location) return undefined;
    let place = places.get(location.id);
    if (!place) {
      place = { id: location.id, name: location.name, lat: location.latitude, lng: location.longitude, activities: 0, huiskamers: 0 };
      places.set(location.id, place);
    }
    return place;
  };
  for (const hit of activities) {
    const place = placeOf(hit);
    if (place) place.activities += 1;
  }
  for (const hit of huiskamers) {
    const place = placeOf(hit);
    if (place) place.huiskamers += 1;
  }
  return [...places.values()];
}

