import { describe, expect, it } from 'vitest';
import { computeInsight } from '../../../lib/insight/compute';
import type { AreaInsight, Insight } from '../../../lib/insight/types';
import { FILMWIJK, KRUIDENWIJK, MUZIEKWIJK, STRIPHELDEN, insightData, versionOneZeroFeed } from './insight-feed';

const areaOf = (insight: Insight, code: string): AreaInsight => {
  const area = [insight.gemeente, ...insight.wijken, ...insight.buurten].find((a) => a.code === code);
  if (!area) throw new Error(`no area ${code}`);
  return area;
};

describe('computeInsight on a hand-made feed', () => {
  const insight = computeInsight(insightData());

  it('has one entry per buurt and per wijk, and the municipality', () => {
    expect(insight.buurten.map((b) => b.code)).toEqual([FILMWIJK, STRIPHELDEN, KRUIDENWIJK, MUZIEKWIJK]);
    expect(insight.wijken.map((w) => [w.code, w.name])).toEqual([['WK003402', 'Stad West'], ['WK003403', 'Stad Oost']]);
    expect(insight.gemeente).toMatchObject({ code: 'GM0034', level: 'gemeente', name: 'Almere' });
    expect(areaOf(insight, FILMWIJK).wijkCode).toBe('WK003402');
  });

  it('counts a fixed activity in its buurt and a play bus in every buurt it serves', () => {
    expect(areaOf(insight, FILMWIJK)).toMatchObject({ activities: 3, holidayProgrammes: 0 });
    expect(areaOf(insight, STRIPHELDEN)).toMatchObject({ activities: 1 });
    expect(areaOf(insight, KRUIDENWIJK)).toMatchObject({ activities: 1 });
    expect(areaOf(insight, MUZIEKWIJK)).toMatchObject({ activities: 1, holidayProgrammes: 1 });
  });

  it('counts hours from weekly slots, only on the days a play bus visits, and none for a holiday programme', () => {
    // Voetbal 1.5 h + knutselcursus 2 × 1 h + speelbus 2 × 2 h (no visit given for Filmwijk: every day).
    expect(areaOf(insight, FILMWIJK).hoursPerWeek).toBe(7.5);
    // Speelbus on Tuesday only / Thursday only.
    expect(areaOf(insight, STRIPHELDEN).hoursPerWeek).toBe(2);
    expect(areaOf(insight, KRUIDENWIJK).hoursPerWeek).toBe(2);
    expect(areaOf(insight, MUZIEKWIJK).hoursPerWeek).toBe(0);
  });

  it('sums a wijk from its buurten but counts an activity once', () => {
    const west = areaOf(insight, 'WK003402');
    expect(west).toMatchObject({ activities: 3, hoursPerWeek: 9.5, children: 500, childrenAges: { min: 0, max: 14 } });
    expect(west.childrenSource).toBe('CBS Kerncijfers wijken en buurten 2015');
    const oost = areaOf(insight, 'WK003403');
    // Its own count wins over the sum (which it could not make: Kruidenwijk is unknown).
    expect(oost).toMatchObject({ activities: 2, holidayProgrammes: 1, hoursPerWeek: 2, children: 900 });
    expect(insight.gemeente).toMatchObject({ activities: 4, holidayProgrammes: 1, hoursPerWeek: 11.5, children: 1400 });
  });

  it('gives places per 1,000 children, waiting pressure and unknown where the feed does not say', () => {
    expect(areaOf(insight, FILMWIJK)).toMatchObject({
      huiskamers: 1, placesPerDay: 12, placesPerThousandChildren: 30, enrolled: 15, waitingList: 12, waitingPressure: 1,
    });
    expect(areaOf(insight, MUZIEKWIJK).placesPerThousandChildren).toBeCloseTo(16.667, 3);
    expect(areaOf(insight, MUZIEKWIJK)).toMatchObject({ enrolled: null, waitingList: 3, waitingPressure: 0.3 });
    expect(areaOf(insight, STRIPHELDEN)).toMatchObject({
      placesPerDay: 0, placesPerThousandChildren: 0, enrolled: null, waitingList: null, waitingPressure: null,
    });
    expect(areaOf(insight, KRUIDENWIJK)).toMatchObject({ children: null, childrenAges: null, childrenSource: null, placesPerThousandChildren: null });
    expect(areaOf(insight, 'WK003402').placesPerThousandChildren).toBe(24);
    expect(insight.gemeente.placesPerThousandChildren).toBeCloseTo((22 / 1400) * 1000, 6);
    expect(insight.gemeente.waitingPressure).toBeCloseTo(15 / 22, 6);
  });

  it('sums published reach and its period, counting each offer once per area', () => {
    expect(areaOf(insight, FILMWIJK).reach).toEqual({
      children: 43, visits: 600, parents: 2, period: { startDate: '2026-01-01', endDate: '2026-09-30' }, offersWithReach: 2,
    });
    expect(areaOf(insight, STRIPHELDEN).reach).toEqual({
      children: 3, visits: null, parents: 2, period: { startDate: '2026-03-01', endDate: '2026-09-30' }, offersWithReach: 1,
    });
    expect(areaOf(insight, 'WK003402').reach.children).toBe(43);
    expect(areaOf(insight, MUZIEKWIJK).reach).toEqual({ children: null, visits: null, parents: null, period: null, offersWithReach: 0 });
  });

  it('takes FTE from staffing (a wijk adds its buurten) and known faces from consenting contacts', () => {
    expect(areaOf(insight, FILMWIJK)).toMatchObject({ fte: 0.8, knownFaces: 1 });
    expect(areaOf(insight, STRIPHELDEN)).toMatchObject({ fte: null, knownFaces: 1 });
    expect(areaOf(insight, 'WK003402').fte).toBeCloseTo(2.3, 9);
    expect(areaOf(insight, 'WK003402').knownFaces).toBe(1);
    expect(areaOf(insight, 'WK003403')).toMatchObject({ fte: 1, knownFaces: 1 });
    expect(insight.gemeente.fte).toBeCloseTo(3.3, 9);
    expect(insight.gemeente.knownFaces).toBe(2);
  });

  it('gives the share free (of offers that state a cost) and walk-in (of activities)', () => {
    expect(areaOf(insight, FILMWIJK)).toMatchObject({ shareFree: 0.75 });
    expect(areaOf(insight, FILMWIJK).shareWalkIn).toBeCloseTo(2 / 3, 9);
    expect(areaOf(insight, MUZIEKWIJK)).toMatchObject({ shareFree: 1, shareWalkIn: 0 });
    expect(insight.gemeente).toMatchObject({ shareFree: 0.8, shareWalkIn: 0.5 });
  });

  it('counts activities and huiskamers per aim and per partner type', () => {
    expect(areaOf(insight, FILMWIJK).aims).toEqual({
      'talent-development': 2, 'preventive-support': 2, 'healthy-growing-up': 1, inclusion: 1, 'parent-involvement': 1,
    });
    expect(areaOf(insight, FILMWIJK).partnerTypes).toMatchObject({ school: 2, ggd: 1, wijkteam: 1, jeugdzorg: 0, other: 0 });
    expect(insight.gemeente.partnerTypes.school).toBe(2);
  });

  it('lists buurten with many children and little provision, and long waiting lists, highest pressure first', () => {
    expect(insight.gaps).toEqual([
      { kind: 'little-provision', code: MUZIEKWIJK, name: 'Muziekwijk', children: 600, hoursPerWeek: 0, placesPerDay: 10 },
      { kind: 'long-waiting-list', huiskamerId: 'hk-vlinder', name: 'Huiskamer De Vlinder', buurtCode: FILMWIJK, waitingList: 12, placesPerDay: 12 },
      { kind: 'long-waiting-list', huiskamerId: 'hk-noot', name: 'Huiskamer De Noot', buurtCode: MUZIEKWIJK, waitingList: 3, placesPerDay: 10, expectedWeeks: 9 },
    ]);
  });

  it('shows only stories published with consent, newest first, and the sources of the figures', () => {
    expect(insight.stories.map((story) => story.id)).toEqual(['st-2', 'st-1']);
    expect(insight.stories[1]).toEqual({
      id: 'st-1', title: 'Samir durft weer', text: 'Samir kwam stil binnen; nu neemt hij een vriendje mee.',
      date: '2026-10-01', buurtCode: FILMWIJK, activityId: 'voetbal',
    });
    expect(insight.sources).toEqual(['CBS Kerncijfers wijken en buurten 2015', 'Kadaster / Centraal Bureau voor de Statistiek, 2015']);
    expect(insight.generatedAt).toBe('2026-11-01T08:00:00Z');
  });
});

