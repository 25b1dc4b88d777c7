/**
 * Which place a selection points at. The places themselves are lib/query/places.ts's,
 * shared with the map drawn before the index (lib/query/first-map.ts).
 */
export { placesFromHits, type MapPlace } from '../../lib/query/places';

/** The location a selection points at, if any: a location itself, or where an activity or huiskamer is. */
export function selectedPlaceId(
  selection: { kind: string; id: string } | undefined,
  locationOf: (kind: 'activity' | 'huiskamer', id: string) => string | undefined,
): string | undefined {
  if (!selection) return undefined;
  if (selection.kind === 'location') return selection.id;
  if (selection.kind === 'activity' || selection.kind === 'huiskamer') return locationOf(selection.kind, selection.id);
  return undefined;
}
