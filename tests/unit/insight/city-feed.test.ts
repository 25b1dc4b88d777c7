/**
 * computeInsight on a generated town of thousands of activities (the shape of
 * `npm run feed:generate`): every figure agrees with a plain count over the feed,
 * and the parts add up to the whole. Only correctness; speed is `npm run bench`'s.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/feed/schema';
import { computeInsight } from '../../../lib/insight/compute';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { generateFeed } from '../../../scripts/generate/generate-feed';
import { insightData } from './insight-feed';

const data = insightData(generateFeed(feedPlan({ seed: 'insight', buurten: 80, locations: 600, activities: 3000 })) as unknown as Record<string, unknown>);
const insight = computeInsight(data);

const hours = (time: string) => Number(time.slice(0, 2)) + Number(time.slice(3)) / 60;

/** Hours per week of one activity in one buurt, counted the slow, obvious way. */
function slowHours(activity: Activity, buurtCode: string, locationBuurt: string | undefined): number {
  if (activity.programme === 'holiday') return 0;
  const visits = activity.visits?.filter((visit) => visit.buurtCode === buurtCode) ?? [];
  const days = buurtCode !== locationBuurt && visits.length > 0 ? visits.flatMap((visit) => visit.byDay) : undefined;
  let total = 0;
  for (const slot of activity.schedule) {
    for (const day of slot.byDay) if (!days || days.includes(day)) total += hours(slot.endTime) - hours(slot.startTime);
  }
  return total;
}

describe('computeInsight on a generated town', () => {
  const buurtOf = new Map(data.locations.map((location) => [location.id, location.buurtCode]));

  it('has a row for every buurt, and the new fields of the generated feed', () => {
    expect(insight.buurten).toHaveLength(data.buurten.length);
    expect(insight.gemeente.activities).toBe(data.activities.length);
    expect(insight.gemeente.reach.offersWithReach).toBeGreaterThan(0);
    expect(insight.gemeente.fte).toBeGreaterThan(0);
    expect(insight.stories.length).toBeGreaterThan(0);
    expect(insight.buurten.some((b) => b.childrenAges !== null && b.childrenSource !== null)).toBe(true);
  });

  it('counts each buurt\'s activities and hours as a plain count over the feed does', () => {
    for (const buurt of insight.buurten) {
      const here = data.activities.filter((a) => buurtOf.get(a.locationId ?? '') === buurt.code || a.servesBuurten?.includes(buurt.code));
      expect(buurt.activities, buurt.code).toBe(here.length);
      const expected = here.reduce((sum, a) => sum + slowHours(a, buurt.code, buurtOf.get(a.locationId ?? '')), 0);
      expect(buurt.hoursPerWeek, buurt.code).toBeCloseTo(expected, 6);
      const places = data.huiskamers.filter((h) => buurtOf.get(h.locationId) === buurt.code).reduce((sum, h) => sum + h.placesPerDay, 0);
      expect(buurt.placesPerDay).toBe(places);
      if (buurt.children) expect(buurt.placesPerThousandChildren).toBeCloseTo((places / buurt.children) * 1000, 6);
    }
  });

  it('adds the buurten up to their wijk and the wijken to the municipality', () => {
    const sum = (list: readonly { hoursPerWeek: number; placesPerDay: number }[]) => ({
      hoursPerWeek: list.reduce((total, area) => total + area.hoursPerWeek, 0),
      placesPerDay: list.reduce((total, area) => total + area.placesPerDay, 0),
    });
    for (const wijk of insight.wijken) {
      const parts = sum(insight.buurten.filter((buurt) => buurt.wijkCode === wijk.code));
      expect(wijk.hoursPerWeek).toBeCloseTo(parts.hoursPerWeek, 6);
      expect(wijk.placesPerDay).toBe(parts.placesPerDay);
    }
    expect(insight.gemeente.hoursPerWeek).toBeCloseTo(sum(insight.wijken).hoursPerWeek, 6);
    expect(insight.gemeente.placesPerDay).toBe(data.huiskamers.reduce((total, h) => total + h.placesPerDay, 0));
  });
});
