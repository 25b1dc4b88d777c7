import { describe, expect, it } from 'vitest';
import { placesFromHits } from '../../../components/map/places';
import { validateFeed } from '../../../lib/feed/validate';
import { createFeedIndex, filterActivities, filterHuiskamers, indexAreas, neighbourhoodTotals, type Criteria } from '../../../lib/query';
import { totalsOfHits } from '../../../lib/query/aggregate';
import { countsWithoutIndex, placedOffers } from '../../../lib/query/first-map';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { generateFeed } from '../../../scripts/generate/generate-feed';
import { makeTown, NOW } from './fixture';

function generatedData() {
  const result = validateFeed(generateFeed(feedPlan({ buurten: 30, locations: 120, activities: 800, seed: 'first-map', generatedAt: '2026-11-01T08:00:00Z' })));
  if (!result.ok) throw new Error(result.failure.message);
  return result.data;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('the map counted before the index', () => {
  const town = makeTown();
  const city = generatedData();
  // Far enough after the feed's date that holiday programmes and courses have ended.
  const later = new Date('2027-03-15T10:00:00+01:00');

  for (const [name, data, now] of [['the made-up town', town, NOW], ['a generated city', city, later]] as const) {
    const index = createFeedIndex(data);
    const areas = indexAreas(data);
    const buurt = [...areas.buurten.keys()][1];
    const wijk = [...areas.wijken.keys()][0];
    const criteriaToTry: Criteria[] = [{}, { area: buurt }, { area: wijk }, { near: { lat: 52.1, lon: 5.1 } }, { text: '  ', days: [] }];

    for (const criteria of criteriaToTry) {
      it(`marks the same places and counts the same totals as the index, in ${name}, for ${JSON.stringify(criteria)}`, () => {
        const early = placedOffers(data, areas, criteria, now);
        const activities = filterActivities(index, criteria, now);
        const huiskamers = filterHuiskamers(index, criteria, now);
        expect(byId(placesFromHits(early.activities, early.huiskamers))).toEqual(byId(placesFromHits(activities, huiskamers)));
        expect(totalsOfHits(areas, early.all)).toEqual(neighbourhoodTotals(index, criteria, now, { activities, huiskamers }));
      });
    }
  }

  it('leaves out offers that are over, as the list does', () => {
    const areas = indexAreas(city);
    const over = city.activities.filter((activity) => activity.dateRange && new Date(activity.dateRange.endDate) < later);
    expect(over.length).toBeGreaterThan(0);
    expect(placedOffers(city, areas, {}, later).activities).toHaveLength(city.activities.length - over.length);
    expect(city.activities.some((activity) => activity.servesBuurten)).toBe(true);
  });

  it('counts only when no filter needs the index: none, an area, a point, or empty choices', () => {
    for (const criteria of [{}, { area: 'BU03630101' }, { near: { lat: 52, lon: 5 } }, { text: ' ', days: [], freeOnly: false, comingWeek: false }]) {
      expect(countsWithoutIndex(criteria)).toBe(true);
    }
    for (const criteria of [{ age: 8 }, { text: 'voetbal' }, { freeOnly: true }, { days: ['MO'] }, { timeOfDay: 'morning' }, { comingWeek: true }, { join: ['walk-in'] }, { categories: ['sport'] }] as Criteria[]) {
      expect(countsWithoutIndex(criteria)).toBe(false);
    }
  });
});
