import { describe, expect, it } from 'vitest';
import { placesFromHits, selectedPlaceId } from '../../../components/map/places';
import { createFeedIndex, filterActivities, filterHuiskamers } from '../../../lib/query';
import { MAP_DATA } from './fixture';

const now = new Date('2026-11-04T10:00:00');
const index = createFeedIndex(MAP_DATA);

describe('places on the map', () => {
  it('marks each location once with how much is on offer there, and the play bus nowhere', () => {
    const places = placesFromHits(filterActivities(index, {}, now), filterHuiskamers(index, {}, now));
    expect(places.map((p) => [p.id, p.activities, p.huiskamers]).sort()).toEqual([['loc-a', 2, 0], ['loc-b', 1, 0]]);
  });

  it('follows the filters', () => {
    const places = placesFromHits(filterActivities(index, { age: 4 }, now), []);
    expect(places.find((p) => p.id === 'loc-a')?.activities).toBe(1);
  });

  it('highlights the place of a chosen location, activity or huiskamer', () => {
    const locationOf = (kind: 'activity' | 'huiskamer', id: string) => (kind === 'activity' && id === 'a3' ? 'loc-b' : undefined);
    expect(selectedPlaceId({ kind: 'location', id: 'loc-a' }, locationOf)).toBe('loc-a');
    expect(selectedPlaceId({ kind: 'activity', id: 'a3' }, locationOf)).toBe('loc-b');
    expect(selectedPlaceId({ kind: 'activity', id: 'bus' }, locationOf)).toBeUndefined();
    expect(selectedPlaceId({ kind: 'area', id: 'BU00340201' }, locationOf)).toBeUndefined();
    expect(selectedPlaceId(undefined, locationOf)).toBeUndefined();
  });
});