describe('computeInsight on a feed without the v1.1 fields', () => {
  it('still counts the offer, and says "unknown" (null), not 0, for reach and FTE', () => {
    const insight = computeInsight(insightData(versionOneZeroFeed()));
    expect(insight.gemeente).toMatchObject({ activities: 4, hoursPerWeek: 11.5, placesPerDay: 22, children: 1400, childrenAges: null, fte: null });
    expect(insight.gemeente.reach).toEqual({ children: null, visits: null, parents: null, period: null, offersWithReach: 0 });
    expect(insight.gemeente.aims['talent-development']).toBe(0);
    expect(insight.stories).toEqual([]);
    expect(insight.sources).toEqual(['Kadaster / Centraal Bureau voor de Statistiek, 2015']);
  });

  it('has no children and no wijk names when the feed gives neither', () => {
    const feed = versionOneZeroFeed();
    const neighbourhoods = feed.neighbourhoods as { buurten: { features: { properties: Record<string, unknown> }[] }; wijken?: unknown };
    for (const feature of neighbourhoods.buurten.features) delete feature.properties.children;
    delete neighbourhoods.wijken;
    const insight = computeInsight(insightData(feed));
    expect(insight.gemeente).toMatchObject({ children: null, placesPerThousandChildren: null });
    expect(insight.wijken.map((w) => [w.code, w.name, w.children])).toEqual([['WK003402', 'WK003402', null], ['WK003403', 'WK003403', null]]);
    expect(insight.gaps.filter((gap) => gap.kind === 'little-provision')).toEqual([]);
  });
});
